"""The person shares by code, a consultant reads and writes their box, the person agrees or stops."""

import datetime
import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sharing import codes
from sharing.models import AccessRecord, Organisation, Share
from sheets.models import SheetEntry
from sheets.services import save_draft

from .conftest import PERSON_1_1, make_user, mfa_client

pytestmark = pytest.mark.django_db

CODE = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")


def share_by_code(person_client, sheets=("1-1",), scope="member") -> str:
    data = {"sheets": list(sheets), "scope": scope, "period": "30", "note": "5月の相談用"}
    before = Share.objects.count()
    preview = person_client.post(reverse("sharing:new"), {**data, "action": "preview"})
    assert preview.status_code == 200
    if "1-1" in sheets:
        assert "人と話しながら課題を整理する仕事" in preview.content.decode()  # what the supporter will see
    assert Share.objects.count() == before  # nothing shared before confirming
    response = person_client.post(reverse("sharing:new"), {**data, "action": "confirm"}, follow=True)
    match = CODE.search(response.content.decode())
    assert match, response.content.decode()
    return match.group(0)


def receive(client, code):
    return client.post(reverse("supporter:receive"), {"code": code, "membership": _membership(client)})


def _membership(client):
    from sharing.models import Membership

    return Membership.objects.get(user_id=int(client.session["_auth_user_id"])).pk


def test_codes_carry_80_bits_and_forgive_how_people_type_them():
    code = codes.new_code()
    assert CODE.fullmatch(code)
    assert len(codes.ALPHABET) ** codes.LENGTH >= 2**80
    assert codes.canonical(code.lower().replace("-", " ")) == code.replace("-", "")
    assert codes.canonical("ＡＢＣＤ－ＥＦＧＨ－ＪＫＭＮ－ＰＱＲＳ") == "ABCDEFGHJKMNPQRS"  # full width
    assert codes.canonical("oooo-iiii-llll-0000") == "0000111111110000"
    assert codes.canonical("ABCD-EFGH") is None


def test_the_code_is_shown_once_and_only_its_hash_is_kept(person_client):
    code = share_by_code(person_client)
    share = Share.objects.filter(owner__email="hanako@example.jp").get()
    assert share.code_hash == codes.code_hash(code) and code not in share.code_hash
    again = person_client.get(reverse("sharing:code", args=[share.pk]))
    assert code not in again.content.decode()
    assert "表示済み" in again.content.decode()


def test_the_code_page_has_a_qr_code_for_a_face_to_face_session(person_client):
    data = {"sheets": ["1-1"], "scope": "member", "period": "7", "action": "confirm"}
    response = person_client.post(reverse("sharing:new"), data)
    assert response.status_code == 302
    page = person_client.get(response["Location"]).content.decode()
    code = CODE.search(page).group(0)
    assert "<svg" in page and "/supporter/receive/?code=" + code in page


def test_a_supporter_reads_and_writes_the_consultant_box_and_the_person_agrees(
    person, person_client, consultant
):
    code = share_by_code(person_client)
    supporter = mfa_client(consultant)
    response = receive(supporter, code)
    assert response.status_code == 302
    share = Share.objects.filter(owner__email="hanako@example.jp").get()
    assert share.organisation.name == "ハローワーク品川" and share.member.user == consultant

    sheet_url = reverse("supporter:sheet", args=[share.pk, "1-1"])
    assert supporter.get(sheet_url).status_code == 200
    page = supporter.get(supporter.post(sheet_url, {"action": "hold"}).url)  # 「記入欄に記入する」
    assert page.status_code == 200
    html = page.content.decode()
    assert "人と話しながら課題を整理する仕事" in html
    assert 'name="consultant-consultant_comment"' in html
    assert not re.search(r'name="[^"]*values_interests"', html)  # the person's boxes are shown, not editable

    entry = SheetEntry.objects.get(card__owner=person, sheet_code="1-1")
    posted = {
        "lock_version": entry.lock_version,
        "consultant-consultant_name": "佐藤 一郎",
        "consultant-consultant_registration_number": "17001234",
        "consultant-consultant_affiliation": "ハローワーク品川",
        "consultant-consultation_date": "2026-11-25",
        "consultant-consultant_comment": "経理の経験を活かし、簿記2級の取得を目標にすることで合意しました。",
        "career_plan-values_interests": "支援者が書き換えようとした文",  # not theirs: ignored
    }
    saved = supporter.post(reverse("supporter:sheet", args=[share.pk, "1-1"]), posted)
    assert saved.status_code == 302
    entry.refresh_from_db()
    assert entry.saved_data["consultant_comment"].startswith("経理の経験を活かし")
    assert entry.saved_data["values_interests"] == PERSON_1_1["values_interests"]
    assert entry.saved_data.get("person_agreed") in (None, False)  # not final before the person agrees
    assert entry.revisions.first().author == consultant
    assert [m.to for m in mail.outbox] == [["hanako@example.jp"]]
    assert "経理の経験" not in mail.outbox[0].body  # the mail names no content

    records = person_client.get(reverse("sharing:index")).content.decode()
    assert "ハローワーク品川 佐藤 相談員" in records
    assert list(
        AccessRecord.objects.filter(owner__email="hanako@example.jp")
        .values_list("action", flat=True)
        .order_by("pk")
    ) == [
        "receive",
        "read",
        "read",
        "write",
    ]


