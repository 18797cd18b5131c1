"""The partner API: scopes × endpoints, another person's data, ETags, errors, rate limits, OpenAPI."""

from __future__ import annotations

import pytest
from django.test import override_settings

from diagnosis.models import DiagnosisResult
from partners.scope_list import SCOPES
from sharing.models import AccessRecord

ENDPOINTS = {
    "/api/v1/partner/me/": "profile",
    "/api/v1/partner/me/contact/": "contact",
    "/api/v1/partner/card/sheets/1-1/": "sheet:1-1",
    "/api/v1/partner/card/sheets/2/": "sheet:2",
    "/api/v1/partner/card/sheets/3-3-1-1/": "sheet:3-3",
    "/api/v1/partner/resume/": "resume",
    "/api/v1/partner/diagnosis/": "diagnosis",
}


@pytest.fixture
def everything(partner):
    partner.allowed_scopes = list(SCOPES)
    partner.save()
    return partner


@pytest.mark.parametrize(
    "granted", ["profile", "contact", "sheet:1-1", "sheet:2", "sheet:3-3", "resume", "diagnosis"]
)
def test_a_scope_grants_only_its_endpoints(flow, everything, granted):
    token = flow.tokens(granted)["access_token"]
    for path, scope in ENDPOINTS.items():
        answer = flow.call(path, token)
        if scope == granted:
            assert answer.status_code == 200, (path, answer.content)
        else:
            assert answer.status_code == 403, (path, granted)
            error = answer.json()["error"]
            assert error == {
                "status": 403,
                "code": "insufficient_scope",
                "message": error["message"],
                "scope": scope,
            }
            assert "許可がありません" in error["message"]


def test_card_lists_only_granted_saved_sheets(flow, everything):
    token = flow.tokens("sheet:2 sheet:1-1")["access_token"]
    body = flow.call("/api/v1/partner/card/", token).json()
    assert [s["code"] for s in body["sheets"]] == ["1-1"]  # 2 is not saved; nothing else is granted
    assert body["sheets"][0]["schema"]["version"]


def test_card_list_needs_a_sheet_scope(flow):
    token = flow.tokens("openid profile")["access_token"]
    answer = flow.call("/api/v1/partner/card/", token)
    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "insufficient_scope"


def test_another_persons_data_is_never_reachable(flow, other_person):
    token = flow.tokens()["access_token"]
    body = flow.call("/api/v1/partner/card/sheets/1-1/", token).json()
    assert "漏れてはならない" not in str(body)
    assert flow.call("/api/v1/partner/me/", token).json()["last_name"] == "山田"
    # No endpoint takes a person or card id: a changed URL names nothing.
    for path in (f"/api/v1/partner/me/{other_person.pk}/", f"/api/v1/partner/card/{other_person.pk}/"):
        assert flow.call(path, token).status_code == 404


def test_drafts_are_not_sent(flow, person):
    entry = person.jobcards.get().entries.get(sheet_code="1-1")
    entry.draft_data = dict(entry.saved_data, strengths="まだ保存していない下書き")
    entry.save()
    token = flow.tokens()["access_token"]
    assert (
        "まだ保存していない下書き"
        not in flow.call("/api/v1/partner/card/sheets/1-1/", token).content.decode()
    )


def test_diagnosis_sends_scores_not_answers(flow, everything, person):
    DiagnosisResult.objects.create(
        owner=person, interest={"answers": {"r1": 5}, "scores": {"R": 10}, "code": "RIA", "top": ["R"]}
    )
    token = flow.tokens("diagnosis")["access_token"]
    body = flow.call("/api/v1/partner/diagnosis/", token).json()
    assert body["interest"] == {"scores": {"R": 10}, "code": "RIA", "top": ["R"]}


