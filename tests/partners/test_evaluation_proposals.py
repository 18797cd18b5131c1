"""Imports the person reviews (#18 item 4): a training body's 様式3-3 evaluation, taken as a whole."""

from __future__ import annotations

import copy
import json

import pytest

from partners.models import ImportProposal
from sheets.examples import GOOD
from sheets.models import SheetEntry
from sheets.services import save_version, start_entry

URL = "/api/v1/partner/card/sheets/3-3/proposals/"


def company_parts(data):
    """The example 3-3-1-1 without anything the person writes (self-ratings, agreement)."""
    out = copy.deepcopy(data)
    for group in out["basic_abilities"].values():
        for criterion in group.values():
            criterion.pop("self_rating", None)
    for row in out["technical_basic"]:
        row.pop("self_rating", None)
    return out


EVALUATION = company_parts(GOOD["3-3-1-1"])


@pytest.fixture
def training_body(partner):
    partner.name = "ポリテクセンター関東"
    partner.operator = "高齢・障害・求職者雇用支援機構"
    partner.allowed_scopes = [*partner.allowed_scopes, "propose:3-3", "propose:3-2"]
    partner.save()
    return partner


def send(flow, token, body):
    return flow.api.post(
        URL, json.dumps(body), content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
    )


def test_an_evaluation_waits_for_the_person_and_keeps_their_own_answers(flow, browser, person, training_body):
    # The person has rated themselves and ticked 本人同意 already.
    entry = start_entry(person.jobcards.get(), "3-3-1-1")
    mine = {"basic_abilities": {"work_attitude": {"c1": {"self_rating": "B"}}}, "person_agreed": True}
    save_version(entry, mine, entry.lock_version, person)

    token = flow.tokens("propose:3-3")["access_token"]
    answer = send(flow, token, {"sheet": "3-3-1-1", "data": EVALUATION})
    assert answer.status_code == 201, answer.content
    proposal_id = answer.json()["id"]
    entry.refresh_from_db()
    assert "company_rating" not in entry.saved_data["basic_abilities"]["work_attitude"]["c1"]  # unchanged

    page = browser.get(f"/partners/proposals/{proposal_id}/").content.decode()
    assert "ポリテクセンター関東" in page and "様式3-3-1-1" in page
    assert "働く意識と取組 › 法令や職場のルール、慣行などを守っている。 › 企業評価" in page
    assert "常にできている" in page and "（未記入）" in page  # choices by their labels; nothing there yet
    assert "株式会社みなと商事" in page

    answer = browser.post(f"/partners/proposals/{proposal_id}/", {"action": "accept"})
    assert answer.status_code == 302 and answer["Location"].endswith("/card/sheets/3-3-1-1/")
    entry.refresh_from_db()
    data = entry.saved_data
    assert data["basic_abilities"]["work_attitude"]["c1"] == {"self_rating": "B", "company_rating": "A"}
    assert data["technical_basic"][0]["criterion"] == "伝票を期日までに正確に処理している。"
    assert data["overall_comment"].startswith("電話応対は")
    assert not data.get("person_agreed"), "the evaluation changed: the person is asked to agree again"
    assert "ポリテクセンター関東" in entry.revisions.order_by("-pk").first().summary
    status = flow.call(f"{URL}{proposal_id}/", token).json()
    assert status["status"] == "accepted"


def test_what_the_person_writes_or_wrong_values_are_refused_by_field(flow, training_body):
    token = flow.tokens("propose:3-3")["access_token"]
    with_self = copy.deepcopy(EVALUATION)
    with_self["basic_abilities"]["work_attitude"]["c1"]["self_rating"] = "A"
    answer = send(flow, token, {"sheet": "3-3-1-1", "data": with_self})
    assert answer.status_code == 400
    assert "basic_abilities.work_attitude.c1.self_rating" in answer.json()["error"]["fields"]
    assert send(flow, token, {"sheet": "3-3-1-1", "data": {"person_agreed": True}}).status_code == 400
    wrong = copy.deepcopy(EVALUATION)
    wrong["basic_abilities"]["work_attitude"]["c1"]["company_rating"] = "Z"
    assert send(flow, token, {"sheet": "3-3-1-1", "data": wrong}).status_code == 400
    for body in (
        {"sheet": "3-2", "data": EVALUATION},
        {"sheet": "3-3-1-1", "data": {}},
        {"sheet": "3-3-1-1", "data": {"no_such_field": "x"}},
        {"sheet": "3-3-1-1"},
        ["x"],
    ):
        assert send(flow, token, body).status_code == 400, body
    assert not ImportProposal.objects.exists()


def test_rejecting_or_a_draft_leaves_the_sheet_alone(flow, browser, person, training_body):
    token = flow.tokens("propose:3-3")["access_token"]
    first = send(flow, token, {"sheet": "3-3-1-1", "data": EVALUATION}).json()["id"]
    browser.post(f"/partners/proposals/{first}/", {"action": "reject"})
    assert not SheetEntry.objects.filter(card__owner=person, sheet_code="3-3-1-1").exists()

    entry = start_entry(person.jobcards.get(), "3-3-1-1")
    entry.draft_data = {"overall_comment": ""}
    entry.save()
    second = send(flow, token, {"sheet": "3-3-1-1", "data": EVALUATION}).json()["id"]
    answer = browser.post(f"/partners/proposals/{second}/", {"action": "accept"})
    assert answer.status_code == 400 and "下書き" in answer.content.decode()
    entry.refresh_from_db()
    assert entry.saved_data is None and ImportProposal.objects.get(pk=second).status == "pending"


def test_evaluations_need_their_scope_and_only_the_person_reviews(flow, training_body, other_person):
    from django.test import Client

    assert (
        send(
            flow, flow.tokens("propose:3-2")["access_token"], {"sheet": "3-3-1-1", "data": EVALUATION}
        ).status_code
        == 403
    )
    token = flow.tokens("propose:3-3")["access_token"]
    proposal_id = send(flow, token, {"sheet": "3-3-1-1", "data": EVALUATION}).json()["id"]
    assert flow.call(f"/api/v1/partner/card/sheets/3-2/proposals/{proposal_id}/", token).status_code == 403
    intruder = Client()
    intruder.force_login(other_person)
    assert intruder.get(f"/partners/proposals/{proposal_id}/").status_code == 404
    assert intruder.post(f"/partners/proposals/{proposal_id}/", {"action": "accept"}).status_code == 404