def test_the_code_works_once_and_wrong_expired_or_stopped_codes_are_refused(
    person_client, consultant, colleague
):
    code = share_by_code(person_client)
    supporter = mfa_client(consultant)
    assert receive(supporter, code).status_code == 302
    second = receive(mfa_client(colleague), code)
    assert second.status_code == 400
    assert "この共有コードは使えません" in second.content.decode()

    wrong = receive(supporter, "ABCD")
    assert "16文字の英数字" in wrong.content.decode()
    assert 'value="ABCD"' in wrong.content.decode()  # what was typed is kept

    expired_code = share_by_code(person_client)
    Share.objects.filter(code_hash=codes.code_hash(expired_code)).update(
        code_expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert "この共有コードは使えません" in receive(supporter, expired_code).content.decode()


def test_stopping_cuts_access_on_the_next_request(person_client, consultant):
    code = share_by_code(person_client)
    supporter = mfa_client(consultant)
    receive(supporter, code)
    share = Share.objects.filter(owner__email="hanako@example.jp").get()
    url = reverse("supporter:sheet", args=[share.pk, "1-1"])
    assert supporter.get(url).status_code == 200
    assert "山田 花子" in supporter.get(reverse("supporter:workspace")).content.decode()
    stopped = person_client.post(reverse("sharing:stop", args=[share.pk]), follow=True)
    assert "共有をやめました" in stopped.content.decode()
    assert supporter.get(url).status_code == 404
    assert supporter.get(reverse("supporter:person", args=[share.pk])).status_code == 404
    assert "山田" not in supporter.get(reverse("supporter:workspace")).content.decode()  # the person is gone


def test_an_expired_share_is_closed(person_client, consultant):
    supporter = mfa_client(consultant)
    receive(supporter, share_by_code(person_client))
    share = Share.objects.filter(owner__email="hanako@example.jp").get()
    Share.objects.filter(pk=share.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert supporter.get(reverse("supporter:sheet", args=[share.pk, "1-1"])).status_code == 404


def test_scope_member_keeps_colleagues_out_and_scope_organisation_lets_them_in(
    person_client, consultant, colleague, other_supporter
):
    supporter = mfa_client(consultant)
    receive(supporter, share_by_code(person_client, scope="member"))
    only_me = Share.objects.filter(owner__email="hanako@example.jp").get()
    receive(supporter, share_by_code(person_client, scope="organisation"))
    team = Share.objects.filter(owner__email="hanako@example.jp").exclude(pk=only_me.pk).get()
    same_org, other_org = mfa_client(colleague), mfa_client(other_supporter)
    assert same_org.get(reverse("supporter:person", args=[only_me.pk])).status_code == 404
    assert same_org.get(reverse("supporter:person", args=[team.pk])).status_code == 200
    assert other_org.get(reverse("supporter:person", args=[team.pk])).status_code == 404


def test_a_sheet_that_was_not_shared_stays_closed(person, person_client, consultant):
    from sheets.services import start_entry

    start_entry(person.jobcards.get(), "2")
    supporter = mfa_client(consultant)
    receive(supporter, share_by_code(person_client, sheets=("1-1",)))
    share = Share.objects.filter(owner__email="hanako@example.jp").get()
    assert supporter.get(reverse("supporter:sheet", args=[share.pk, "2"])).status_code == 404


def test_the_supporter_waits_while_the_person_has_an_unsaved_draft(person, person_client, consultant):
    supporter = mfa_client(consultant)
    receive(supporter, share_by_code(person_client))
    share = Share.objects.filter(owner__email="hanako@example.jp").get()
    entry = SheetEntry.objects.get(card__owner=person, sheet_code="1-1")
    save_draft(entry, {**PERSON_1_1, "strengths": "いま書き直している途中の文"}, entry.lock_version, person)
    response = supporter.post(
        reverse("supporter:sheet", args=[share.pk, "1-1"]),
        {"lock_version": entry.lock_version, "consultant-consultant_comment": "面談のまとめ"},
    )
    assert response.status_code == 409
    assert "編集中" in response.content.decode()
    entry.refresh_from_db()
    assert entry.draft_data["strengths"] == "いま書き直している途中の文"
    assert "consultant_comment" not in (entry.saved_data or {})


def test_a_stale_supporter_save_is_refused_not_silently_applied(person, person_client, consultant):
    supporter = mfa_client(consultant)
    receive(supporter, share_by_code(person_client))
    share = Share.objects.filter(owner__email="hanako@example.jp").get()
    entry = SheetEntry.objects.get(card__owner=person, sheet_code="1-1")
    response = supporter.post(
        reverse("supporter:sheet", args=[share.pk, "1-1"]),
        {"lock_version": entry.lock_version - 1, "consultant-consultant_comment": "古い画面からの保存"},
    )
    assert response.status_code == 409
    entry.refresh_from_db()
    assert "consultant_comment" not in entry.saved_data


def test_supporters_need_two_step_verification_and_an_approved_organisation(
    django_user_model, consultant, hello_work
):
    plain = Client()
    plain.force_login(consultant)  # password only
    response = plain.get(reverse("supporter:workspace"))
    assert response.status_code == 302 and "/totp/activate/" in response["Location"]

    outsider = make_user(django_user_model, "someone@example.jp")
    assert mfa_client(outsider).get(reverse("supporter:workspace")).status_code == 403

    Organisation.objects.filter(pk=hello_work.pk).update(status=Organisation.Status.SUSPENDED)
    assert mfa_client(consultant).get(reverse("supporter:workspace")).status_code == 403


def test_wrong_codes_slow_the_guesser_not_the_room(settings, person_client, consultant, colleague):
    settings.SHARE_CODE_ATTEMPTS_PER_ACCOUNT = 3
    guesser = mfa_client(consultant)
    for _ in range(3):
        assert receive(guesser, "0000-0000-0000-0000").status_code == 400
    limited = receive(guesser, "0000-0000-0000-0000")
    assert limited.status_code == 429 and "しばらく受け付けません" in limited.content.decode()
    # Another supporter behind the same address still receives a real code.
    assert receive(mfa_client(colleague), share_by_code(person_client)).status_code == 302


def test_the_registration_number_is_checked():
    from django.core.exceptions import ValidationError

    org = Organisation(
        name="山本キャリア相談室", kind=Organisation.Kind.CONSULTANT, registration_number="12-34"
    )
    with pytest.raises(ValidationError) as error:
        org.full_clean()
    assert "8桁の数字" in str(error.value)


def test_the_shares_and_records_are_in_the_persons_download(person, person_client, consultant):
    from accounts.export import build_export

    supporter = mfa_client(consultant)
    receive(supporter, share_by_code(person_client))
    data = build_export(person)
    section = data["sharing"]
    assert section["shares"][0]["organisation"] == "ハローワーク品川"
    assert section["records"][0]["action"] == "receive"
    assert "code" not in str(section["shares"][0].keys())


def test_a_person_without_saved_sheets_is_told_what_to_do(django_user_model):
    user = make_user(django_user_model, "new@example.jp")
    client = Client()
    client.force_login(user)
    page = client.get(reverse("sharing:new")).content.decode()
    assert "まず様式を記入して保存してください" in page
    bad = client.post(reverse("sharing:new"), {"period": "30", "scope": "member", "action": "preview"})
    assert bad.status_code == 400


def test_my_page_asks_the_person_to_agree_and_the_notice_goes_once_they_do(person, person_client, consultant):
    from sheets.services import save_version

    supporter = mfa_client(consultant)
    receive(supporter, share_by_code(person_client))
    share = Share.objects.filter(owner__email="hanako@example.jp").get()
    entry = SheetEntry.objects.get(card__owner=person, sheet_code="1-1")
    supporter.post(
        reverse("supporter:sheet", args=[share.pk, "1-1"]),
        {
            "lock_version": entry.lock_version,
            "consultant-consultant_comment": "簿記2級の取得を目標にしました。",
        },
    )
    mypage = person_client.get(reverse("mypage")).content.decode()
    assert "支援者が記入した欄があります" in mypage and "#section-consultant" in mypage
    assert "いま1件を共有しています" in mypage

    entry.refresh_from_db()
    save_version(entry, {**entry.saved_data, "person_agreed": True}, entry.lock_version, person)
    entry.refresh_from_db()
    assert entry.saved_data["consultant_comment"] == "簿記2級の取得を目標にしました。"
    assert "支援者が記入した欄があります" not in person_client.get(reverse("mypage")).content.decode()


def test_a_supporter_comments_on_a_box_and_the_person_answers(person, person_client, consultant):
    from accounts.export import build_export
    from sharing.models import Comment

    supporter = mfa_client(consultant)
    receive(supporter, share_by_code(person_client))
    share = Share.objects.filter(owner__email="hanako@example.jp").get()
    url = reverse("supporter:sheet", args=[share.pk, "1-1"])
    empty = supporter.post(
        url, {"action": "comment", "comment-text": "", "comment-section": "キャリア・プラン"}
    )
    assert empty.status_code == 400 and "コメントを入力してください。" in empty.content.decode()
    sent = supporter.post(
        url,
        {
            "action": "comment",
            "comment-text": "強みの欄に、具体的な数字を一つ入れてみましょう。",
            "comment-section": "キャリア・プラン",
        },
    )
    assert sent.status_code == 302
    assert "コメントが届きました" in mail.outbox[-1].subject

    thread = person_client.get(reverse("sharing:comments", args=["1-1"])).content.decode()
    assert "具体的な数字を一つ入れてみましょう" in thread and "「キャリア・プラン」について" in thread
    person_client.post(
        reverse("sharing:comments", args=["1-1"]), {"comment-text": "月に約300件の伝票処理、と書きます。"}
    )
    assert "月に約300件の伝票処理" in supporter.get(url).content.decode()
    assert [c.by_owner for c in Comment.objects.filter(card__owner=person)] == [False, True]
    assert len(build_export(person)["sharing"]["comments"]) == 2
    entry = SheetEntry.objects.get(card__owner=person, sheet_code="1-1")
    assert "伝票処理" not in str(entry.saved_data)  # outside the sheet


def test_sharing_is_counted_for_the_statistics_without_personal_data(person, person_client, consultant):
    from insights.models import Event
    from tests.insights.conftest import BROWSER

    supporter = mfa_client(consultant)
    for client in (person_client, supporter):
        client.defaults["HTTP_USER_AGENT"] = BROWSER  # an empty User-Agent counts as a bot
    receive(supporter, share_by_code(person_client))
    share = Share.objects.filter(owner__email="hanako@example.jp").get()
    entry = SheetEntry.objects.get(card__owner=person, sheet_code="1-1")
    supporter.post(
        reverse("supporter:sheet", args=[share.pk, "1-1"]),
        {"lock_version": entry.lock_version, "consultant-consultant_comment": "面談のまとめ"},
    )
    counted = {(e.name, e.detail) for e in Event.objects.filter(name__startswith="s")}
    assert ("share_created", "where=member") in counted
    assert ("share_received", "kind=consultant") in counted
    assert ("supporter_wrote", "kind=consultant&sheet=1-1") in counted
    assert not any("hanako" in detail or "佐藤" in detail for _name, detail in counted)
