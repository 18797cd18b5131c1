"""Conjugation and joining (sentences.grammar): every class, every form, the irregular verbs."""

import pytest

from sentences import grammar
from sentences.grammar import GrammarError, conjugate, detect_conjugation, join_phrases

FORMS = ("連用", "て", "た", "ます", "ました", "たい", "ています", "ていました", "こと")


@pytest.mark.parametrize(
    ("phrase", "expected_class", "expected"),
    [
        # 五段: every ending, with its own て/た sound change.
        (
            "対応を行う",
            grammar.GODAN,
            (
                "対応を行い",
                "対応を行って",
                "対応を行った",
                "対応を行います",
                "対応を行いました",
                "対応を行いたい",
                "対応を行っています",
                "対応を行っていました",
                "対応を行うこと",
            ),
        ),
        (
            "店で働く",
            grammar.GODAN,
            (
                "店で働き",
                "店で働いて",
                "店で働いた",
                "店で働きます",
                "店で働きました",
                "店で働きたい",
                "店で働いています",
                "店で働いていました",
                "店で働くこと",
            ),
        ),
        (
            "海で泳ぐ",
            grammar.GODAN,
            (
                "海で泳ぎ",
                "海で泳いで",
                "海で泳いだ",
                "海で泳ぎます",
                "海で泳ぎました",
                "海で泳ぎたい",
                "海で泳いでいます",
                "海で泳いでいました",
                "海で泳ぐこと",
            ),
        ),
        (
            "手順を見直す",
            grammar.GODAN,
            (
                "手順を見直し",
                "手順を見直して",
                "手順を見直した",
                "手順を見直します",
                "手順を見直しました",
                "手順を見直したい",
                "手順を見直しています",
                "手順を見直していました",
                "手順を見直すこと",
            ),
        ),
        (
            "指導を受け持つ",
            grammar.GODAN,
            (
                "指導を受け持ち",
                "指導を受け持って",
                "指導を受け持った",
                "指導を受け持ちます",
                "指導を受け持ちました",
                "指導を受け持ちたい",
                "指導を受け持っています",
                "指導を受け持っていました",
                "指導を受け持つこと",
            ),
        ),
        (
            "技術を学ぶ",
            grammar.GODAN,
            (
                "技術を学び",
                "技術を学んで",
                "技術を学んだ",
                "技術を学びます",
                "技術を学びました",
                "技術を学びたい",
                "技術を学んでいます",
                "技術を学んでいました",
                "技術を学ぶこと",
            ),
        ),
        (
            "経験を積む",
            grammar.GODAN,
            (
                "経験を積み",
                "経験を積んで",
                "経験を積んだ",
                "経験を積みます",
                "経験を積みました",
                "経験を積みたい",
                "経験を積んでいます",
                "経験を積んでいました",
                "経験を積むこと",
            ),
        ),
        (
            "人と関わる",
            grammar.GODAN,
            (
                "人と関わり",
                "人と関わって",
                "人と関わった",
                "人と関わります",
                "人と関わりました",
                "人と関わりたい",
                "人と関わっています",
                "人と関わっていました",
                "人と関わること",
            ),
        ),
        (
            "現場に行く",
            grammar.GODAN,
            (
                "現場に行き",
                "現場に行って",
                "現場に行った",
                "現場に行きます",
                "現場に行きました",
                "現場に行きたい",
                "現場に行っています",
                "現場に行っていました",
                "現場に行くこと",
            ),
        ),
        # 一段 (e and i before る; 見る and 得る with a kanji before る).
        (
            "訓練を受ける",
            grammar.ICHIDAN,
            (
                "訓練を受け",
                "訓練を受けて",
                "訓練を受けた",
                "訓練を受けます",
                "訓練を受けました",
                "訓練を受けたい",
                "訓練を受けています",
                "訓練を受けていました",
                "訓練を受けること",
            ),
        ),
        (
            "資格を生かせる",
            grammar.ICHIDAN,
            (
                "資格を生かせ",
                "資格を生かせて",
                "資格を生かせた",
                "資格を生かせます",
                "資格を生かせました",
                "資格を生かせたい",
                "資格を生かせています",
                "資格を生かせていました",
                "資格を生かせること",
            ),
        ),
        (
            "上達を感じる",
            grammar.ICHIDAN,
            (
                "上達を感じ",
                "上達を感じて",
                "上達を感じた",
                "上達を感じます",
                "上達を感じました",
                "上達を感じたい",
                "上達を感じています",
                "上達を感じていました",
                "上達を感じること",
            ),
        ),
        (
            "資料を見る",
            grammar.ICHIDAN,
            (
                "資料を見",
                "資料を見て",
                "資料を見た",
                "資料を見ます",
                "資料を見ました",
                "資料を見たい",
                "資料を見ています",
                "資料を見ていました",
                "資料を見ること",
            ),
        ),
        (
            "知識を得る",
            grammar.ICHIDAN,
            (
                "知識を得",
                "知識を得て",
                "知識を得た",
                "知識を得ます",
                "知識を得ました",
                "知識を得たい",
                "知識を得ています",
                "知識を得ていました",
                "知識を得ること",
            ),
        ),
        # する and 来る.
        (
            "在庫を管理する",
            grammar.SURU,
            (
                "在庫を管理し",
                "在庫を管理して",
                "在庫を管理した",
                "在庫を管理します",
                "在庫を管理しました",
                "在庫を管理したい",
                "在庫を管理しています",
                "在庫を管理していました",
                "在庫を管理すること",
            ),
        ),
        (
            "道具を持ってくる",
            grammar.KURU,
            (
                "道具を持ってき",
                "道具を持ってきて",
                "道具を持ってきた",
                "道具を持ってきます",
                "道具を持ってきました",
                "道具を持ってきたい",
                "道具を持ってきています",
                "道具を持ってきていました",
                "道具を持ってくること",
            ),
        ),
    ],
)
def test_verbs_take_every_form(phrase, expected_class, expected):
    assert detect_conjugation(phrase) == expected_class
    assert tuple(conjugate(phrase, grammar.PREDICATE, form) for form in FORMS) == expected
    for form in ("", "終止", "連体"):
        assert conjugate(phrase, grammar.PREDICATE, form) == phrase


