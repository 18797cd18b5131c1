"""Text blocks: rich text, heading, callout, step list."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "hr"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("本文")
        template = "blocks/paragraph.html"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("見出し"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("レベル"),
        choices=[("h2", _("大見出し (h2)")), ("h3", _("中見出し (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("見出し")
        template = "blocks/heading.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("種類"),
        choices=[("info", _("お知らせ")), ("tip", _("ポイント")), ("warning", _("注意"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("タイトル"), max_length=120)
    text = ParagraphBlock(label=_("内容"))

    class Meta:
        icon = "help"
        label = _("囲み")
        template = "blocks/callout.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("ステップ名"), max_length=120)
    text = ParagraphBlock(label=_("説明"))

    class Meta:
        icon = "order"
        label = _("ステップ")


class StepListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("タイトル"), max_length=120, required=False)
    steps = blocks.ListBlock(StepBlock(), label=_("ステップ"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("手順")
        template = "blocks/steps.html"
