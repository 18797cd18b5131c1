"""Related links: to pages on this site or to other official services."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("リンクの文言"), max_length=120)
    page = blocks.PageChooserBlock(label=_("サイト内のページ"), required=False)
    url = blocks.URLBlock(label=_("外部サイトのURL"), required=False)
    description = blocks.CharBlock(label=_("説明"), max_length=250, required=False)

    class Meta:
        icon = "link"
        label = _("リンク")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("サイト内のページか外部サイトのURLのどちらか一方を指定してください。")
            raise StructBlockValidationError(
                {"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


class RelatedLinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("タイトル"), max_length=120, default=_("関連リンク"))
    links = blocks.ListBlock(LinkBlock(), label=_("リンク"), min_num=1)

    class Meta:
        icon = "link"
        label = _("関連リンク")
        template = "blocks/related_links.html"
