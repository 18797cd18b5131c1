"""The sheet editor with JavaScript off: task list, drafts, rows, check page, save, history."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from sheets.cards import SESSION_KEY
from sheets.definitions import get_definition
from sheets.examples import GOOD
from sheets.models import Card, SheetEntry, SheetRevision
from tests.sheet_post import post_data

pytestmark = pytest.mark.django_db

PASSWORD = "kT7#pq-Lm2!zR9xw"


def submit(client, code, data, lock=0, action="draft", **extra):
    payload = post_data(get_definition(code), data)
    payload.update({"lock_version": str(lock), "action": action, **extra})
    return client.post(f"/card/sheets/{code}/", payload)


def entry_of(client, code="2"):
    key = client.session.get(SESSION_KEY)
    return SheetEntry.objects.get(card=Card.objects.for_anonymous_key(key).get(), sheet_code=code)


def user(email="hanako.sato@example.jp"):
    u = get_user_model().objects.create_user(email, PASSWORD)
    u.emailaddress_set.create(email=email, verified=True, primary=True)
    return u


def test_task_list_shows_every_sheet_not_started(client):
    response = client.get("/card/")
    html = response.content.decode()
    assert response.status_code == 200
    for code in ("1-1", "1-2", "2", "3-1", "3-2"):
        assert f'href="/card/sheets/{code}/"' in html
    assert html.count("未着手") == 5
    assert "利用者登録（無料）" in html  # anonymous visitors are invited to register


def test_anonymous_draft_is_kept_on_a_card_of_the_session(client):
    response = submit(client, "1-1", {"strengths": "粘り強く取り組めます。"})
    assert response.status_code == 302
    entry = entry_of(client, "1-1")
    assert entry.card.owner is None
    assert entry.draft_data["strengths"] == "粘り強く取り組めます。"
    assert entry.saved_data is None
    html = client.get("/card/").content.decode()
    assert "下書き" in html and html.count("未着手") == 4
    # The editor shows the draft again.
    assert "粘り強く取り組めます。" in client.get("/card/sheets/1-1/").content.decode()


def test_bad_input_is_answered_next_to_the_field_and_kept(client):
    data = {
        "entry_date": "２０２４年４月１日",  # 全角 digits are fine
        "jobs": [
            {
                "period_from": "2020-04",
                "period_to": "2019-03",
                "company_name": "株式会社テスト<script>alert(1)</script>",
            },
        ],
        "supplement": "あ" * 1001,
    }
    response = submit(client, "2", data, action="check")
    html = response.content.decode()
    assert response.status_code == 200
    assert "入力内容を確認してください" in html
    assert "1000文字以内" in html  # the over-long box
    assert 'id="id_jobs-0-period_to-error"' in html
    assert "株式会社テスト&lt;script&gt;alert(1)&lt;/script&gt;" in html  # kept, escaped
    assert "<script>alert(1)" not in html
    entry = entry_of(client)
    assert entry.draft_data["supplement"] == "あ" * 1001  # nothing typed is lost
    assert entry.draft_data["entry_date"] == "2024-04-01"


def test_rows_are_added_removed_and_moved_without_javascript(client):
    jobs = [{"company_name": "一社目"}, {"company_name": "二社目"}]
    response = submit(client, "2", {"jobs": jobs}, action="add:jobs")
    assert response.status_code == 302 and response["Location"].endswith("#row-jobs-2")
    entry = entry_of(client)
    assert [j.get("company_name") for j in entry.draft_data["jobs"]] == ["一社目", "二社目", None]

    submit(client, "2", entry.draft_data, lock=entry.lock_version, action="up:jobs:1")
    entry.refresh_from_db()
    assert [j.get("company_name") for j in entry.draft_data["jobs"]] == ["二社目", "一社目", None]

    submit(client, "2", entry.draft_data, lock=entry.lock_version, action="remove:jobs:0")
    entry.refresh_from_db()
    assert [j.get("company_name") for j in entry.draft_data["jobs"]] == ["一社目", None]
    html = client.get("/card/sheets/2/").content.decode()
    assert 'name="jobs-TOTAL_FORMS" value="2"' in html


def test_check_page_then_save_records_a_revision(client):
    submit(client, "3-1", GOOD["3-1"], action="check")
    entry = entry_of(client, "3-1")
    page = client.get("/card/sheets/3-1/check/")
    html = page.content.decode()
    assert "日商簿記検定3級" in html and "保存する" in html
    response = client.post("/card/sheets/3-1/check/", {"lock_version": entry.lock_version})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.status == SheetEntry.Status.SAVED and entry.draft_data is None
    assert "日商簿記検定3級" in [q["name"] for q in entry.saved_data["qualifications"]]
    assert entry.revisions.count() == 1
    assert "保存済み" in client.get("/card/").content.decode()


def test_consultant_part_is_shown_but_not_taken_from_the_person(client):
    data = {**GOOD["1-1"]}
    submit(client, "1-1", data)
    entry = entry_of(client, "1-1")
    # The consultant's comment came in through the person's form: it is not theirs to write.
    assert "consultant_comment" not in entry.draft_data
    html = client.get("/card/sheets/1-1/").content.decode()
    assert "キャリアコンサルタントが記入" in html
    assert 'name="consultant-consultant_comment"' not in html


def test_stale_save_shows_both_versions_and_the_person_chooses(client):
    submit(client, "1-1", {"strengths": "最初の文"})
    entry = entry_of(client, "1-1")
    loaded = entry.lock_version
    # Another tab saves first.
    submit(client, "1-1", {"strengths": "別のタブの文"}, lock=loaded)
    # This tab's save is refused and the comparison is shown.
    response = submit(client, "1-1", {"strengths": "この画面の文", "values_interests": "価値観"}, lock=loaded)
    html = response.content.decode()
    assert response.status_code == 409
    assert "この画面の文" in html and "別のタブの文" in html
    entry.refresh_from_db()
    assert entry.draft_data["strengths"] == "別のタブの文"  # nothing overwritten
    mine = response.context["mine_json"]
    resolve = client.post(
        "/card/sheets/1-1/resolve/",
        {
            "lock_version": entry.lock_version,
            "mine": mine,
            "choice-strengths": "theirs",
            "choice-values_interests": "mine",
        },
    )
    assert resolve.status_code == 302
    entry.refresh_from_db()
    assert entry.draft_data["strengths"] == "別のタブの文"
    assert entry.draft_data["values_interests"] == "価値観"


def test_history_lists_revisions_and_restores_an_old_one(client):
    u = user()
    client.force_login(u)
    submit(client, "1-1", {"strengths": "第1版"}, action="check")
    card = Card.objects.get(owner=u)
    entry = card.entries.get(sheet_code="1-1")
    client.post("/card/sheets/1-1/check/", {"lock_version": entry.lock_version})
    entry.refresh_from_db()
    submit(client, "1-1", {"strengths": "第2版"}, lock=entry.lock_version, action="check")
    entry.refresh_from_db()
    client.post("/card/sheets/1-1/check/", {"lock_version": entry.lock_version})
    entry.refresh_from_db()
    assert entry.saved_data["strengths"] == "第2版"
    first = entry.revisions.order_by("created_at", "pk").first()
    page = client.get(f"/card/sheets/1-1/history/{first.pk}/")
    assert "第1版" in page.content.decode() and "この版に戻す" in page.content.decode()
    assert "保存履歴" in client.get("/card/sheets/1-1/history/").content.decode()
    client.post(f"/card/sheets/1-1/history/{first.pk}/", {"lock_version": entry.lock_version})
    entry.refresh_from_db()
    assert entry.saved_data["strengths"] == "第1版"
    assert entry.revisions.filter(kind=SheetRevision.Kind.RESTORE).count() == 1


def test_nobody_reaches_another_persons_revision(client):
    owner = user("owner@example.jp")
    card = Card.objects.create(owner=owner)
    from sheets.services import save_version, start_entry

    entry = start_entry(card, "1-1")
    save_version(entry, {"strengths": "本人だけの内容"}, 0, owner)
    rev = entry.revisions.get()
    client.force_login(user("other@example.jp"))
    assert client.get(f"/card/sheets/1-1/history/{rev.pk}/").status_code == 404
    assert client.get(f"/card/sheets/1-1/history/{rev.pk}/").status_code == 404
    assert "本人だけの内容" not in client.get("/card/sheets/1-1/").content.decode()


def test_unknown_sheet_and_tampered_posts_never_500(client):
    assert client.get("/card/sheets/9-9/").status_code == 404
    assert client.post("/card/sheets/2/", {"action": "draft"}).status_code == 400  # no version
    response = client.post(
        "/card/sheets/2/",
        {
            "lock_version": "0",
            "jobs-TOTAL_FORMS": "999999",
            "action": "remove:jobs:abc",
            "header-entry_date": "\x00\x07",
        },
    )
    assert response.status_code in (200, 302)
    assert len(entry_of(client).draft_data["jobs"]) <= 200


def test_one_one_starts_from_one_two(client):
    submit(client, "1-2", GOOD["1-2"])
    html = client.get("/card/").content.decode()
    assert "様式1-2から引き継いで始める" in html
    response = client.post("/card/sheets/1-1/from/1-2/")
    assert response.status_code == 302
    entry = entry_of(client, "1-1")
    assert entry.draft_data["strengths"] == GOOD["1-2"]["strengths"]
    assert "school_activities" not in entry.draft_data


def test_anonymous_card_is_adopted_on_login(client):
    submit(client, "2", GOOD["2"])
    anonymous = entry_of(client).card
    u = user()
    response = client.post("/accounts/login/", {"login": u.email, "password": PASSWORD})
    assert response.status_code == 302
    anonymous.refresh_from_db()
    assert anonymous.owner == u and anonymous.anonymous_key is None
    assert "株式会社みなと商事" in client.get("/card/sheets/2/").content.decode()


def test_adoption_merges_into_an_existing_card(client):
    u = user()
    own = Card.objects.create(owner=u)
    from sheets.services import save_version, start_entry

    saved = start_entry(own, "1-1")
    save_version(saved, {"strengths": "登録済みの内容"}, 0, u)
    submit(client, "1-1", {"strengths": "ログイン前に書いた内容"})
    submit(client, "3-1", GOOD["3-1"])
    client.post("/accounts/login/", {"login": u.email, "password": PASSWORD})
    saved.refresh_from_db()
    assert saved.saved_data["strengths"] == "登録済みの内容"
    assert saved.draft_data["strengths"] == "ログイン前に書いた内容"
    assert own.entries.filter(sheet_code="3-1").exists()
    assert Card.objects.filter(owner__isnull=True).count() == 0


def test_mypage_shows_status_history_notices_and_left_drafts(client, settings):
    settings.JOBCARD_DRAFT_REMINDER_DAYS = 7
    assert client.get("/mypage/").status_code == 302  # login required
    u = user()
    u.user_type = "student"
    u.save()
    client.force_login(u)
    submit(client, "3-2", GOOD["3-2"], action="check")
    entry = Card.objects.get(owner=u).entries.get(sheet_code="3-2")
    client.post("/card/sheets/3-2/check/", {"lock_version": entry.lock_version})
    submit(client, "1-2", {"strengths": "書きかけ"})
    left = Card.objects.get(owner=u).entries.get(sheet_code="1-2")
    SheetEntry.objects.filter(pk=left.pk).update(draft_saved_at=timezone.now() - datetime.timedelta(days=8))
    html = client.get("/mypage/").content.decode()
    assert "シートの状況" in html and "保存済み" in html
    assert "下書きのまま7日以上たったシートがあります" in html
    assert "様式3-1" in html.split("次におすすめのシート")[1][:400]  # students: 3-2 → 3-1 → 1-2
    assert "この版を見る・戻す" in html
    assert "お知らせ" in html


def test_draft_reminder_mail_is_sent_once(client, settings):
    settings.JOBCARD_DRAFT_REMINDER_DAYS = 7
    u = user()
    client.force_login(u)
    submit(client, "2", {"supplement": "途中まで"})
    entry = Card.objects.get(owner=u).entries.get()
    SheetEntry.objects.filter(pk=entry.pk).update(draft_saved_at=timezone.now() - datetime.timedelta(days=10))
    mail.outbox.clear()
    call_command("send_draft_reminders")
    assert len(mail.outbox) == 1
    assert "様式2 職務経歴シート" in mail.outbox[0].body and "途中まで" not in mail.outbox[0].body
    call_command("send_draft_reminders")
    assert len(mail.outbox) == 1  # not again until a newer draft is left


def test_my_data_download_includes_the_card(client):
    u = user()
    client.force_login(u)
    submit(client, "1-1", {"strengths": "ダウンロードに入る文"})
    from accounts.export import build_export

    export = build_export(u)
    sheets = export["job_card"][0]["sheets"]
    assert sheets[0]["sheet"] == "1-1"
    assert sheets[0]["draft_data"]["strengths"] == "ダウンロードに入る文"


def test_adoption_brings_what_other_apps_keep_on_the_card(client):
    from lifeline.models import LifelinePoint

    u = user()
    Card.objects.create(owner=u)
    submit(client, "1-1", {"strengths": "ログイン前"})
    anonymous = entry_of(client, "1-1").card
    LifelinePoint.objects.create(card=anonymous, age=18, satisfaction=40, event="大学に入学")
    client.post("/accounts/login/", {"login": u.email, "password": PASSWORD})
    assert LifelinePoint.objects.get(event="大学に入学").card.owner == u


def test_a_field_named_like_its_section_is_shown_once(client):
    html = client.get("/card/sheets/1-1/").content.decode()
    assert html.count(">記入日<") == 1
    assert 'id="section-header"' in html
    # Sections with several fields keep their heading.
    assert '<h2 class="form-section__title">キャリア・プラン</h2>' in html


def test_the_conflict_page_lists_only_fields_that_read_differently(client):
    submit(client, "1-1", {"strengths": "最初の文"})
    entry = entry_of(client, "1-1")
    loaded = entry.lock_version
    submit(client, "1-1", {"strengths": "別のタブの文", "entry_date": "2024-04-01"}, lock=loaded)
    response = submit(client, "1-1", {"strengths": "この画面の文", "entry_date": "2024年4月1日"}, lock=loaded)
    assert response.status_code == 409
    keys = [row["key"] for row in response.context["differences"]]
    assert keys == ["strengths"]


def test_an_untouched_blank_row_is_not_saved(client):
    """A row added in place and left empty (JavaScript: no ORIGIN) is dropped, on the draft and on the
    check page, by autosave and by the form; a row just added without JavaScript stays to be filled."""
    payload = post_data(get_definition("2"), {"jobs": [{"company_name": "一社目"}]})
    payload.update({"jobs-TOTAL_FORMS": "2", "jobs-1-ORIGIN": "", "lock_version": "0", "action": "check"})
    client.post("/card/sheets/2/", payload)
    entry = entry_of(client)
    assert [j.get("company_name") for j in entry.draft_data["jobs"]] == ["一社目"]
    html = client.get("/card/sheets/2/check/").content.decode()
    assert "一社目" in html and "2件目" not in html

    payload.update({"lock_version": str(entry.lock_version)})
    payload.pop("action")
    response = client.post("/card/sheets/2/autosave/", payload, HTTP_IF_MATCH=f'"{entry.lock_version}"')
    assert response.status_code == 200, response.content
    entry.refresh_from_db()
    assert len(entry.draft_data["jobs"]) == 1

    submit(client, "2", entry.draft_data, lock=entry.lock_version, action="add:jobs")
    entry.refresh_from_db()
    assert len(entry.draft_data["jobs"]) == 2  # kept for the person to fill in


def test_the_error_paragraph_describes_a_field_only_when_there_is_an_error(client):
    import re

    html = client.get("/card/sheets/1-1/").content.decode()
    tag = re.search(r'<input[^>]*id="id_header-entry_date"[^>]*>', html).group(0)
    assert "id_header-entry_date-error" not in tag and "id_header-entry_date-format" in tag
    html = submit(client, "1-1", {"entry_date": "2026-13-40"}, action="check").content.decode()
    tag = re.search(r'<input[^>]*id="id_header-entry_date"[^>]*>', html).group(0)
    assert 'aria-describedby="id_header-entry_date-error' in tag and 'aria-invalid="true"' in tag
    assert "「13月」になっています" in html
