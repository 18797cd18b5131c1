"""The demo supporters (demo/data/supporters.py), loaded with the rest of the demo."""

import pytest
from django.urls import reverse

from demo.data import supporters as data
from sharing.models import Membership, Share

from .conftest import mfa_client

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_each_demo_supporter_sees_the_people_who_shared_with_them():
    expected = {
        "hello-work": ["佐藤 美咲"],
        "school": ["青木 翔太", "石井 結衣", "上田 陽菜"],
        "company": ["佐藤 美咲"],
    }
    for item in data.ORGANISATIONS:
        member = Membership.objects.get(user__email=item["member"]["email"])
        assert member.organisation.approved
        page = mfa_client(member.user).get(reverse("supporter:workspace")).content.decode()
        for name in expected[item["key"]]:
            assert name in page, (item["key"], name)


def test_the_demo_consultant_reads_the_demo_persons_1_1():
    member = Membership.objects.get(user__email=data.ORGANISATIONS[0]["member"]["email"])
    share = Share.objects.get(member=member)
    client = mfa_client(member.user)
    url = reverse("supporter:sheet", args=[share.pk, "1-1"])
    assert client.get(url).status_code == 200
    page = client.get(client.post(url, {"action": "hold"}).url)
    assert page.status_code == 200
    assert 'name="consultant-consultant_comment"' in page.content.decode()


def test_the_demo_students_joined_the_school_class():
    from sharing.models import Group

    member = Membership.objects.get(user__email=data.ORGANISATIONS[1]["member"]["email"])
    group = Group.objects.get(organisation=member.organisation, name=data.SCHOOL_CLASS)
    page = mfa_client(member.user).get(reverse("supporter:group", args=[group.pk])).content.decode()
    for name in ("青木 翔太", "石井 結衣", "上田 陽菜"):
        assert name in page
    assert "保存済み" in page and "/supporter/people/" in page  # 1-2 shared too


def test_the_demo_company_has_a_3_3_1_1_evaluation_in_progress():
    from sheets.models import SheetEntry

    member = Membership.objects.get(user__email=data.ORGANISATIONS[2]["member"]["email"])
    share = Share.objects.get(organisation=member.organisation)
    assert "3-3-1-1" in share.sheets
    entry = SheetEntry.objects.get(card=share.card, sheet_code="3-3-1-1")
    saved = entry.saved_data
    assert saved["company_name"] == "株式会社みなと会計サービス" and not saved.get("overall_comment")
    c3 = saved["basic_abilities"]["business_manners"]["c3"]
    assert (c3["self_rating"], c3["company_rating"]) == ("B", "A")  # the person's 自己評価 is in
    page = mfa_client(member.user).get(reverse("supporter:person", args=[share.pk])).content.decode()
    assert "3-3-1-1" in page
