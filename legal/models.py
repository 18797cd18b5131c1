"""Editable legal texts: プライバシーポリシー (/privacy/) and 利用規約 (/terms/).

A plain page type so editors change the wording through the usual moderation workflow and
translate it with wagtail-localize; the revision history records every change.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.blocks import GuidanceStreamBlock
from content.cache import cache_public_page


class LegalPage(Page):
    """A policy or terms page: a lead, the body, and the dates it was set and last revised."""

    intro = models.TextField(_("リード文"), blank=True)
    body = StreamField(GuidanceStreamBlock(), blank=True, verbose_name=_("本文"))
    established_on = models.DateField(_("制定日"), null=True, blank=True)
    revised_on = models.DateField(
        _("最終改定日"), null=True, blank=True, help_text=_("内容を改めたときに更新してください。")
    )

    override_translatable_fields = [
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("established_on"),
        SynchronizedField("revised_on"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("established_on"),
        FieldPanel("revised_on"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [
        APIField("intro"),
        APIField("body"),
        APIField("established_on"),
        APIField("revised_on"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    template = "legal/legal_page.html"

    class Meta:
        verbose_name = _("規約・ポリシー")
        verbose_name_plural = _("規約・ポリシー")

    @cache_public_page
    def serve(self, request, *args, **kwargs):
        return super().serve(request, *args, **kwargs)
