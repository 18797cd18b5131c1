"""Autosave and the card's JSON API: ETag / If-Match, two clients, nothing silently overwritten."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from sheets.definitions import get_definition
from sheets.models import Card
from tests.sheet_post import post_data

pytestmark = pytest.mark.django_db


def signed_in(email="api.user@example.jp"):
    user = get_user_model().objects.create_user(email, "kT7#pq-Lm2!zR9xw")
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.get("/card/")  # sets the CSRF cookie
    return user, client


def csrf(client) -> dict:
    return {"HTTP_X_CSRFTOKEN": client.cookies["csrftoken"].value}


def put(client, data, etag=None, save=False):
    headers = csrf(client)
    if etag is not None:
        headers["HTTP_IF_MATCH"] = etag
    return client.put(
        "/api/v1/card/sheets/1-1/",
        json.dumps({"data": data, "save": save}),
        content_type="application/json",
        **headers,
    )


def test_get_gives_the_data_and_an_etag():
    _, client = signed_in()
    response = client.get("/api/v1/card/sheets/1-1/")
    assert response.status_code == 200
    assert response["ETag"] == '"0"'
    assert response.json()["data"] == {}


def test_put_needs_if_match_and_csrf():
    _, client = signed_in()
    assert put(client, {"strengths": "a"}).status_code == 428
    no_csrf = client.put(
        "/api/v1/card/sheets/1-1/",
        json.dumps({"data": {}}),
        content_type="application/json",
        HTTP_IF_MATCH='"0"',
    )
    assert no_csrf.status_code == 403


def test_two_clients_stale_write_is_refused_with_the_current_version():
    user, first = signed_in()
    second = Client(enforce_csrf_checks=True)
    second.force_login(user)
    second.get("/card/")
    created = put(first, {"strengths": "はじめの文"}, '"0"')
    assert created.status_code == 200
    etag = created["ETag"]
    # Both clients loaded the same version; the first saves again, then the second tries.
    assert put(first, {"strengths": "一台目の文"}, etag).status_code == 200
    stale = put(second, {"strengths": "二台目の文"}, etag)
    assert stale.status_code == 412
    assert stale.json()["current"]["strengths"] == "一台目の文"
    card = Card.objects.get(owner=user)
    assert card.entries.get().draft_data["strengths"] == "一台目の文"
    # The second client merges and writes against the version it was given.
    merged = put(second, {"strengths": "一台目の文\n二台目の文"}, stale["ETag"])
    assert merged.status_code == 200
    assert card.entries.get().draft_data["strengths"] == "一台目の文\n二台目の文"


def test_save_through_the_api_validates():
    _, client = signed_in()
    bad = put(client, {"entry_date": "2999-01-01"}, '"0"', save=True)
    assert bad.status_code == 400
    assert "entry_date" in bad.json()["errors"]
    good = put(client, {"strengths": "正確な事務処理"}, '"0"', save=True)
    assert good.status_code == 200 and good.json()["status"] == "saved"


def test_autosave_endpoint_answers_json_and_refuses_stale_versions(client):
    definition = get_definition("2")
    body = post_data(definition, {"jobs": [{"period_from": "2020-04", "period_to": "2019-01"}]})
    first = client.post("/card/sheets/2/autosave/", body, HTTP_IF_MATCH='"0"')
    assert first.status_code == 200
    payload = first.json()
    assert payload["lock_version"] == 1 and first["ETag"] == '"1"'
    ids = {e["id"] for e in payload["errors"]}
    assert "id_jobs-0-period_to" in ids  # the page can show the message next to the field
    stale = client.post("/card/sheets/2/autosave/", body, HTTP_IF_MATCH='"0"')
    assert stale.status_code == 412 and stale.json()["lock_version"] == 1
    assert client.post("/card/sheets/2/autosave/", body).status_code == 428
