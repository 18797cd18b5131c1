"""Bad requests answer in plain Japanese, never a 500 (#14 item 6).

A JSON body nested thousands of levels deep used to end in RecursionError (500) on every JSON
endpoint; a form too large for Django's limits got its English "Bad Request (400)"; a rate limit
of allauth answered in English; the 500 page must draw without the database.
"""

import json

import pytest
from django.test import Client, RequestFactory

from portal import errors, jsonbody
from sheets.definitions import get_definition
from tests.sheet_post import post_data

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def nested(depth: int, inner: str = "1") -> str:
    return "[" * depth + inner + "]" * depth


def client() -> Client:
    return Client(raise_request_exception=False)


@pytest.fixture(autouse=True)
def _no_llm(settings):
    settings.ASSISTANT_LLM_PROVIDER = "none"


# The safe loader ---------------------------------------------------------------------------------


def test_loader_refuses_deep_nesting_without_recursing():
    with pytest.raises(jsonbody.JSONBodyError) as refused:
        jsonbody.loads(nested(5000))
    assert refused.value.status == 400 and refused.value.reason == "too_deep"
    assert "入れ子が深すぎる" in refused.value.message
    with pytest.raises(jsonbody.JSONBodyError):
        jsonbody.loads('{"a": ' * 100_000)  # never closed: still refused, no RecursionError


def test_loader_counts_brackets_only_outside_strings():
    text = json.dumps({"text": "[" * 500 + '\\"{{{' + "]" * 3, "rows": [[{"a": [1]}]]})
    assert jsonbody.loads(text, depth=5)["rows"] == [[{"a": [1]}]]
    with pytest.raises(jsonbody.JSONBodyError):
        jsonbody.loads(text, depth=4)


def test_loader_refuses_a_body_over_the_size_cap_as_413():
    with pytest.raises(jsonbody.JSONBodyError) as refused:
        jsonbody.loads(b'{"a": "' + b"x" * 2000 + b'"}', limit=1024)
    assert refused.value.status == 413 and "大きすぎます" in refused.value.message


def test_loader_refuses_too_many_arrays_and_objects():
    """600,000 empty lists in 1.8 MB take seconds to build: refused before parsing."""
    with pytest.raises(jsonbody.JSONBodyError) as refused:
        jsonbody.loads("[" + ",".join(["[]"] * 600_000) + "]")
    assert refused.value.status == 413 and refused.value.reason == "too_many"
    assert len(jsonbody.loads(json.dumps([{"row": [i]} for i in range(1000)]))) == 1000


def test_loader_refuses_text_that_is_not_json_or_not_utf8():
    for raw in (b"{", b"\xff\xfe{}", b"", b"NaN-ish"):
        with pytest.raises(jsonbody.JSONBodyError):
            jsonbody.loads(raw)
    assert jsonbody.loads(b"  ", empty={}) == {}


# Every JSON endpoint -----------------------------------------------------------------------------


def test_assistant_endpoints_refuse_deep_json_with_400():
    body = '{"question": ' + nested(2000) + "}"  # within the 4 KB cap, deep enough to recurse
    for url in ("/api/v1/assistant/ask/", "/api/v1/assistant/feedback/"):
        response = client().post(url, body, content_type="application/json")
        assert response.status_code == 400, url
        assert "入れ子が深すぎる" in response.json()["error"]


def test_sentence_compose_refuses_deep_json_with_400():
    body = '{"answers": ' + nested(4000) + "}"
    response = client().post(
        "/sentences/api/flows/job-duties/compose/", body, content_type="application/json"
    )
    assert response.status_code == 400
    assert "入れ子が深すぎる" in response.json()["error"]


def test_card_api_refuses_deep_json_with_400_and_stores_nothing():
    c = client()
    response = c.put(
        "/api/v1/card/sheets/1-1/",
        '{"data": {"strengths": ' + nested(5000, '"x"') + "}}",
        content_type="application/json",
        HTTP_IF_MATCH='"0"',
    )
    assert response.status_code == 400
    assert "入れ子が深すぎる" in response.json()["detail"]
    assert c.get("/api/v1/card/sheets/1-1/").json()["data"] == {}


