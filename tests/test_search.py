"""Search that works for Japanese: two-character words, on SQLite and PostgreSQL alike."""

import pytest
from django.urls import reverse

from content.search_text import bigram_tokens, index_text, query_text
from content.views import search_pages
from guidance_pages.models import ColumnPage, SectionPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_japanese_runs_become_bigrams_and_latin_words_stay_whole():
    assert query_text("強み") == "強み"
    assert query_text("面接対策") == "面接 接対 対策"
    assert query_text("ＰＲ") == "pr"  # full-width is folded
    assert bigram_tokens("自己PRの強み", unigrams=False) == ["自己", "pr", "の強", "強み"]
    assert "強" in index_text("強み").split()


@pytest.mark.parametrize("word", ["強み", "面接"])
def test_two_character_query_finds_the_pages_containing_it(client, ja, word):
    results = list(search_pages(word, ja))
    assert results, f"no page found for {word}"
    for page in results[:5]:
        page = page.specific
        text = " ".join([page.title, getattr(page, "intro", ""), str(getattr(page, "body", "") or "")])
        text += getattr(page, "search_bigrams", lambda: "")()
        assert word in text or " ".join(bigram_tokens(word)) in text
    response = client.get(reverse("search"), {"q": word})
    assert response.status_code == 200
    assert results[0].title in response.content.decode()


def test_a_new_page_is_found_by_a_word_inside_a_sentence(ja):
    section = SectionPage.objects.get(locale=ja, slug="columns")
    page = section.add_child(
        instance=ColumnPage(
            title="働き方を考える", slug="hatarakikata", intro="在宅勤務と副業について整理しました。"
        )
    )
    page.save_revision().publish()
    assert page.pk in [p.pk for p in search_pages("副業", ja)]
    assert page.pk not in [p.pk for p in search_pages("転勤", ja)]


def test_search_is_limited_to_the_language_shown(client, ja, en):
    english = list(search_pages("interview", en))
    assert english, "the English demo pages mention interviews"
    assert {page.locale_id for page in english} == {en.pk}
    assert {page.locale_id for page in search_pages("面接", ja)} == {ja.pk}
    html = client.get("/en/search/", {"q": "interview"}).content.decode()
    assert '<html lang="en"' in html
    assert english[0].title in html


def test_empty_and_too_long_queries_get_a_japanese_message(client):
    response = client.get(reverse("search"), {"q": "  "})
    assert response.status_code == 400
    assert "検索したい言葉を入力してください。" in response.content.decode()
    response = client.get(reverse("search"), {"q": "あ" * 101})
    assert response.status_code == 400
    assert "100文字以内" in response.content.decode()
