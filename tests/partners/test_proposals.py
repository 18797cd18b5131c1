"""Imports the person reviews (#18 item 4): 様式3-2 訓練歴 proposals."""

from __future__ import annotations

import json

import pytest

from partners.models import ImportProposal
from sheets.models import SheetEntry

ROW = {
    "period_from": "2025-04",
    "period_to": "2025-09",
    "institution": "ポリテクセンター品川",
    "course": "経理事務科",
    "content": "簿記、給与計算、表計算ソフトでの決算資料作成",
    "status": "completed",
}


@pytest.fixture
def proposer(partner):
    partner.allowed_scopes = [*partner.allowed_scopes, "propose:3-2"]
    partner.save()
    return partner


def send(flow, token, body):
    return flow.api.post(
        "/api/v1/partner/card/sheets/3-2/proposals/",
        json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )


def test_a_proposal_changes_nothing_until_the_person_accepts(flow, browser, person, proposer):
    token = flow.tokens("propose:3-2")["access_token"]
    answer = send(
        flow,
        token,
        {"trainings": [ROW, dict(ROW, course="給与計算実務", status="attending", period_to="present")]},
    )
    assert answer.status_code == 201, answer.content
    proposal_id = answer.json()["id"]
    assert not SheetEntry.objects.filter(card__owner=person, sheet_code="3-2").exists()
    # The partner with this scope cannot read anything.
    assert flow.call("/api/v1/partner/card/sheets/3-2/", token).status_code == 403

    assert "取り込み候補が1件あります" in browser.get("/mypage/").content.decode()
    page = browser.get(f"/partners/proposals/{proposal_id}/").content.decode()
    assert "ポリテクセンター品川" in page and "訓練機関名" in page and "修了" in page

    browser.post(f"/partners/proposals/{proposal_id}/", {"action": "accept", "rows": ["1"]})
    entry = SheetEntry.objects.get(card__owner=person, sheet_code="3-2")
    assert [r["course"] for r in entry.saved_data["trainings"]] == ["給与計算実務"]
    assert "キャリア応援ナビ" in entry.revisions.get().summary
    status = flow.call(f"/api/v1/partner/card/sheets/3-2/proposals/{proposal_id}/", token).json()
    assert status["status"] == "accepted" and status["accepted_rows"] == [1]


def test_rejecting_keeps_the_card_as_it_was(flow, browser, person, proposer):
    token = flow.tokens("propose:3-2")["access_token"]
    proposal_id = send(flow, token, {"trainings": [ROW]}).json()["id"]
    browser.post(f"/partners/proposals/{proposal_id}/", {"action": "reject"})
    assert ImportProposal.objects.get().status == "rejected"
    assert not SheetEntry.objects.filter(card__owner=person, sheet_code="3-2").exists()
    # Decided once: a second answer changes nothing.
    browser.post(f"/partners/proposals/{proposal_id}/", {"action": "accept", "rows": ["0"]})
    assert not SheetEntry.objects.filter(card__owner=person, sheet_code="3-2").exists()


def test_bad_rows_are_refused_by_field_and_nothing_is_kept(flow, proposer):
    token = flow.tokens("propose:3-2")["access_token"]
    bad = dict(ROW, period_from="2025-13", status="unknown", institution="x" * 300)
    answer = send(flow, token, {"trainings": [ROW, bad]})
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == "invalid_request"
    fields = " ".join(error["fields"])
    assert "trainings.1" in fields or "trainings[1]" in fields
    assert not ImportProposal.objects.exists()
    for body in ({"studies": [ROW]}, {"trainings": []}, {"trainings": "x"}, ["x"]):
        assert send(flow, token, body).status_code == 400
    assert not ImportProposal.objects.exists()


def test_a_draft_of_the_sheet_is_never_buried(flow, browser, person, proposer):
    from sheets.services import start_entry

    entry = start_entry(person.jobcards.get(), "3-2")
    entry.draft_data = {"trainings": []}
    entry.save()
    token = flow.tokens("propose:3-2")["access_token"]
    proposal_id = send(flow, token, {"trainings": [ROW]}).json()["id"]
    answer = browser.post(f"/partners/proposals/{proposal_id}/", {"action": "accept", "rows": ["0"]})
    assert answer.status_code == 400
    assert "下書き" in answer.content.decode()
    entry.refresh_from_db()
    assert entry.saved_data is None and ImportProposal.objects.get().status == "pending"


def test_proposing_needs_its_scope_and_another_person_cannot_review(flow, proposer, other_person):
    from django.test import Client

    token = flow.tokens("profile")["access_token"]
    assert send(flow, token, {"trainings": [ROW]}).status_code == 403
    token = flow.tokens("propose:3-2")["access_token"]
    proposal_id = send(flow, token, {"trainings": [ROW]}).json()["id"]
    intruder = Client()
    intruder.force_login(other_person)
    assert intruder.get(f"/partners/proposals/{proposal_id}/").status_code == 404