def test_card_api_refuses_a_body_over_the_cap_with_413(settings):
    settings.JSON_BODY_MAX_BYTES = 4096
    response = client().put(
        "/api/v1/card/sheets/1-1/",
        json.dumps({"data": {"strengths": "あ" * 5000}}),
        content_type="application/json",
        HTTP_IF_MATCH='"0"',
    )
    assert response.status_code == 413
    assert "大きすぎます" in response.json()["detail"]


def test_conflict_resolution_refuses_deep_json_with_a_japanese_page():
    c = client()
    definition = get_definition("1-1")
    payload = post_data(definition, {"strengths": "最初の文"})
    payload.update({"lock_version": "0", "action": "draft"})
    assert c.post("/card/sheets/1-1/", payload).status_code == 302
    response = c.post(
        "/card/sheets/1-1/resolve/",
        {"lock_version": "1", "mine": '{"strengths": ' + nested(5000, '"x"') + "}"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert 'lang="ja"' in page and "送信された内容が正しくありません" in page


# Forms too large, error pages ------------------------------------------------------------------


def test_a_form_over_the_size_limit_gets_a_japanese_page(settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024
    response = client().post("/card/sheets/1-1/", {"strengths": "長い文章" * 30_000, "lock_version": "0"})
    assert response.status_code == 413
    page = response.content.decode()
    assert 'lang="ja"' in page
    assert "送信した内容が大きすぎます" in page and "「戻る」ボタン" in page
    assert "Bad Request" not in page


def test_a_form_with_too_many_fields_gets_the_same_page():
    fields = {f"f{i}": "a" for i in range(20_000)}
    response = client().post("/card/sheets/1-1/", fields)
    assert response.status_code == 413
    assert "送信した内容が大きすぎます" in response.content.decode()


def test_a_too_large_form_under_en_is_english_and_scripts_get_json(settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    page = client().post("/en/card/sheets/1-1/", {"strengths": "x" * 4096})
    assert page.status_code == 413 and 'lang="en"' in page.content.decode()
    script = client().post(  # the editor's autosave script
        "/card/sheets/1-1/autosave/", {"strengths": "x" * 4096}, HTTP_ACCEPT="application/json"
    )
    assert script.status_code == 413
    assert script.json()["reason"] == "too_large" and "一度に送れる量" in script.json()["error"]


def test_404_is_japanese_for_people_and_json_for_scripts():
    page = client().get("/no-such-page-here/")
    assert page.status_code == 404
    html = page.content.decode()
    assert 'lang="ja"' in html and "ページが見つかりません" in html
    assert 'lang="en"' in client().get("/en/no-such-page-here/").content.decode()
    api = client().get("/api/v1/no-such-thing/")
    assert api.status_code == 404 and api.json()["reason"] == "not_found"


@pytest.mark.urls("tests.security.urls")
def test_500_page_is_japanese_and_scripts_get_json():
    page = client().get("/boom/")
    assert page.status_code == 500
    assert "ただいま表示できません" in page.content.decode()
    api = client().get("/api/v1/boom/")
    assert api.status_code == 500 and api.json()["reason"] == "server_error"


def test_500_handler_draws_without_the_database(django_db_blocker):
    request = RequestFactory().get("/card/")
    with django_db_blocker.block():  # any query would raise here
        response = errors.server_error(request)
    assert response.status_code == 500
    assert "ただいま表示できません" in response.content.decode()


def test_allauth_rate_limit_answers_in_japanese(settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login": "1/m/ip"}
    c = client()
    data = {"login": "someone@example.jp", "password": "wrong-password-1"}
    c.post("/accounts/login/", data)
    response = c.post("/accounts/login/", data)
    assert response.status_code == 429
    page = response.content.decode()
    assert 'lang="ja"' in page and "しばらくたってから" in page
    assert "Too Many Requests" not in page
