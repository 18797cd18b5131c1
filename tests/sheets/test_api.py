"""/api/v1/schemas/: the list and each JSON Schema, public; unknown ones are a JSON 404."""

import pytest
from jsonschema import Draft202012Validator

from sheets.definitions import all_definitions
from sheets.examples import GOOD

pytestmark = [pytest.mark.urls("tests.sheets.urls"), pytest.mark.django_db]


def test_list(client):
    response = client.get("/api/v1/schemas/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "public" in response["Cache-Control"]
    body = response.json()
    assert len(body) == len(all_definitions())
    first = body[0]
    assert first == {
        "code": "1-1",
        "title": "様式1-1 キャリア・プランシート（就業経験がある方用）",
        "version": "2018.1",
        "latest": True,
        "url": "http://testserver/api/v1/schemas/1-1/2018.1.json",
    }
    assert {item["code"] for item in body} >= {"1-1", "1-2", "2", "3-1", "3-2", "3-3-1-1", "3-3-4"}


def test_each_listed_schema_is_served(client):
    for item in client.get("/api/v1/schemas/").json():
        response = client.get(item["url"])
        assert response.status_code == 200, item
        assert response["Content-Type"].startswith("application/schema+json")
        schema = response.json()
        Draft202012Validator.check_schema(schema)
        assert schema["$id"] == item["url"]
        assert schema["title"] == item["title"]


def test_schema_validates_an_example(client):
    schema = client.get("/api/v1/schemas/2/2018.1.json").json()
    assert Draft202012Validator(schema).is_valid(GOOD["2"])
    assert not Draft202012Validator(schema).is_valid({"jobs": [{"period_from": "昨日"}]})


@pytest.mark.parametrize("url", ["/api/v1/schemas/9-9/2018.1.json", "/api/v1/schemas/1-1/1999.1.json"])
def test_unknown_is_json_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert "見つかりません" in response.json()["detail"]
    assert "public" not in response.get("Cache-Control", "")


def test_public_and_read_only(client, django_user_model):
    # No session needed, and a signed-in user gets the same answer; writes are not allowed.
    assert client.get("/api/v1/schemas/1-2/2018.1.json").status_code == 200
    assert client.post("/api/v1/schemas/", {}).status_code == 405
