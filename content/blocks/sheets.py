"""The block that embeds a Job Card sheet in a guidance page.

For now it introduces the sheet and links to where it will be filled in; the sheets issue
replaces the template with the live editor, keeping the block's stored value unchanged.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..taxonomy import Sheet


class SheetFormBlock(blocks.StructBlock):
    sheet = blocks.ChoiceBlock(label=_("様式"), choices=Sheet.choices)
    intro = blocks.TextBlock(label=_("導入文"), required=False)

    class Meta:
        icon = "form"
        label = _("ジョブ・カード様式")
        template = "blocks/sheet_form.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["sheet_label"] = Sheet(value["sheet"]).label
        return context
