"""The assistant's own page (no JavaScript needed) and the widget on every page."""

import pytest
from django.test import Client

from assistant.models import AssistantQuestion

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_page_without_a_question_shows_the_form(client):
    response = client.get("/assistant/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>質問アシスタント</h1>" in html
    assert 'name="q"' in html


def test_page_answers_with_a_cited_link(client):
    response = client.get("/assistant/", {"q": "バイトの経験も書いていい？"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "出典" in html
    assert "アルバイトの経験は職務経歴シートに書いてよいですか。</a>" in html
    assert "/faq/#faq-entry-" in html
    assert response["Cache-Control"].startswith("max-age=0")
    assert AssistantQuestion.objects.get().channel == "page"


def test_page_refusal_offers_help(client):
    html = client.get("/assistant/", {"q": "明日の天気を教えて"}).content.decode()
    assert "お答えできませんでした" in html
    assert "よくある質問の一覧を見る" in html


@pytest.mark.parametrize(("q", "message"), [("", "質問を入力してください。"), ("あ" * 201, "200文字以内")])
def test_page_errors_are_clear_and_not_500(client, q, message):
    response = client.get("/assistant/", {"q": q})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html


def test_page_feedback_without_javascript(client):
    client.get("/assistant/", {"q": "バイトの経験も書いていい？"})
    record = AssistantQuestion.objects.get()
    response = Client(enforce_csrf_checks=True).post(
        "/assistant/feedback/", {"id": str(record.public_id), "helpful": "yes"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/assistant/?feedback=thanks"
    record.refresh_from_db()
    assert record.helpful is True
    assert "ご評価ありがとうございました" in client.get(response["Location"]).content.decode()


def test_page_feedback_ignores_nonsense(client):
    response = client.post("/assistant/feedback/", {"id": "x", "helpful": "maybe"})
    assert response.status_code == 302


def test_english_page(client):
    response = client.get("/en/assistant/", {"q": "Can Hello Work help me?"})
    assert response.status_code == 200
    assert "Can Hello Work help me create a Job Card?" in response.content.decode()


def test_widget_is_on_every_page_and_holds_nothing_personal(client):
    for url in ("/", "/faq/", "/glossary/", "/en/"):
        html = client.get(url).content.decode()
        assert "data-assistant" in html, url
        assert 'href="/static/js/assistant.js"' not in html  # a script, not a link
        assert "js/assistant.js" in html
        assert 'aria-controls="assistant-panel"' in html
        widget = html[html.index("data-assistant") :]
        assert "csrfmiddlewaretoken" not in widget


def test_widget_falls_back_to_a_link(client):
    html = client.get("/").content.decode()
    assert '<a class="assistant__link" href="/assistant/">' in html
    en = client.get("/en/").content.decode()
    assert 'href="/en/assistant/"' in en
    assert 'data-ask-url="/api/v1/assistant/ask/"' in en
    assert 'data-language="en"' in en
