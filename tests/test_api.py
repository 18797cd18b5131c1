"""The headless API: pages with their tags and filters, snippets, rich text as HTML."""

import pytest

from content.models import ExamplePattern, FaqEntry, GlossaryTerm
from content.taxonomy import SheetBox
from guidance_pages.models import UsageGuidePage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_pages_listing_shows_guides_with_their_tags(client):
    data = client.get("/api/v2/pages/", {"type": "guidance_pages.UsageGuidePage", "limit": 50}).json()
    assert data["meta"]["total_count"] == UsageGuidePage.objects.live().count()
    item = data["items"][0]
    assert set(item) >= {"id", "title", "meta", "user_types", "purposes"}
    assert item["meta"]["locale"] in {"ja", "en"}
    assert item["user_types"] and item["purposes"]


def test_pages_filter_by_persona_purpose_and_locale(client):
    data = client.get(
        "/api/v2/pages/", {"user_type": "student", "purpose": "job_search", "locale": "ja", "limit": 100}
    ).json()
    titles = {item["title"] for item in data["items"]}
    usage = UsageGuidePage.objects.get(locale__language_code="ja", user_type="student", purpose="job_search")
    assert usage.title in titles
    other = UsageGuidePage.objects.get(locale__language_code="ja", user_type="employed", purpose="training")
    assert other.title not in titles
    assert all(item["meta"]["locale"] == "ja" for item in data["items"])
    ids = [item["id"] for item in data["items"]]
    assert len(ids) == len(set(ids))


def test_unknown_persona_is_a_clear_400(client):
    response = client.get("/api/v2/pages/", {"user_type": "pirate"})
    assert response.status_code == 400
    assert (
        response.json()["message"] == "unknown user_type 'pirate': use one of job_seeker, employed, student"
    )


def test_page_detail_expands_rich_text_to_html(client):
    page = UsageGuidePage.objects.get(locale__language_code="ja", user_type="student", purpose="job_search")
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["user_types"] == ["student"]
    assert data["purposes"] == ["job_search"]
    paragraphs = [block for block in data["body"] if block["type"] == "paragraph"]
    assert paragraphs and paragraphs[0]["value"].startswith("<p")


def test_faq_endpoint_filters_by_audience_and_locale(client):
    data = client.get("/api/v2/faq/", {"audience": "student", "locale": "ja"}).json()
    expected = FaqEntry.objects.filter(audience="student", locale__language_code="ja").count()
    assert data["meta"]["total_count"] == expected > 0
    item = data["items"][0]
    assert item["audience"] == "student"
    assert item["answer"].startswith("<p")
    assert item["locale"] == "ja"


def test_glossary_and_examples_endpoints(client):
    glossary = client.get("/api/v2/glossary/", {"locale": "ja", "limit": 100}).json()
    assert glossary["meta"]["total_count"] == GlossaryTerm.objects.filter(locale__language_code="ja").count()
    assert {"term", "reading", "definition"} <= set(glossary["items"][0])

    examples = client.get("/api/v2/examples/", {"user_type": "student", "limit": 100}).json()
    assert examples["meta"]["total_count"] == ExamplePattern.objects.filter(user_type="student").count() > 0
    texts = examples["items"][0]["texts"]
    assert set(texts) == set(SheetBox.values)


def test_api_search_finds_japanese_words(client):
    data = client.get("/api/v2/pages/", {"search": "面接", "locale": "ja"}).json()
    assert data["meta"]["total_count"] > 0


def test_unknown_locale_is_a_404(client):
    assert client.get("/api/v2/faq/", {"locale": "xx"}).status_code == 404
