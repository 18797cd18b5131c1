"""Blocks used only by the home page and the persona menus."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from content.taxonomy import UseCase


class AdvantageBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("見出し"), max_length=80)
    text = blocks.TextBlock(label=_("説明"))

    class Meta:
        icon = "tick-inverse"
        label = _("このサイトでできること")
        template = "blocks/advantage.html"


class MenuSectionBlock(blocks.StructBlock):
    use_case = blocks.ChoiceBlock(
        label=_("表示する利用ケース"),
        choices=[("all", _("すべての利用ケース"))] + list(UseCase.choices),
        default="all",
    )
    heading = blocks.CharBlock(label=_("見出し"), max_length=120)
    text = blocks.TextBlock(label=_("説明"), required=False)
    items = blocks.ListBlock(blocks.PageChooserBlock(), label=_("案内するページ"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("メニューの区分")
        template = "blocks/menu_section.html"
