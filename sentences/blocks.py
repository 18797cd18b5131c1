"""StreamField blocks editors build a flow from: questions (with their choices) and sentences.

Keys are ``RegexBlock`` values, so wagtail-localize keeps them as they are (templates refer to
them); question texts, choice labels, phrases and templates are ``CharBlock`` values, offered for
translation. Choice blocks, flags and numbers are synchronised.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from . import grammar
from .composer import KEY_PATTERN


class KeyBlock(blocks.RegexBlock):
    def __init__(self, **kwargs):
        super().__init__(
            regex=KEY_PATTERN,
            max_length=30,
            error_messages={"invalid": _("半角の英小文字で始め、英小文字・数字・_ だけで書いてください。")},
            **kwargs,
        )


class ChoiceOptionBlock(blocks.StructBlock):
    key = KeyBlock(label=_("記号"), help_text=_("半角英小文字。例：customer"))
    label = blocks.CharBlock(label=_("選択肢の文言"), max_length=80)
    phrase = blocks.CharBlock(
        label=_("文に入る語句"),
        max_length=120,
        required=False,
        help_text=_(
            "述語句は辞書形で書きます（例：お客様への対応を行う）。ほかの質問の答えを {記号} で使えます"
            "（例：{field}に携わる）。空欄にすると「特にない」の扱いになり、この答えを使う文は省かれます。"
        ),
    )
    conjugation = blocks.ChoiceBlock(
        label=_("活用の種類"),
        choices=grammar.CONJUGATIONS,
        default=grammar.AUTO,
        help_text=_("ふつうは「自動で判定する」のままで構いません。プレビューで活用を確認できます。"),
    )

    class Meta:
        icon = "radio-full"
        label = _("選択肢")
        template = "sentences/blocks/choice.html"


class QuestionBlock(blocks.StructBlock):
    key = KeyBlock(label=_("記号"), help_text=_("文のひな形で {記号} として使います。例：tasks"))
    text = blocks.CharBlock(label=_("質問"), max_length=120)
    help_text = blocks.CharBlock(label=_("補足の説明"), max_length=200, required=False)
    kind = blocks.ChoiceBlock(label=_("語句の種類"), choices=grammar.KINDS, default=grammar.NOUN)
    multiple = blocks.BooleanBlock(label=_("複数選べる"), required=False)
    max_choices = blocks.IntegerBlock(
        label=_("選べる数の上限"),
        default=3,
        min_value=1,
        max_value=5,
        help_text=_("複数選べる場合だけ使います。"),
    )
    joiner = blocks.ChoiceBlock(
        label=_("名詞句を並べるときのつなぎ方"), choices=grammar.NOUN_JOINERS, default="や"
    )
    choices = blocks.ListBlock(ChoiceOptionBlock(), label=_("選択肢"), min_num=2, max_num=10)

    class Meta:
        icon = "help"
        label = _("質問")
        template = "sentences/blocks/question.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = dict(grammar.KINDS).get(value.get("kind"), "")
        return context


class SentenceBlock(blocks.StructBlock):
    variants = blocks.ListBlock(
        blocks.CharBlock(max_length=300, label=_("ひな形")),
        label=_("ひな形（上から順に、使える最初のもの）"),
        min_num=1,
        max_num=5,
        help_text=_(
            "例：{workplace}で、{position}として{tasks|ました}。 形は {記号|形} で指定します。"
            "答えが「特にない」などで使えない場合は次のひな形を試し、どれも使えなければこの文は省きます。"
        ),
    )

    class Meta:
        icon = "pilcrow"
        label = _("文")
        template = "sentences/blocks/sentence.html"
