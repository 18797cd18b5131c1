"""What the assistant's index covers (#16 item 1): every public page (legal pages too), the sheets
and their fields, 記入例, FAQ and glossary — and that questions about them find them."""

import pytest

from assistant import retrieval, sources
from legal.models import LegalPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture
def index(fresh_index):
    return retrieval.get_index("ja")


def test_every_kind_of_document_is_indexed(index):
    kinds = {document.kind for document in index.documents}
    assert {"faq", "glossary", "page", "help", "field", "example"} <= kinds


def test_legal_pages_are_indexed_clause_by_clause(index):
    for page in LegalPage.objects.live().filter(locale__language_code="ja"):
        keys = {d.key for d in index.documents if d.key.split(":")[:2] == ["page", str(page.pk)]}
        assert f"page:{page.pk}" in keys
        assert len(keys) > 3, "one document per heading"
    titles = [d.title for d in index.documents if d.url == "/privacy/"]
    assert any("第三者" in title for title in titles)


def test_a_question_about_a_clause_of_the_privacy_policy_finds_it(index):
    hits = index.search("入力した情報を第三者に渡すことはありますか", limit=3)
    assert "/privacy/" in [hit.document.url for hit in hits]


def test_sheet_fields_come_from_the_definitions_and_link_to_the_editor(index):
    fields = {d.key: d for d in index.documents if d.kind == "field"}
    assert "sheet:3-1" in fields
    strengths = fields["field:1-1:strengths"]
    assert strengths.title == "強み等（様式1-1など）", "shared by 1-1 and 1-2: indexed once"
    assert "様式1-2" in strengths.body
    assert strengths.url == "/card/sheets/1-1/#id_career_plan-strengths"
    assert "自分の強みと、弱みへの向き合い方" in strengths.text


def test_which_sheet_takes_licences(index):
    hits = index.search("免許や資格はどのシートに書けばいいですか", limit=3)
    # The sheet's own section, or the FAQ entry that answers it by naming 様式3-1.
    top = hits[0].document
    assert top.url.startswith("/card/sheets/3-1/") or (top.kind == "faq" and "様式3-1" in top.text)
    section = index.search("免許・資格の記入欄", limit=3)
    assert any(hit.document.url.startswith("/card/sheets/3-1/") for hit in section)


def test_ratings_of_sheet_3_3_are_explained(index):
    hits = index.search("様式3-3のABCの評価って何？", limit=3)
    texts = " ".join(hit.document.text + hit.document.body for hit in hits)
    assert "常にできている" in texts


def test_examples_are_indexed_per_box_and_per_pattern(index):
    examples = [d for d in index.documents if d.kind == "example"]
    assert any(d.key == "example-box:strengths" for d in examples)
    assert any(d.key.startswith("example:") and "学生" in d.title for d in examples)
    hits = index.search("介護の仕事の記入例はありますか", limit=5)  # a news page on new 記入例 comes first
    assert any(hit.document.kind == "example" and "介護" in hit.document.title for hit in hits)


def test_how_to_pages_are_help(index):
    help_pages = [d for d in index.documents if d.kind == "help"]
    assert any(d.url.startswith("/howto/") for d in help_pages)


def test_built_in_synonyms_expand_questions(index):
    words = index.analyse("アカウントを消したい").words
    assert "退会" in words and "アカウント" in words


def test_sheet_numbers_are_single_terms(index):
    assert "様式3-3" in index.analyse("3-3の書き方").words
    assert {"様式3-3", "様式3-3-1", "様式3-3-1-1"} <= set(index.analyse("様式3-3-1-1").words)


def test_character_bigrams_fold_kana_and_width(index):
    assert index.analyse("ｼﾞｮﾌﾞｶｰﾄﾞ").chars == index.analyse("じょぶかーど").chars


def test_english_index_has_no_japanese_only_documents(fresh_index):
    kinds = {document.kind for document in retrieval.get_index("en").documents}
    assert "field" not in kinds and "example" not in kinds
    assert sources.sheet_documents("en") == []
