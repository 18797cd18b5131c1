"""/api/v1/occupations/: public, read-only, Japanese search, tasks and qualifications, credit."""

import pytest

from occupations.models import DataVersion, Occupation

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_search(client):
    response = client.get("/api/v1/occupations/", {"q": "看護師"})
    assert response.status_code == 200
    data = response.json()
    assert data["results"][0]["title"] == "看護師"
    assert data["count"] == len(data["results"]) >= 3
    first = data["results"][0]
    assert first["url"] == f"http://testserver/occupations/{first['id']}/"
    assert first["detail"] == f"http://testserver/api/v1/occupations/{first['id']}/"
    assert data["credit"] == DataVersion.current().credit
    assert data["data_version"] == {"source": "jobtag", "version": "7.00", "published_on": "2026-03-17"}
    assert "public" in response["Cache-Control"]
    assert "sessionid" not in response.cookies


def test_alias_match_is_reported(client):
    data = client.get("/api/v1/occupations/", {"q": "がんもどき"}).json()
    assert data["results"][0]["matched_alias"] == "がんもどき製造工"


def test_listing_pages_with_limit_and_offset(client):
    data = client.get("/api/v1/occupations/", {"limit": 5, "offset": 10}).json()
    assert data["count"] == 556
    assert [r["id"] for r in data["results"]] == list(
        Occupation.objects.order_by("id").values_list("id", flat=True)[10:15]
    )
    assert client.get("/api/v1/occupations/", {"group": "05"}).json()["count"] == 20


def test_detail_has_tasks_qualifications_and_profiles(client):
    occupation = Occupation.objects.get(title="看護師")
    data = client.get(f"/api/v1/occupations/{occupation.pk}/").json()
    assert data["title"] == "看護師"
    assert [t["text"] for t in data["tasks"]] == list(occupation.tasks.values_list("text", flat=True))
    assert data["qualifications"] == occupation.qualifications
    assert [i["key"] for i in data["interests"]] == [
        "realistic",
        "investigative",
        "artistic",
        "social",
        "enterprising",
        "conventional",
    ]
    assert data["interests"][3]["label"] == "社会的"
    assert data["riasec_code"] == occupation.riasec_code
    assert data["group"] == {"code": "04", "name": "医療・看護・保健の職業"}
    assert len(data["top_skills"]) == 10
    assert data["credit"] == DataVersion.current().credit


def test_errors_are_json_in_japanese(client):
    response = client.get("/api/v1/occupations/99999/")
    assert response.status_code == 404
    assert response.json()["detail"] == "その番号の職業はありません。"
    response = client.get("/api/v1/occupations/", {"q": "あ" * 51})
    assert response.status_code == 400 and "50文字以内" in response.json()["error"]
    assert client.get("/api/v1/occupations/", {"group": "xx"}).status_code == 400


def test_read_only(client):
    assert client.post("/api/v1/occupations/", {"q": "x"}).status_code == 405
    assert client.delete("/api/v1/occupations/1/").status_code == 405