def test_etag_and_not_modified(flow):
    token = flow.tokens()["access_token"]
    first = flow.call("/api/v1/partner/card/sheets/1-1/", token)
    etag = first["ETag"]
    assert etag.startswith('"')
    again = flow.call("/api/v1/partner/card/sheets/1-1/", token, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""


def test_reads_are_audited_and_shown_to_the_person(flow, browser, person, partner):
    token = flow.tokens()["access_token"]
    flow.call("/api/v1/partner/me/", token)
    flow.call("/api/v1/partner/card/sheets/1-1/", token)
    records = list(AccessRecord.objects.filter(owner=person).order_by("pk"))
    assert [(r.organisation_name, r.action, r.target) for r in records] == [
        ("株式会社みらい人材", "read", ""),
        ("株式会社みらい人材", "read", "1-1"),
    ]
    assert "基本情報" in records[0].actor_name and "キャリア応援ナビ" in records[1].actor_name
    history = browser.get("/sharing/").content.decode()
    assert "株式会社みらい人材" in history and "様式1-1を" in history


def test_refused_calls_are_not_audited(flow, person):
    token = flow.tokens("sheet:1-1")["access_token"]
    assert flow.call("/api/v1/partner/me/", token).status_code == 403
    assert not AccessRecord.objects.filter(owner=person).exists()


def test_no_token_and_a_bad_token_are_401_in_the_documented_shape(flow):
    for headers in ({}, {"HTTP_AUTHORIZATION": "Bearer not-a-token"}):
        answer = flow.api.get("/api/v1/partner/me/", **headers)
        assert answer.status_code == 401
        assert answer.json()["error"]["code"] == "invalid_token"
        assert answer["WWW-Authenticate"].startswith("Bearer")


def test_token_in_the_query_string_is_not_accepted(flow):
    token = flow.tokens()["access_token"]
    assert flow.api.get(f"/api/v1/partner/me/?access_token={token}").status_code == 401


def test_unknown_sheet_is_404_in_the_documented_shape(flow):
    token = flow.tokens()["access_token"]
    answer = flow.call("/api/v1/partner/card/sheets/9-9/", token)
    assert answer.status_code in (403, 404)
    assert answer.json()["error"]["code"] in ("not_found", "insufficient_scope")


@override_settings(PARTNER_API_RATE="3/min")
def test_rate_limit_per_client_answers_429_in_the_documented_shape(flow):
    token = flow.tokens()["access_token"]
    for _ in range(3):
        assert flow.call("/api/v1/partner/me/", token).status_code == 200
    answer = flow.call("/api/v1/partner/me/", token)
    assert answer.status_code == 429
    error = answer.json()["error"]
    assert error["code"] == "rate_limited" and error["status"] == 429 and error["retry_after"] >= 1
    assert int(answer["Retry-After"]) >= 1


def test_a_clients_own_rate_wins(flow, partner):
    partner.rate_limit = "1/min"
    partner.save()
    token = flow.tokens()["access_token"]
    assert flow.call("/api/v1/partner/me/", token).status_code == 200
    assert flow.call("/api/v1/partner/me/", token).status_code == 429


def test_openapi_document_is_valid_and_lists_the_endpoints(client):
    from drf_spectacular.validation import validate_schema

    answer = client.get("/api/v1/openapi.json")
    assert answer.status_code == 200
    document = answer.json()
    validate_schema(document)  # against the OpenAPI 3 JSON Schema drf-spectacular ships
    assert set(document["paths"]) == {
        "/api/v1/partner/me/",
        "/api/v1/partner/me/contact/",
        "/api/v1/partner/card/",
        "/api/v1/partner/card/sheets/{code}/",
        "/api/v1/partner/resume/",
        "/api/v1/partner/diagnosis/",
        "/api/v1/partner/card/sheets/3-2/proposals/",
        "/api/v1/partner/card/sheets/3-2/proposals/{proposal_id}/",
        "/api/v1/partner/card/sheets/3-3/proposals/",
        "/api/v1/partner/card/sheets/3-3/proposals/{proposal_id}/",
        "/api/v1/partner/profile/proposals/",
        "/api/v1/partner/profile/proposals/{proposal_id}/",
    }
    me = document["paths"]["/api/v1/partner/me/"]["get"]
    assert me["security"] == [{"oauth2": ["profile"]}]
    assert set(me["responses"]) >= {"200", "401", "403", "429"}
    flows = document["components"]["securitySchemes"]["oauth2"]["flows"]
    assert list(flows) == ["authorizationCode"]


def test_reference_page_uses_only_same_origin_scripts(client):
    answer = client.get("/api/v1/reference/")
    assert answer.status_code == 200
    html = answer.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "<script>" not in html and "cdn" not in html.lower()
    assert "script-src 'self'" in answer["Content-Security-Policy"]
    assert (
        client.get("/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js").status_code == 200
    )
