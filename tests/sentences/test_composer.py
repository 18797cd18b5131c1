"""Composing, answer validation and the checks on what editors write (sentences.composer, .lint)."""

from django.http import QueryDict

from sentences import composer, lint
from sentences.composer import Choice, Question, Sentence

from .specs import sample_spec


def test_compose_joins_clauses_and_uses_the_nested_answer():
    spec = sample_spec()
    answers = {"place": ("shop",), "tasks": ("serve", "stock"), "goal": ("lead",)}
    assert composer.compose(spec, answers) == [
        "店舗でお客様への対応を行い、在庫を管理しました。",
        "今後は、店舗のまとめ役を目指したいと考えています。",
    ]


def test_a_none_answer_falls_back_to_the_next_variant():
    spec = sample_spec()
    answers = {"place": ("office",), "tasks": ("none",), "goal": ("learn",)}
    assert (
        composer.compose_text(spec, answers)
        == "事務所で働きました。今後は、新しい技術を学びたいと考えています。"
    )


def test_a_sentence_without_a_usable_variant_is_left_out():
    spec = sample_spec(sentences=(Sentence(("{tasks|ました}。",)), Sentence(("{goal|たい}です。",))))
    assert composer.compose(spec, {"place": ("shop",), "tasks": ("none",), "goal": ("learn",)}) == [
        "新しい技術を学びたいです。"
    ]


def test_clean_answers_from_a_form_keeps_choice_order():
    spec = sample_spec()
    raw = QueryDict("place=shop&tasks=teach&tasks=serve&goal=learn&ignored=1")
    answers, errors = composer.clean_answers(spec, raw)
    assert errors == {}
    assert answers == {"place": ("shop",), "tasks": ("serve", "teach"), "goal": ("learn",)}


def test_clean_answers_errors_are_japanese_and_per_question():
    spec = sample_spec()
    _answers, errors = composer.clean_answers(
        spec, {"place": "castle", "tasks": ["serve", "stock", "teach"], "goal": ["lead", "learn"]}
    )
    assert errors == {
        "place": "選択肢の中から選んでください。",
        "tasks": "選べるのは2個までです。",
        "goal": "一つだけ選んでください。",
    }
    _answers, errors = composer.clean_answers(spec, {"tasks": ["none", "serve"], "goal": 3})
    assert errors == {
        "place": "一つ選んでください。",
        "tasks": "「特にない」は、ほかの選択肢と一緒には選べません。",
        "goal": "選択肢の中から選んでください。",
    }
    _answers, errors = composer.clean_answers(spec, {"place": {"x": 1}, "tasks": [], "goal": None})
    assert errors["place"] == "選択肢の中から選んでください。"
    assert errors["tasks"] == "当てはまるものを選んでください。"


def test_combinations_cover_every_answer_and_never_combine_none():
    spec = sample_spec()
    all_answers = list(composer.combinations(spec))
    # place 2 × tasks (4 singles + 3 pairs of the phrased ones) × goal 2
    assert len(all_answers) == composer.combination_count(spec) == 2 * 7 * 2
    assert not any("none" in a["tasks"] and len(a["tasks"]) > 1 for a in all_answers)
    for answers in all_answers:
        assert lint.problems(composer.compose_text(spec, answers)) == []


def test_check_spec_reports_editor_mistakes_in_japanese():
    spec = sample_spec(
        questions=(
            Question("place", "場所", (Choice("a", "A", "店舗"),)),
            Question("place", "重複", (Choice("a", "A", "店舗"), Choice("a", "B", "工場"))),
            Question(
                "goal",
                "目標",
                (Choice("x", "X", "学ぶ{missing}"), Choice("y", "Y", "勉強")),
                kind="predicate",
            ),
        ),
        sentences=(Sentence(("{place|させる}", "{unknown}で{goal|たい}。", "{place|たい}。")),),
    )
    problems = composer.check_spec(spec)
    joined = "\n".join(problems)
    assert "質問「場所」には選択肢を二つ以上用意してください。" in problems
    assert "質問の記号「place」が重複しています。" in problems
    assert "質問「重複」で、選択肢の記号「a」が重複しています。" in problems
    assert "「。」で終わるように書いてください。" in joined
    assert "「させる」という形はありません。" in joined
    assert "{unknown} に当たる質問がありません。" in joined
    assert "{missing} に当たる質問がありません。" in joined
    assert "述語句は動詞か形容詞で終わるように書いてください。" in joined
    assert "「勉強」は「たい」の形にできません。" in joined
    assert "「店舗」は「たい」の形にできません。" in joined


def test_check_spec_requires_three_to_six_questions_and_used_answers():
    spec = sample_spec(sentences=(Sentence(("{place}で働きました。",)),))
    problems = composer.check_spec(spec)
    assert "質問「担当した仕事は？」の答えが、どの文にも使われていません。" in problems
    two = sample_spec(
        questions=sample_spec().questions[:2], sentences=(Sentence(("{place}で{tasks|ました}。",)),)
    )
    assert "質問は3〜6問にしてください。" in composer.check_spec(two)


def test_a_cycle_between_phrases_is_reported():
    spec = sample_spec(
        questions=(
            Question("a", "A", (Choice("x", "X", "{b}を学ぶ"), Choice("y", "Y", "働く")), kind="predicate"),
            Question("b", "B", (Choice("x", "X", "{a}こと"), Choice("y", "Y", "仕事"))),
            Question("c", "C", (Choice("x", "X", "店"), Choice("y", "Y", "会社"))),
        ),
        sentences=(Sentence(("{c}で{a|ました}。",)),),
    )
    assert any("自分自身を使っています" in p for p in composer.check_spec(spec))


def test_lint_finds_what_reads_badly():
    assert lint.problems("店舗で働きました。") == []
    assert lint.problems("") == ["文ができませんでした。"]
    assert "「。」で終わっていません。" in lint.problems("店舗で働きました")
    assert any("助詞が重なっています（「をを」）" in p for p in lint.problems("在庫をを管理しました。"))
    assert any("です・ますが重なっています" in p for p in lint.problems("リーダーですです。"))
    assert any("「です・ます」で終わっていない文" in p for p in lint.problems("店舗で働いた。"))
    assert "句読点が重なっています。" in lint.problems("店舗で、、働きました。")
    assert "置き換えられていない記号 { } が残っています。" in lint.problems("{place}で働きました。")
    assert "空白が入っています。" in lint.problems("店舗で 働きました。")
    # 「までを」「には」 are fine.
    assert lint.problems("準備から片付けまでを担当し、店舗には毎日出ました。") == []
