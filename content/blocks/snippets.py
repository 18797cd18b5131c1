"""Blocks that show snippets: an FAQ list and 記入例 (example sentences) filtered by attributes."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from ..taxonomy import AgeBand, Experience, FaqAudience, JobField, SheetBox, UserType


def _any(choices):
    return [("", _("指定しない"))] + list(choices)


class FaqListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("タイトル"), max_length=120, default=_("よくある質問"))
    audience = blocks.ChoiceBlock(
        label=_("対象"),
        choices=FaqAudience.choices,
        required=False,
        help_text=_("対象を選ぶと、その対象の質問がすべて表示されます。"),
    )
    entries = blocks.ListBlock(
        SnippetChooserBlock("content.FaqEntry"),
        label=_("個別に選ぶ質問"),
        required=False,
        default=[],
    )

    class Meta:
        icon = "help"
        label = _("よくある質問")
        template = "blocks/faq_list.html"

    def get_context(self, value, parent_context=None):
        from ..models import FaqEntry

        context = super().get_context(value, parent_context)
        entries = [entry for entry in value.get("entries") or [] if entry]
        if not entries and value.get("audience"):
            entries = list(
                FaqEntry.objects.filter(
                    audience=value["audience"], locale__language_code=translation.get_language()
                ).order_by("sort_order", "id")
            )
        context["entries"] = entries
        return context


class ExampleSentenceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("タイトル"), max_length=120, default=_("記入例"))
    box = blocks.ChoiceBlock(label=_("記入欄"), choices=SheetBox.choices)
    user_type = blocks.ChoiceBlock(label=_("利用者種別"), choices=_any(UserType.choices), required=False)
    job_field = blocks.ChoiceBlock(label=_("職種分野"), choices=_any(JobField.choices), required=False)
    age_band = blocks.ChoiceBlock(label=_("年齢層"), choices=_any(AgeBand.choices), required=False)
    experience = blocks.ChoiceBlock(label=_("経験"), choices=_any(Experience.choices), required=False)
    limit = blocks.IntegerBlock(label=_("表示する数"), default=3, min_value=1, max_value=10)

    class Meta:
        icon = "openquote"
        label = _("記入例")
        template = "blocks/example_sentences.html"

    def get_context(self, value, parent_context=None):
        from ..models import ExamplePattern

        context = super().get_context(value, parent_context)
        box = value["box"]
        filters = {
            name: value[name]
            for name in ("user_type", "job_field", "age_band", "experience")
            if value.get(name)
        }
        patterns = (
            # 記入例 are written in Japanese; pages in every language show them.
            ExamplePattern.objects.filter(locale__language_code=settings.LANGUAGE_CODE, **filters)
            .exclude(**{box: ""})
            .only("title", box)[: value.get("limit") or 3]
        )
        context["box_label"] = SheetBox(box).label
        context["examples"] = [(p.title, getattr(p, box)) for p in patterns]
        return context
