"""Guidance page types (tables 2-11 and 2-12 of the policy document).

Every guidance page has an intro, a StreamField body and persona/purpose tags that menus, search
and the API filter on. The subclasses add what sets them apart (audience, mode, kind, date…).
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.api_fields import CodeListField
from content.blocks import GuidanceStreamBlock
from content.cache import cache_public_page
from content.models import FaqEntry, GlossaryTerm
from content.search_text import index_text
from content.taxonomy import (
    CreationMode,
    FaqAudience,
    OverviewAudience,
    Purpose,
    SupporterKind,
    UserType,
)


class GuidancePage(Page):
    """What all guidance pages share.

    A concrete table (never created on its own) so that one join filters every guidance page by
    its tags, whatever its type: ``Page.objects.filter(guidancepage__user_types__code=...)``.
    """

    intro = models.TextField(_("リード文"), blank=True, help_text=_("一覧や検索結果にも表示されます。"))
    body = StreamField(GuidanceStreamBlock(), blank=True, verbose_name=_("本文"))
    user_types = ParentalManyToManyField(
        "content.UserTypeTag", blank=True, verbose_name=_("対象の利用者種別")
    )
    purposes = ParentalManyToManyField("content.PurposeTag", blank=True, verbose_name=_("対象の利用目的"))

    # Text is translated; the persona tags are the same in every language.
    override_translatable_fields = [
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("user_types"),
        SynchronizedField("purposes"),
    ]

    tag_panels = [
        MultiFieldPanel(
            [
                FieldPanel("user_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("purposes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("対象（メニュー・検索・APIの絞り込みに使われます）"),
        )
    ]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")] + tag_panels

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("search_bigrams"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("body"),
        APIField("user_types", serializer=CodeListField()),
        APIField("purposes", serializer=CodeListField()),
    ]

    is_creatable = False

    class Meta:
        verbose_name = _("ガイダンスページ")

    def search_bigrams(self):
        return index_text(self.title, self.intro, self.body.render_as_block() if self.body else "")

    @cache_public_page
    def serve(self, request, *args, **kwargs):
        return super().serve(request, *args, **kwargs)


class SectionPage(GuidancePage):
    """A section index (活用方法, 支援者の方へ, コラム…) that lists its child pages."""

    subpage_types = [
        "guidance_pages.OverviewPage",
        "guidance_pages.HowToPage",
        "guidance_pages.UsageGuidePage",
        "guidance_pages.SupporterGuidePage",
        "guidance_pages.ColumnPage",
        "guidance_pages.NoticePage",
        "guidance_pages.FaqPage",
        "guidance_pages.GlossaryPage",
        "guidance_pages.SectionPage",
    ]

    class Meta:
        verbose_name = _("セクション（一覧ページ）")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = list(self.get_children().live().public().specific())
        if children and all(isinstance(child, NoticePage) for child in children):
            children.sort(key=lambda notice: notice.date, reverse=True)
        context["children"] = children
        return context


class OverviewPage(GuidancePage):
    """制度趣旨: what the Job Card is for, written for students or for working adults."""

    audience = models.CharField(_("対象"), max_length=20, choices=OverviewAudience.choices)

    content_panels = GuidancePage.content_panels + [FieldPanel("audience")]
    api_fields = GuidancePage.api_fields + [APIField("audience")]
    parent_page_types = ["home.HomePage", "guidance_pages.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("制度趣旨")


class HowToPage(GuidancePage):
    """作成方法: how to fill the sheets, on one's own or with a supporter."""

    mode = models.CharField(_("作成のしかた"), max_length=20, choices=CreationMode.choices)

    content_panels = GuidancePage.content_panels + [FieldPanel("mode")]
    api_fields = GuidancePage.api_fields + [APIField("mode")]
    parent_page_types = ["home.HomePage", "guidance_pages.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("作成方法")


class UsageGuidePage(GuidancePage):
    """活用方法: one of nine, for a 利用者種別 × 利用目的."""

    user_type = models.CharField(_("利用者種別"), max_length=20, choices=UserType.choices)
    purpose = models.CharField(_("利用目的"), max_length=20, choices=Purpose.choices)

    content_panels = GuidancePage.content_panels + [
        MultiFieldPanel([FieldPanel("user_type"), FieldPanel("purpose")], heading=_("この活用方法の対象"))
    ]
    api_fields = GuidancePage.api_fields + [APIField("user_type"), APIField("purpose")]
    parent_page_types = ["guidance_pages.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("活用方法")


class SupporterGuidePage(GuidancePage):
    """A guide for supporters: career consultants, companies or schools, with case studies."""

    kind = models.CharField(_("対象の支援者"), max_length=20, choices=SupporterKind.choices)

    content_panels = GuidancePage.content_panels + [FieldPanel("kind")]
    api_fields = GuidancePage.api_fields + [APIField("kind")]
    parent_page_types = ["guidance_pages.SectionPage"]
    subpage_types = ["guidance_pages.CaseStudyPage"]

    class Meta:
        verbose_name = _("支援者向けガイド")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["case_studies"] = self.get_children().live().public().specific()
        return context


class CaseStudyPage(GuidancePage):
    """導入事例: how an organisation adopted the Job Card."""

    organisation = models.CharField(_("導入した組織"), max_length=200)

    content_panels = GuidancePage.content_panels + [FieldPanel("organisation")]
    api_fields = GuidancePage.api_fields + [APIField("organisation")]
    parent_page_types = ["guidance_pages.SupporterGuidePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("導入事例")


class ColumnPage(GuidancePage):
    """コラム."""

    parent_page_types = ["guidance_pages.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("コラム")


class NoticePage(GuidancePage):
    """お知らせ."""

    date = models.DateField(_("掲載日"))

    content_panels = GuidancePage.content_panels + [FieldPanel("date")]
    api_fields = GuidancePage.api_fields + [APIField("date")]
    parent_page_types = ["guidance_pages.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("お知らせ")
        ordering = ["-date"]


class FaqPage(GuidancePage):
    """よくある質問, grouped by audience. The entries are snippets shared with other pages."""

    parent_page_types = ["home.HomePage", "guidance_pages.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("よくある質問")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entries = FaqEntry.objects.filter(locale=self.locale).order_by("sort_order", "id")
        groups = {code: [] for code in FaqAudience.values}
        for entry in entries:
            groups[entry.audience].append(entry)
        context["faq_groups"] = [
            (code, FaqAudience(code).label, items) for code, items in groups.items() if items
        ]
        return context


class GlossaryPage(GuidancePage):
    """用語集."""

    parent_page_types = ["home.HomePage", "guidance_pages.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("用語集")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = GlossaryTerm.objects.filter(locale=self.locale)
        return context
