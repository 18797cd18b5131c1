"""Cards, entries, drafts vs saved versions, optimistic concurrency and revisions."""

import copy

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from sheets.definitions.base import Writer
from sheets.examples import CAREER_PLAN, GOOD
from sheets.models import Card, SheetEntry, SheetRevision, hash_anonymous_key
from sheets.services import (
    SheetValidationError,
    StaleEdit,
    restore_revision,
    save_draft,
    save_version,
    start_entry,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user(email="taro@example.jp", password="x")


@pytest.fixture
def card(user):
    return Card.objects.create(owner=user)


@pytest.fixture
def entry(card):
    return start_entry(card, "2")


def test_anonymous_card_keeps_only_a_hash(db):
    card, key = Card.create_anonymous()
    assert len(key) >= 40
    assert card.anonymous_key == hash_anonymous_key(key) != key
    assert Card.objects.for_anonymous_key(key).get() == card
    assert not Card.objects.for_anonymous_key("guess").exists()
    assert not Card.objects.for_anonymous_key("").exists()


def test_a_card_needs_an_owner_or_a_key(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        Card.objects.create()


def test_one_entry_per_sheet_but_several_3_3(card):
    start_entry(card, "1-1")
    with pytest.raises(IntegrityError), transaction.atomic():
        start_entry(card, "1-1")
    start_entry(card, "3-3-1-1")
    start_entry(card, "3-3-1-1")
    assert card.entries.filter(sheet_code="3-3-1-1").count() == 2


def test_new_entry_uses_the_latest_definition(entry):
    assert entry.definition_version == "2018.1"
    assert entry.status == SheetEntry.Status.DRAFT
    assert entry.lock_version == 0
    assert entry.current_data == {}


def test_full_clean_validates_saved_data(entry):
    entry.saved_data = {"jobs": [{"period_from": "2020-04", "period_to": "2019-01"}]}
    with pytest.raises(ValidationError) as exc:
        entry.full_clean()
    assert "jobs.0.period_to" in str(exc.value)
    entry.saved_data = GOOD["2"]
    entry.full_clean()
    entry.sheet_code = "9-9"
    with pytest.raises(ValidationError):
        entry.full_clean()


def test_draft_keeps_invalid_input_apart_from_the_saved_version(entry, user):
    save_version(entry, GOOD["2"], 0, user)
    assert entry.lock_version == 1
    draft = copy.deepcopy(GOOD["2"])
    draft["jobs"][0]["period_from"] = "２０１５年１３月"
    draft["supplement"] = "途中まで\x00入力"
    result = save_draft(entry, draft, 1, user)
    assert result.errors == {"jobs.0.period_from": ["月は1から12までで入力してください。"]}
    entry.refresh_from_db()
    assert entry.lock_version == 2
    assert entry.status == SheetEntry.Status.SAVED  # a saved version exists; the draft sits beside it
    assert entry.draft_data["jobs"][0]["period_from"] == "２０１５年１３月"  # nothing typed is lost
    assert entry.draft_data["supplement"] == "途中まで入力"
    assert entry.saved_data["jobs"][0]["period_from"] == "2015-04"
    assert entry.current_data == entry.draft_data
    # The invalid draft cannot become the saved version...
    with pytest.raises(SheetValidationError) as exc:
        save_version(entry, entry.draft_data, 2, user)
    assert exc.value.errors == result.errors
    entry.refresh_from_db()
    assert entry.lock_version == 2 and entry.draft_data is not None  # ...and nothing changed
    # Once corrected it can; the draft is cleared.
    draft["jobs"][0]["period_from"] = "2015-04"
    saved = save_version(entry, draft, 2, user)
    assert saved.entry.draft_data is None
    assert saved.entry.saved_data["supplement"] == "途中まで入力"
    assert saved.revision.changed_fields == ["supplement"]
    assert saved.revision.summary == "補足を変更"


def test_stale_save_is_refused_with_both_versions(entry, user, django_user_model):
    other = django_user_model.objects.create_user(email="hanako@example.jp", password="x")
    first = copy.deepcopy(GOOD["2"])
    second = copy.deepcopy(GOOD["2"])
    second["supplement"] = "別の画面で入力"
    # Two editors loaded lock version 0. The first save wins...
    save_version(entry, first, 0, user)
    stale_copy = SheetEntry.objects.get(pk=entry.pk)
    stale_copy.lock_version = 0  # what the second editor still holds
    # ...the second is refused, whichever kind of save it is.
    with pytest.raises(StaleEdit) as exc:
        save_version(stale_copy, second, 0, other)
    assert exc.value.expected_lock_version == 0
    assert exc.value.current_lock_version == 1
    assert exc.value.current_saved_data == first
    assert exc.value.submitted_data == second
    assert "先に保存されました" in exc.value.message
    with pytest.raises(StaleEdit):
        save_draft(stale_copy, second, 0, other)
    # No lost update: the first save is what is stored, with one revision.
    entry.refresh_from_db()
    assert entry.saved_data == first
    assert entry.draft_data is None
    assert entry.revisions.count() == 1
    # Reloading and saving again works.
    save_version(entry, second, entry.lock_version, other)
    entry.refresh_from_db()
    assert entry.saved_data["supplement"] == "別の画面で入力"


def test_revisions_and_restore(entry, user):
    v1 = copy.deepcopy(GOOD["2"])
    save_version(entry, v1, 0, user)
    v2 = copy.deepcopy(v1)
    v2["jobs"][1]["duties"] = "記帳代行、給与計算、年末調整の補助。"
    v2["entry_date"] = "2025-06-02"
    save_version(entry, v2, 1, user)
    # Saving unchanged data writes no revision.
    assert save_version(entry, v2, 2, user).revision is None
    revisions = list(entry.revisions.all())  # newest first
    assert [r.kind for r in revisions] == ["save", "save"]
    assert revisions[0].changed_fields == ["entry_date", "jobs.1.duties"]
    assert revisions[0].summary == "記入日、職務経歴を変更"
    assert revisions[0].author == user
    assert revisions[1].data == v1
    result = restore_revision(entry, revisions[1], entry.lock_version, user)
    assert result.entry.saved_data == v1
    assert result.revision.kind == SheetRevision.Kind.RESTORE
    assert "復元" in result.revision.summary
    assert entry.revisions.count() == 3  # history only grows
    other_entry = start_entry(entry.card, "1-1")
    with pytest.raises(ValueError):
        restore_revision(other_entry, revisions[0], 0, user)


def test_version_save_tidies_rows(entry, user):
    data = copy.deepcopy(GOOD["2"])
    data["jobs"] = [
        data["jobs"][1],
        {"company_name": ""},
        data["jobs"][0],
        {"company_name": "日付のない職歴"},
    ]
    save_version(entry, data, 0, user)
    entry.refresh_from_db()
    assert [job["company_name"] for job in entry.saved_data["jobs"]] == [
        "株式会社みなと商事",
        "さくら会計事務所",
        "日付のない職歴",
    ]


def test_html_and_control_characters_are_stored_as_text(entry, user):
    data = {"supplement": "<script>alert(1)</script>\x1b\x00"}
    save_version(entry, data, 0, user)
    entry.refresh_from_db()
    assert entry.saved_data["supplement"] == "<script>alert(1)</script>"


def test_nobody_writes_another_partys_part(card, user):
    entry = start_entry(card, "1-1")
    # The person may not write the consultant's box...
    with pytest.raises(SheetValidationError) as exc:
        save_version(entry, {"consultant_comment": "自分で書いた"}, 0, user)
    assert exc.value.errors == {"consultant_comment": ["この欄はキャリアコンサルタントが記入します。"]}
    with pytest.raises(SheetValidationError):
        save_draft(entry, {"consultant_comment": "自分で書いた"}, 0, user)
    # ...the consultant may, and may not write the person's boxes.
    consultant_box = {"consultant_name": "山田 花子", "consultant_comment": "経理職を目指す意向を確認。"}
    save_version(entry, consultant_box, 0, user, role=Writer.CONSULTANT)
    with pytest.raises(SheetValidationError) as exc:
        save_version(entry, {**consultant_box, "strengths": "代筆"}, 1, user, role=Writer.CONSULTANT)
    assert exc.value.errors == {"strengths": ["この欄は本人が記入します。"]}
    # The person agrees, and writes their own boxes beside the unchanged consultant box.
    save_version(entry, {**consultant_box, **CAREER_PLAN, "person_agreed": True}, 1, user)
    entry.refresh_from_db()
    assert entry.saved_data["person_agreed"] is True
    # When the consultant changes the box, the agreement no longer holds.
    changed = {**entry.saved_data, "consultant_comment": "経理職を目指す意向と、簿記2級の計画を確認。"}
    save_version(entry, changed, entry.lock_version, user, role=Writer.CONSULTANT)
    entry.refresh_from_db()
    assert entry.saved_data["person_agreed"] is False
    assert entry.saved_data["strengths"] == CAREER_PLAN["strengths"]


def test_3_3_self_and_company_ratings(card, user):
    entry = start_entry(card, "3-3-1-1")
    company = {
        "duty_content": "伝票処理",
        "basic_abilities": {"teamwork": {"c1": {"company_rating": "A"}}},
        "technical_basic": [{"criterion": "伝票を正確に処理している。", "company_rating": "B"}],
    }
    save_version(entry, company, 0, user, role=Writer.COMPANY)
    mine = copy.deepcopy(entry.saved_data)
    mine["basic_abilities"]["teamwork"]["c1"]["self_rating"] = "B"
    mine["technical_basic"][0]["self_rating"] = "A"
    save_version(entry, mine, 1, user)
    assert entry.saved_data["technical_basic"][0] == {
        "criterion": "伝票を正確に処理している。",
        "company_rating": "B",
        "self_rating": "A",
    }
    cheat = copy.deepcopy(entry.saved_data)
    cheat["basic_abilities"]["teamwork"]["c1"]["company_rating"] = "A"
    cheat["technical_basic"][0]["company_rating"] = "A"
    with pytest.raises(SheetValidationError) as exc:
        save_version(entry, cheat, 2, user)
    assert exc.value.errors == {
        "technical_basic.0.company_rating": ["この欄は企業・訓練実施機関が記入します。"]
    }


def test_oversized_data_is_refused(entry, user):
    data = {"jobs": [{"duties": "あ" * 1000, "learnings": "い" * 1000} for _ in range(30)]}
    save_version(entry, data, 0, user)  # the largest valid sheet fits
    with pytest.raises(SheetValidationError):
        save_draft(entry, {"jobs": [{"duties": "あ" * 200_000}]}, 1, user)
