"""Imports the person reviews (#18 item 4): Hello Work's 基本情報 of a 求職申込み, field by field."""

from __future__ import annotations

import datetime
import json

import pytest

from accounts.models import Profile
from partners.models import ImportProposal

URL = "/api/v1/partner/profile/proposals/"
BASICS = {
    "last_name": "山田",
    "first_name": "花子",
    "last_name_kana": "やまだ",
    "first_name_kana": "はなこ",
    "birth_date": "平成3年9月14日",
    "postal_code": "2310023",
    "address": "神奈川県横浜市中区山下町2-5",
    "phone": "045-123-4567",
}


@pytest.fixture
def hello_work(partner):
    partner.name = "ハローワークインターネットサービス"
    partner.operator = "厚生労働省"
    partner.allowed_scopes = [*partner.allowed_scopes, "propose:basics"]
    partner.save()
    return partner


def send(flow, token, body):
    return flow.api.post(
        URL, json.dumps(body), content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
    )


def test_basics_change_nothing_until_the_person_takes_the_fields_they_choose(
    flow, browser, person, hello_work
):
    token = flow.tokens("propose:basics")["access_token"]
    answer = send(flow, token, {"basics": BASICS})
    assert answer.status_code == 201, answer.content
    proposal_id = answer.json()["id"]
    assert not Profile.objects.filter(user=person).exists()
    assert flow.call("/api/v1/partner/me/contact/", token).status_code == 403  # proposing reads nothing

    assert "取り込み候補が1件あります" in browser.get("/mypage/").content.decode()
    page = browser.get(f"/partners/proposals/{proposal_id}/").content.decode()
    assert "ハローワークインターネットサービス" in page and "基本情報の候補" in page
    assert "1991年9月14日" in page and "231-0023" in page  # written as the profile page writes them
    assert "（今と同じ）" in page  # 山田 is already the name
    assert "（未登録）" in page

    answer = browser.post(
        f"/partners/proposals/{proposal_id}/",
        {"action": "accept", "fields": ["last_name_kana", "first_name_kana", "birth_date", "phone"]},
    )
    assert answer.status_code == 302
    person.refresh_from_db()
    profile = Profile.objects.get(user=person)
    assert (person.last_name_kana, person.first_name_kana) == ("やまだ", "はなこ")
    assert profile.birth_date == datetime.date(1991, 9, 14)
    assert profile.phone == "045-123-4567"
    assert profile.address == "" and profile.postal_code == ""  # not ticked: not taken
    status = flow.call(f"{URL}{proposal_id}/", token).json()
    assert status["status"] == "accepted"
    assert status["accepted_rows"] == ["last_name_kana", "first_name_kana", "birth_date", "phone"]


def test_nothing_ticked_or_rejected_keeps_the_profile(flow, browser, person, hello_work):
    token = flow.tokens("propose:basics")["access_token"]
    proposal_id = send(flow, token, {"basics": {"phone": "045-123-4567"}}).json()["id"]
    for fields in ([], ["gender"], ["address"]):  # nothing, a field never proposed, one not in this proposal
        answer = browser.post(f"/partners/proposals/{proposal_id}/", {"action": "accept", "fields": fields})
        assert answer.status_code == 400
        assert "取り込む項目を1つ以上選んでください" in answer.content.decode()
    assert ImportProposal.objects.get().status == "pending"
    browser.post(f"/partners/proposals/{proposal_id}/", {"action": "reject"})
    assert ImportProposal.objects.get().status == "rejected"
    assert not Profile.objects.filter(user=person, phone__gt="").exists()
    browser.post(f"/partners/proposals/{proposal_id}/", {"action": "accept", "fields": ["phone"]})
    assert not Profile.objects.filter(user=person, phone__gt="").exists()  # decided once


def test_bad_basics_are_refused_by_field_in_japanese_and_nothing_is_kept(flow, hello_work):
    token = flow.tokens("propose:basics")["access_token"]
    answer = send(flow, token, {"basics": dict(BASICS, last_name_kana="yamada", postal_code="0000000")})
    assert answer.status_code == 400
    fields = answer.json()["error"]["fields"]
    assert set(fields) >= {"last_name_kana", "postal_code"}
    assert all(any("\u3040" <= ch <= "\u30ff" for ch in " ".join(m)) for m in fields.values())
    for body in (
        {"basics": {"gender": "女性"}},  # gender is never proposed
        {"basics": {}},
        {"basics": {"phone": 45}},
        {"basics": "x"},
        {"profile": BASICS},
        ["x"],
    ):
        assert send(flow, token, body).status_code == 400, body
    assert not ImportProposal.objects.exists()


def test_basics_need_their_scope_and_only_the_person_reviews(flow, hello_work, other_person):
    from django.test import Client

    assert (
        send(
            flow,
            flow.tokens("profile")["access_token"],
            {"basics": BASICS},
        ).status_code
        == 403
    )
    token = flow.tokens("propose:basics")["access_token"]
    proposal_id = send(flow, token, {"basics": BASICS}).json()["id"]
    # The 3-2 status endpoint does not show a 基本情報 proposal.
    assert flow.call(f"/api/v1/partner/card/sheets/3-2/proposals/{proposal_id}/", token).status_code == 403
    intruder = Client()
    intruder.force_login(other_person)
    assert intruder.get(f"/partners/proposals/{proposal_id}/").status_code == 404
    assert (
        intruder.post(
            f"/partners/proposals/{proposal_id}/", {"action": "accept", "fields": ["phone"]}
        ).status_code
        == 404
    )


def test_the_consent_page_says_what_proposing_basics_means(flow, hello_work):
    from partners.consent import scope_items

    text = " ".join(str(item) for item in scope_items("propose:basics"))
    assert "性別は送れません" in text and "項目ごとに選んで取り込むまで" in text
