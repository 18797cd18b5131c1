"""使い方・ヘルプ pages and the demo FAQ: public, complete, and every link they give leads somewhere.

The assistant indexes live public pages and FAQ entries, and its answers send people to the links
these texts name, so a broken link here is a wrong answer there.
"""

import re

import pytest

from content.models import FaqEntry
from guidance_pages.models import HowToPage, SectionPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

HREF = re.compile(r'href="([^"]+)"')
FEATURES = {
    "help-save": "/card/",
    "help-download": "/card/download/",
    "help-upload": "/card/upload/",
    "help-account": "/accounts/profile/delete/",
    "help-sentences": "/sentences/",
    "help-diagnosis": "/diagnosis/",
    "help-lifeline": "/lifeline/",
    "help-sharing": "/sharing/new/",
    "help-login": "/accounts/2fa/",
    "help-matching": "/matching/",
}


def test_help_section_lists_a_live_public_page_per_feature(client):
    section = SectionPage.objects.get(locale__language_code="ja", slug="help")
    assert section.title == "使い方・ヘルプ"
    html = client.get(section.url).content.decode()
    pages = HowToPage.objects.live().public().filter(locale__language_code="ja", mode="help")
    assert {page.slug for page in pages} == set(FEATURES)
    for page in pages:
        assert page.get_parent().specific == section
        assert page.title in html
        response = client.get(page.url)
        assert response.status_code == 200
        body = response.content.decode()
        assert f'href="{FEATURES[page.slug]}"' in body, page.slug  # the page links to its feature
        assert "サイトの使い方" in body  # the mode's label, not 「すぐに作成する」


def test_english_help_pages_exist():
    assert HowToPage.objects.live().filter(locale__language_code="en", mode="help").count() == len(FEATURES)


def _links():
    texts = [entry.answer for entry in FaqEntry.objects.all()]
    for page in HowToPage.objects.filter(mode="help"):
        texts.append(str(page.body))
    return sorted({href for text in texts for href in HREF.findall(text) if href.startswith("/")})


def test_every_link_in_the_faq_and_help_pages_leads_somewhere(client):
    links = _links()
    assert len(links) >= 40
    broken = []
    for href in links:
        status = client.get(href).status_code
        if status not in (200, 302):  # 302: the page asks anonymous visitors to log in
            broken.append((href, status))
    assert not broken


def test_faq_answers_name_where_to_go_and_do_not_open_with_an_unasked_yes():
    entries = FaqEntry.objects.filter(locale__language_code="ja")
    assert entries.count() >= 95
    for entry in entries:
        assert HREF.search(entry.answer), entry.question
        opens_with_yes_no = re.match(r"<p>(はい|いいえ)", entry.answer)
        if opens_with_yes_no:  # only a question asking for yes or no may be answered so
            assert entry.question.endswith(("か。", "か？")), entry.question
