"""Small flows built by hand for the composer tests (no database)."""

from sentences.composer import Choice, FlowSpec, Question, Sentence


def sample_spec(**overrides) -> FlowSpec:
    questions = (
        Question(
            "place",
            "どこで働いていましたか？",
            (Choice("shop", "お店", "店舗"), Choice("office", "事務所", "事務所")),
        ),
        Question(
            "tasks",
            "担当した仕事は？",
            (
                Choice("serve", "接客", "お客様への対応を行う"),
                Choice("stock", "在庫管理", "在庫を管理する"),
                Choice("teach", "新人指導", "新人の指導を受け持つ"),
                Choice("none", "特にない", ""),
            ),
            kind="predicate",
            multiple=True,
            max_choices=2,
        ),
        Question(
            "goal",
            "これからは？",
            (
                Choice("lead", "まとめ役", "{place}のまとめ役を目指す"),
                Choice("learn", "学ぶ", "新しい技術を学ぶ"),
            ),
            kind="predicate",
        ),
    )
    sentences = (
        Sentence(("{place}で{tasks|ました}。", "{place}で働きました。")),
        Sentence(("今後は、{goal|たい}と考えています。",)),
    )
    values = {"slug": "sample", "title": "見本", "questions": questions, "sentences": sentences}
    values.update(overrides)
    return FlowSpec(**values)
