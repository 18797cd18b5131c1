"""The home page (what a Job Card is, entries, attribute selection) and the persona menus."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.cache import cache_public_page
from content.search_text import index_text
from content.taxonomy import Purpose, UseCase, UserType

from .blocks import AdvantageBlock, MenuSectionBlock


class HomePage(Page):
    hero_title = models.CharField(_("キャッチコピー"), max_length=120)
    hero_lead = models.TextField(_("リード文"))
    what_is = RichTextField(_("ジョブ・カードとは"), features=["bold", "link", "ul", "ol"])
    advantages = StreamField(
        [("advantage", AdvantageBlock())], blank=True, verbose_name=_("紙やExcelより便利な点")
    )
    quick_title = models.CharField(_("「すぐに作成する」の見出し"), max_length=80)
    quick_text = models.TextField(_("「すぐに作成する」の説明"))
    quick_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("「すぐに作成する」のリンク先"),
    )
    supported_title = models.CharField(_("「支援を受けて作成する」の見出し"), max_length=80)
    supported_text = models.TextField(_("「支援を受けて作成する」の説明"))
    supported_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("「支援を受けて作成する」のリンク先"),
    )
    selector_title = models.CharField(_("属性選択の見出し"), max_length=120)
    selector_lead = models.TextField(_("属性選択の説明"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_lead")], heading=_("ファーストビュー")),
        FieldPanel("what_is"),
        FieldPanel("advantages"),
        MultiFieldPanel(
            [FieldPanel("quick_title"), FieldPanel("quick_text"), FieldPanel("quick_page")],
            heading=_("すぐに作成する"),
        ),
        MultiFieldPanel(
            [FieldPanel("supported_title"), FieldPanel("supported_text"), FieldPanel("supported_page")],
            heading=_("支援を受けて作成する"),
        ),
        MultiFieldPanel([FieldPanel("selector_title"), FieldPanel("selector_lead")], heading=_("属性選択")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_lead"),
        index.SearchField("search_bigrams"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("hero_title"),
        APIField("hero_lead"),
        APIField("what_is"),
        APIField("advantages"),
        APIField("quick_title"),
        APIField("quick_text"),
        APIField("quick_page"),
        APIField("supported_title"),
        APIField("supported_text"),
        APIField("supported_page"),
        APIField("selector_title"),
        APIField("selector_lead"),
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("トップページ")

    def search_bigrams(self):
        return index_text(self.title, self.hero_title, self.hero_lead, self.what_is)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["user_types"] = UserType.choices
        context["purposes"] = Purpose.choices
        context["use_cases"] = UseCase.choices
        return context

    @cache_public_page
    def serve(self, request, *args, **kwargs):
        return super().serve(request, *args, **kwargs)


class MenuPage(Page):
    """The menu for one 利用者種別 × 利用目的. Which pages it shows is the editors' choice."""

    user_type = models.CharField(_("利用者種別"), max_length=20, choices=UserType.choices)
    purpose = models.CharField(_("利用目的"), max_length=20, choices=Purpose.choices)
    intro = models.TextField(_("リード文"), blank=True)
    sections = StreamField([("section", MenuSectionBlock())], blank=True, verbose_name=_("メニューの区分"))

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("user_type"), FieldPanel("purpose")], heading=_("このメニューの対象")),
        FieldPanel("intro"),
        FieldPanel("sections"),
    ]
    override_translatable_fields = [
        SynchronizedField("user_type"),
        SynchronizedField("purpose"),
        TranslatableField("intro"),
        TranslatableField("sections"),
    ]
    search_fields = Page.search_fields + [index.FilterField("locale_id")]
    api_fields = [
        APIField("user_type"),
        APIField("purpose"),
        APIField("intro"),
        APIField("sections"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("属性別メニュー")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        use_case = request.GET.get("case", "")
        if use_case not in UseCase.values:
            use_case = ""
        context["use_case"] = use_case
        context["use_case_label"] = UseCase(use_case).label if use_case else ""
        context["use_cases"] = UseCase.choices
        sections = [block for block in self.sections if block.block_type == "section"]
        if use_case:
            # The chosen case first, then what is shown for every case; other cases after.
            order = {use_case: 0, "all": 1}
            sections.sort(key=lambda block: order.get(block.value["use_case"], 2))
        context["menu_sections"] = sections
        return context

    @cache_public_page
    def serve(self, request, *args, **kwargs):
        return super().serve(request, *args, **kwargs)
