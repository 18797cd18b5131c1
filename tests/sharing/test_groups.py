"""Class/team codes: one code for many people, who join voluntarily; the organisation sees who
joined and each sheet's status (never contents), as a page and as CSV; people leave."""

import csv
import io
import re

import pytest
from django.test import Client
from django.urls import reverse

from sharing.models import AccessRecord, Group, GroupMember, Membership, Organisation

from .conftest import make_user, mfa_client
from .test_sharing import CODE, receive, share_by_code

pytestmark = pytest.mark.django_db


@pytest.fixture
def school(db):
    return Organisation.objects.create(
        name="みなと高等学校 進路指導室", kind=Organisation.Kind.SCHOOL, status=Organisation.Status.APPROVED
    )


@pytest.fixture
def teacher(django_user_model, school):
    user = make_user(django_user_model, "teacher@school.example.jp")
    Membership.objects.create(organisation=school, user=user, display_name="進路 伊藤")
    return user


def create_class(client, name="3年1組"):
    response = client.post(reverse("supporter:groups"), {"name": name, "membership": _membership(client)})
    assert response.status_code == 302, response.content.decode()
    page = client.get(response["Location"]).content.decode()
    match = CODE.search(page)
    assert match, page
    return Group.objects.get(name=name), match.group(0)


def _membership(client):
    return Membership.objects.filter(user_id=int(client.session["_auth_user_id"])).first().pk


def join(client, code):
    preview = client.post(reverse("sharing:join_group"), {"code": code, "action": "preview"})
    assert preview.status_code == 200, preview.content.decode()
    return preview, client.post(reverse("sharing:join_group"), {"code": code, "action": "confirm"})


def test_a_class_joins_and_the_school_sees_statuses_not_contents(person, person_client, teacher):
    teacher_client = mfa_client(teacher)
    group, code = create_class(teacher_client)
    # shown once
    assert (
        CODE.search(teacher_client.get(reverse("supporter:group", args=[group.pk])).content.decode()) is None
    )

    preview, joined = join(person_client, code)
    body = preview.content.decode()
    assert "みなと高等学校 進路指導室" in body and "3年1組" in body
    assert "内容は見えません" in body or "見えないもの" in body
    assert joined.status_code == 302
    assert GroupMember.objects.filter(group=group, person=person, left_at__isnull=True).exists()
    assert "3年1組" in person_client.get(reverse("sharing:index")).content.decode()

    page = teacher_client.get(reverse("supporter:group", args=[group.pk])).content.decode()
    assert "山田 花子" in page and "保存済み" in page and "未着手" in page
    assert "人と話しながら課題を整理する仕事" not in page  # no contents
    assert "/supporter/people/" not in page  # she shared no contents
    record = AccessRecord.objects.get(owner=person, action=AccessRecord.Action.PROGRESS)
    assert record.organisation_name == "みなと高等学校 進路指導室" and record.actor_name == "進路 伊藤"
    assert "「3年1組」で進捗" in person_client.get(reverse("sharing:index")).content.decode()


def test_the_progress_csv_has_statuses_and_no_formulas(person, person_client, teacher, django_user_model):
    from sheets.models import Card

    teacher_client = mfa_client(teacher)
    group, code = create_class(teacher_client)
    join(person_client, code)
    attacker = make_user(
        django_user_model, "evil@example.jp", last_name='=HYPERLINK("http://x")', first_name=""
    )
    Card.objects.create(owner=attacker)
    attacker_client = Client()
    attacker_client.force_login(attacker)
    join(attacker_client, code)

    response = teacher_client.get(reverse("supporter:group_csv", args=[group.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["氏名", "参加した日", "様式1-1 状態"]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["山田 花子"][2] == "保存済み"
    assert '\'=HYPERLINK("http://x")' in by_name  # kept, marked as text
    assert not any(cell.startswith("=") for row in rows for cell in row)
    assert "人と話しながら" not in text


def test_contents_only_when_the_person_also_shares(person, person_client, teacher):
    teacher_client = mfa_client(teacher)
    group, code = create_class(teacher_client)
    join(person_client, code)
    receive(teacher_client, share_by_code(person_client, scope="organisation"))
    page = teacher_client.get(reverse("supporter:group", args=[group.pk])).content.decode()
    assert "/supporter/people/" in page


def test_leaving_hides_the_person(person, person_client, teacher, django_user_model):
    teacher_client = mfa_client(teacher)
    group, code = create_class(teacher_client)
    join(person_client, code)
    member = GroupMember.objects.get(group=group)
    other = make_user(django_user_model, "other@example.jp")
    other_client = Client()
    other_client.force_login(other)
    assert other_client.post(reverse("sharing:leave_group", args=[member.pk])).status_code == 404
    assert person_client.post(reverse("sharing:leave_group", args=[member.pk])).status_code == 302
    page = teacher_client.get(reverse("supporter:group", args=[group.pk])).content.decode()
    assert "山田 花子" not in page
    join(person_client, code)  # may join again
    assert GroupMember.objects.filter(person=person, left_at__isnull=True).count() == 1


def test_wrong_reissued_and_closed_codes_get_one_plain_message(person_client, teacher, settings):
    teacher_client = mfa_client(teacher)
    group, old = create_class(teacher_client)
    response = teacher_client.post(reverse("supporter:group_new_code", args=[group.pk]), follow=True)
    new = CODE.search(response.content.decode()).group(0)
    refused = person_client.post(reverse("sharing:join_group"), {"code": old, "action": "preview"})
    assert refused.status_code == 400
    message = "この参加コードは使えません"
    assert message in refused.content.decode()
    assert 'value="' + old + '"' in refused.content.decode()  # input kept
    teacher_client.post(reverse("supporter:group_close", args=[group.pk]))
    closed = person_client.post(reverse("sharing:join_group"), {"code": new, "action": "confirm"})
    assert closed.status_code == 400 and message in closed.content.decode()
    assert not GroupMember.objects.filter(group=group).exists()
    assert teacher_client.get(reverse("supporter:group", args=[group.pk])).status_code == 200
    bad = person_client.post(reverse("sharing:join_group"), {"code": "12", "action": "preview"})
    assert bad.status_code == 400 and "16文字の英数字" in bad.content.decode()


def test_guessing_is_rate_limited_per_account(person_client, settings):
    settings.SHARE_CODE_ATTEMPTS_PER_ACCOUNT = 3
    for _ in range(3):
        r = person_client.post(
            reverse("sharing:join_group"), {"code": "AAAA-BBBB-CCCC-DDDD", "action": "preview"}
        )
        assert r.status_code == 400
    limited = person_client.post(reverse("sharing:join_group"), {"code": "AAAA-BBBB-CCCC-DDDD"})
    assert limited.status_code == 429 and "しばらく受け付けません" in limited.content.decode()


def test_another_organisation_cannot_see_a_class(person_client, teacher, other_supporter, consultant):
    group, code = create_class(mfa_client(teacher))
    join(person_client, code)
    for user in (other_supporter, consultant):
        client = mfa_client(user)
        assert client.get(reverse("supporter:group", args=[group.pk])).status_code == 404
        assert client.get(reverse("supporter:group_csv", args=[group.pk])).status_code == 404
        assert client.post(reverse("supporter:group_close", args=[group.pk])).status_code == 404
        assert "3年1組" not in client.get(reverse("supporter:groups")).content.decode()
    assert Group.objects.get(pk=group.pk).closed_at is None
    assert not re.search(
        "山田", mfa_client(other_supporter).get(reverse("supporter:groups")).content.decode()
    )
