"""Guidance page types render for visitors, and the FAQ records "was this helpful?"."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from content.models import FaqEntry, FaqFeedback
from guidance_pages.models import (
    CaseStudyPage,
    ColumnPage,
    FaqPage,
    GlossaryPage,
    GuidancePage,
    HowToPage,
    NoticePage,
    OverviewPage,
    SectionPage,
    SupporterGuidePage,
    UsageGuidePage,
)

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

PAGE_TYPES = [
    OverviewPage,
    HowToPage,
    UsageGuidePage,
    SupporterGuidePage,
    CaseStudyPage,
    ColumnPage,
    NoticePage,
    FaqPage,
    GlossaryPage,
    SectionPage,
]


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_every_guidance_page_type_renders_its_content(client, model):
    page = model.objects.live().filter(locale__language_code="ja").first()
    assert page is not None, f"the demo has no {model.__name__}"
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert page.title in html
    if page.intro:
        assert page.intro in html


def test_demo_counts_match_the_policy_tables():
    ja = {"locale__language_code": "ja"}
    assert OverviewPage.objects.filter(**ja).count() == 2
    assert HowToPage.objects.filter(**ja).exclude(mode="help").count() == 2
    assert HowToPage.objects.filter(**ja, mode="help").count() == 10  # 使い方・ヘルプ (matching included)
    assert UsageGuidePage.objects.filter(**ja).count() == 9
    assert set(SupporterGuidePage.objects.filter(**ja).values_list("kind", flat=True)) == {
        "consultant",
        "company",
        "school",
    }
    assert CaseStudyPage.objects.filter(**ja).count() >= 3
    assert NoticePage.objects.filter(**ja).count() == 3
    assert FaqEntry.objects.filter(**ja).count() >= 95
    assert set(FaqEntry.objects.filter(**ja).values_list("audience", flat=True)) == {
        "system",
        "student",
        "employed",
        "job_seeker",
        "school",
        "company",
        "consultant",
        "site",
    }


def test_usage_guides_cover_every_persona_and_purpose_with_matching_tags():
    for page in UsageGuidePage.objects.filter(locale__language_code="ja"):
        assert list(page.user_types.values_list("code", flat=True)) == [page.user_type]
        assert list(page.purposes.values_list("code", flat=True)) == [page.purpose]
    pairs = set(UsageGuidePage.objects.filter(locale__language_code="ja").values_list("user_type", "purpose"))
    assert len(pairs) == 9


def test_english_guidance_tree_mirrors_the_japanese_one(en):
    for page in GuidancePage.objects.live().filter(locale__language_code="ja"):
        translation = page.get_translation_or_none(en)
        assert translation is not None and translation.live, f"{page.title} has no English page"
        assert translation.url.startswith("/en/")


def test_faq_page_groups_entries_by_audience_and_records_feedback(client):
    page = FaqPage.objects.get(locale__language_code="ja")
    html = client.get(page.url).content.decode()
    entry = FaqEntry.objects.filter(locale__language_code="ja").first()
    assert entry.question in html
    assert "在職者の方" in html and "企業の方" in html

    response = client.post(
        f"/faq/{entry.pk}/feedback/", {"helpful": "yes", "next": page.url}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 200
    assert "ありがとうございました" in response.json()["message"]
    assert FaqFeedback.objects.filter(entry=entry, helpful=True).count() == 1
    # The same browser answering again is not counted twice.
    client.post(f"/faq/{entry.pk}/feedback/", {"helpful": "no"})
    assert FaqFeedback.objects.filter(entry=entry).count() == 1


def test_faq_feedback_without_an_answer_is_refused_in_japanese(client):
    entry = FaqEntry.objects.first()
    response = client.post(f"/faq/{entry.pk}/feedback/", {}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert "選んでください" in response.json()["error"]
    assert not FaqFeedback.objects.exists()


def test_faq_feedback_redirect_never_leaves_the_site(client):
    entry = FaqEntry.objects.first()
    response = client.post(f"/faq/{entry.pk}/feedback/", {"helpful": "no", "next": "https://evil.example/"})
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_glossary_page_lists_terms_with_readings(client):
    page = GlossaryPage.objects.get(locale__language_code="ja")
    html = client.get(page.url).content.decode()
    from content.models import GlossaryTerm

    terms = GlossaryTerm.objects.filter(locale__language_code="ja")
    assert terms.count() >= 15
    for term in terms:
        assert term.term in html


def test_notices_are_listed_newest_first(client):
    section = NoticePage.objects.filter(locale__language_code="ja").first().get_parent()
    html = client.get(section.url).content.decode()
    notices = NoticePage.objects.filter(locale__language_code="ja").order_by("-date")
    positions = [html.index(n.title) for n in notices]
    assert positions == sorted(positions)


def test_a_guidance_page_needs_at_most_25_queries_uncached(client):
    page = HowToPage.objects.get(locale__language_code="ja", mode="quick")
    client.get("/")  # warm per-process caches (site root, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    assert response.get("X-Cache") == "MISS"
    assert len(queries) <= 25, "\n".join(q["sql"] for q in queries.captured_queries)


def test_unpublished_pages_are_not_served(client):
    page = ColumnPage.objects.filter(locale__language_code="ja").first()
    url = page.url
    page.unpublish()
    assert client.get(url).status_code == 404
    assert Page.objects.get(pk=page.pk).live is False


def test_translatable_and_synchronised_fields_are_marked():
    from wagtail_localize.fields import get_translatable_fields

    from content.models import ExamplePattern, GlossaryTerm

    def kinds(model):
        return {field.field_name: type(field).__name__ for field in get_translatable_fields(model)}

    usage = kinds(UsageGuidePage)
    assert usage["body"] == usage["intro"] == "TranslatableField"
    assert usage["user_types"] == usage["purposes"] == usage["user_type"] == "SynchronizedField"
    faq = kinds(FaqEntry)
    assert faq["question"] == faq["answer"] == "TranslatableField"
    assert faq["audience"] == "SynchronizedField"
    assert kinds(GlossaryTerm)["definition"] == "TranslatableField"
    assert kinds(ExamplePattern)["strengths"] == "TranslatableField"
    assert kinds(ExamplePattern)["job_field"] == "SynchronizedField"
