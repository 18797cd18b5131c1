"""The block that embeds a Job Card sheet — or one box of it — in a guidance page.

The page is cached and shared, so the block's own HTML carries no personal data: it shows the
sheet's name and a link to the editor, and sheet-editor.js loads the person's live form from
``/card/sheets/<code>/fragment/`` in its place. Saving writes into the person's card (anonymous
visitors included) and returns to the page.
"""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..taxonomy import Sheet, SheetBox


class SheetFormBlock(blocks.StructBlock):
    sheet = blocks.ChoiceBlock(label=_("様式"), choices=Sheet.choices)
    box = blocks.ChoiceBlock(
        label=_("記入欄"),
        choices=SheetBox.choices,
        required=False,
        help_text=_("選ぶと、その記入欄だけを表示します。空欄なら様式全体を表示します。"),
    )
    intro = blocks.TextBlock(label=_("導入文"), required=False)

    class Meta:
        icon = "form"
        label = _("ジョブ・カード様式")
        template = "blocks/sheet_form.html"

    def get_context(self, value, parent_context=None):
        from sheets.definitions import get_definition

        context = super().get_context(value, parent_context)
        code = value["sheet"]
        definition = get_definition(code)
        keys = []
        box_label = ""
        if value.get("box"):
            box = SheetBox(value["box"])
            box_label = box.label
            keys = sorted(
                {leaf.path[0] for leaf in definition.leaves() if leaf.field.box == box},
                key=[f.key for f in definition.fields].index,
            )
        page = (parent_context or {}).get("page")
        query = {"fields": ",".join(keys)} if keys else {}
        if page is not None and getattr(page, "url", None):
            query["next"] = page.url
        context.update(
            {
                "sheet_label": Sheet(code).label,
                "box_label": box_label,
                "editor_url": reverse("jobcard_edit", args=[code]),
                "fragment_url": reverse("jobcard_fragment", args=[code])
                + ("?" + urlencode(query) if query else ""),
                "box_missing": bool(value.get("box")) and not keys,
            }
        )
        return context