@pytest.mark.parametrize("phrase", ["会社に帰る", "部屋に入る", "毎朝走る", "仕事を知る", "紙を切る"])
def test_kanji_before_ru_is_godan_unless_listed(phrase):
    assert detect_conjugation(phrase) == grammar.GODAN
    assert conjugate(phrase, grammar.PREDICATE, "ました").endswith("りました")


def test_a_kana_word_that_ends_like_an_ichidan_verb_is_not_mistaken():
    # 「受ける」 ends in 「ける」 like 蹴る; only whole kana words are treated as exceptions.
    assert conjugate("職業訓練を受ける", grammar.PREDICATE, "ました") == "職業訓練を受けました"
    assert conjugate("よくしゃべる", grammar.PREDICATE, "ました") == "よくしゃべりました"


def test_the_editor_can_set_the_class_by_hand():
    # 「かえる」 in kana could be 帰る (五段) or 変える (一段).
    assert conjugate("家にかえる", grammar.PREDICATE, "ました") == "家にかえました"
    assert conjugate("家にかえる", grammar.PREDICATE, "ました", grammar.GODAN) == "家にかえりました"


def test_adjectives():
    assert [
        conjugate("仕事が楽しい", grammar.PREDICATE, f)
        for f in ("連用", "て", "た", "ます", "ました", "こと")
    ] == [
        "仕事が楽しく",
        "仕事が楽しくて",
        "仕事が楽しかった",
        "仕事が楽しいです",
        "仕事が楽しかったです",
        "仕事が楽しいこと",
    ]
    # いい conjugates from よい.
    assert conjugate("雰囲気がいい", grammar.PREDICATE, "た") == "雰囲気がよかった"
    assert conjugate("雰囲気がいい", grammar.PREDICATE, "ます") == "雰囲気がいいです"
    with pytest.raises(GrammarError):
        conjugate("仕事が楽しい", grammar.PREDICATE, "たい")


def test_nouns_take_the_copula():
    assert [
        conjugate("リーダー", grammar.NOUN, f)
        for f in ("", "終止", "連体", "連用", "た", "ます", "ました", "こと")
    ] == [
        "リーダー",
        "リーダーだ",
        "リーダーの",
        "リーダーで",
        "リーダーだった",
        "リーダーです",
        "リーダーでした",
        "リーダー",
    ]
    for form in ("たい", "ています"):
        with pytest.raises(GrammarError):
            conjugate("リーダー", grammar.NOUN, form)


def test_unknown_forms_and_endings_are_refused():
    with pytest.raises(GrammarError):
        conjugate("働く", grammar.PREDICATE, "させる")
    with pytest.raises(GrammarError):
        detect_conjugation("接客")


def test_joining_predicates_uses_renyou_and_commas():
    items = [("対応を行う", "auto"), ("資料を作成する", "auto"), ("新人を指導する", "auto")]
    assert join_phrases(items, grammar.PREDICATE, "ました") == "対応を行い、資料を作成し、新人を指導しました"
    assert join_phrases(items[:2], grammar.PREDICATE, "こと") == "対応を行い、資料を作成すること"
    assert join_phrases(items[:1], grammar.PREDICATE, "たい") == "対応を行いたい"


def test_joining_nouns():
    assert join_phrases([("接客", "auto"), ("レジ業務", "auto")], grammar.NOUN, "") == "接客やレジ業務"
    assert (
        join_phrases([("接客", "auto"), ("レジ業務", "auto")], grammar.NOUN, "ます", "と")
        == "接客とレジ業務です"
    )
    assert (
        join_phrases([("接客", "auto"), ("レジ業務", "auto"), ("品出し", "auto")], grammar.NOUN, "")
        == "接客、レジ業務、品出し"
    )
    assert join_phrases([], grammar.NOUN, "") == ""
