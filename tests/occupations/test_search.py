"""Japanese occupation search: names, aliases, readings, width and kana folding, ranking."""

import pytest

from occupations.search import Match, fold, query_terms, search

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def titles(query, n=5):
    return [hit.occupation.title for hit in search(query)[:n]]


def test_folding():
    assert fold("ﾊﾟﾃｨｼｴ") == fold("パティシエ") == fold("ぱてぃしえ") == "ぱてぃしえ"
    assert fold("ＳＥ（システム・エンジニア）") == "seしすてむえんじにあ"
    assert [t.text for t in query_terms("  看護　師 ")] == ["看護", "師"]  # 全角スペース too
    assert query_terms("かんごし")[0].by_reading and not query_terms("カンゴシ")[0].by_reading


def test_exact_title_comes_first():
    hits = search("看護師")
    assert hits[0].occupation.title == "看護師"
    assert hits[0].match == Match.TITLE_EXACT
    assert "検疫官（看護師）" in titles("看護師", 10)


def test_half_width_katakana_and_hiragana_find_the_same():
    assert titles("ﾊﾟﾃｨｼｴ") == titles("ぱてぃしえ") == titles("パティシエ") == ["洋菓子製造、パティシエ"]


def test_an_alias_finds_its_occupation_and_is_named():
    hits = search("がんもどき")
    assert [h.occupation.title for h in hits] == ["豆腐製造、豆腐職人"]
    assert hits[0].match == Match.ALIAS
    assert hits[0].matched_alias == "がんもどき製造工"


def test_hiragana_finds_kanji_names_by_reading():
    assert titles("かんごし")[0] == "看護師"
    assert "中小企業診断士" in titles("ちゅうしょうきぎょう")


def test_readings_are_not_searched_for_katakana_words():
    # 一般事務 is read いっぱんじむ; 「パン」 means bread.
    assert "一般事務" not in titles("パン", 20)
    assert titles("パン")[0] == "パン製造、パン職人"


def test_several_words_must_all_match():
    found = titles("システム エンジニア", 10)
    assert found and all("システムエンジニア" in title for title in found[:4])
    # No occupation has both words: only the looser "similar names" pass answers.
    assert all(hit.match == Match.SIMILAR for hit in search("システム 豆腐"))


def test_similar_names_when_nothing_matches_exactly():
    hits = search("介護士")
    assert hits and all(hit.match == Match.SIMILAR for hit in hits)
    assert "施設介護員" in [hit.occupation.title for hit in hits]


def test_nothing_for_nonsense_or_empty():
    assert search("zzzzqqq") == []
    assert search("   ") == []
