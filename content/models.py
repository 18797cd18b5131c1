"""Snippets editors reuse across pages: FAQ entries, glossary terms, 記入例 patterns.

Plus the two small vocabularies pages are tagged with (利用者種別 and 利用目的) so that menus and
the API can filter on them.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .api_fields import LocaleCodeField
from .search_text import index_text
from .taxonomy import (
    AgeBand,
    Experience,
    FaqAudience,
    JobField,
    Purpose,
    SheetBox,
    UserType,
)


class UserTypeTag(models.Model):
    """利用者種別 as a row, so pages can carry several of them."""

    code = models.CharField(_("コード"), max_length=20, choices=UserType.choices, unique=True)

    class Meta:
        verbose_name = _("利用者種別")
        verbose_name_plural = _("利用者種別")
        ordering = ["id"]

    def __str__(self):
        return str(UserType(self.code).label)


class PurposeTag(models.Model):
    """利用目的 as a row, so pages can carry several of them."""

    code = models.CharField(_("コード"), max_length=20, choices=Purpose.choices, unique=True)

    class Meta:
        verbose_name = _("利用目的")
        verbose_name_plural = _("利用目的")
        ordering = ["id"]

    def __str__(self):
        return str(Purpose(self.code).label)


class FaqEntry(TranslatableMixin, index.Indexed, models.Model):
    audience = models.CharField(_("対象"), max_length=20, choices=FaqAudience.choices)
    question = models.CharField(_("質問"), max_length=255)
    answer = RichTextField(_("回答"), features=["bold", "link", "ol", "ul"])
    sort_order = models.PositiveIntegerField(_("表示順"), default=0)

    translatable_fields = [
        TranslatableField("question"),
        TranslatableField("answer"),
        SynchronizedField("audience"),
        SynchronizedField("sort_order"),
    ]
    panels = [
        FieldPanel("audience"),
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("question"),
        index.SearchField("answer"),
        index.SearchField("search_bigrams"),
        index.FilterField("audience"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("locale", serializer=LocaleCodeField()),
        APIField("audience"),
        APIField("question"),
        APIField("answer"),
        APIField("sort_order"),
        APIField("helpful_count"),
        APIField("not_helpful_count"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("よくある質問")
        verbose_name_plural = _("よくある質問")
        ordering = ["audience", "sort_order", "id"]

    def __str__(self):
        return self.question

    def search_bigrams(self):
        return index_text(self.question, self.answer)

    @property
    def helpful_count(self):
        return self.feedback.filter(helpful=True).count()

    @property
    def not_helpful_count(self):
        return self.feedback.filter(helpful=False).count()


class FaqFeedback(models.Model):
    """One anonymous "was this helpful?" answer. Nothing about the visitor is stored."""

    entry = models.ForeignKey(FaqEntry, on_delete=models.CASCADE, related_name="feedback")
    helpful = models.BooleanField(_("役に立った"))
    created_at = models.DateTimeField(_("回答日時"), auto_now_add=True)

    class Meta:
        verbose_name = _("FAQへの評価")
        verbose_name_plural = _("FAQへの評価")
        indexes = [models.Index(fields=["entry", "helpful"])]

    def __str__(self):
        return f"{self.entry_id}: {'yes' if self.helpful else 'no'}"


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    term = models.CharField(_("用語"), max_length=100)
    reading = models.CharField(_("よみ"), max_length=100, blank=True)
    definition = models.TextField(_("説明"))

    translatable_fields = [
        TranslatableField("term"),
        TranslatableField("reading"),
        TranslatableField("definition"),
    ]
    panels = [FieldPanel("term"), FieldPanel("reading"), FieldPanel("definition")]
    search_fields = [
        index.SearchField("term"),
        index.SearchField("definition"),
        index.SearchField("search_bigrams"),
        index.AutocompleteField("term"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("locale", serializer=LocaleCodeField()),
        APIField("term"),
        APIField("reading"),
        APIField("definition"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("用語")
        verbose_name_plural = _("用語集")
        ordering = ["reading", "term"]

    def __str__(self):
        return self.term

    def search_bigrams(self):
        return index_text(self.term, self.reading, self.definition)


class ExamplePattern(TranslatableMixin, index.Indexed, models.Model):
    """A 記入例 pattern: example text for every box of the sheets, for one kind of person."""

    title = models.CharField(_("パターン名"), max_length=100)
    user_type = models.CharField(_("利用者種別"), max_length=20, choices=UserType.choices)
    job_field = models.CharField(_("職種分野"), max_length=20, choices=JobField.choices)
    age_band = models.CharField(_("年齢層"), max_length=20, choices=AgeBand.choices)
    experience = models.CharField(_("経験"), max_length=20, choices=Experience.choices)
    # One text field per sheet box; the list of boxes lives in content.taxonomy.SheetBox only.
    locals().update({box.value: models.TextField(box.label, blank=True) for box in SheetBox})

    translatable_fields = [
        TranslatableField("title"),
        *(SynchronizedField(name) for name in ("user_type", "job_field", "age_band", "experience")),
        *(TranslatableField(box.value) for box in SheetBox),
    ]
    panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [
                FieldPanel("user_type"),
                FieldPanel("job_field"),
                FieldPanel("age_band"),
                FieldPanel("experience"),
            ],
            heading=_("対象"),
        ),
        MultiFieldPanel([FieldPanel(box.value) for box in SheetBox], heading=_("記入例")),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("search_bigrams"),
        index.FilterField("user_type"),
        index.FilterField("job_field"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("locale", serializer=LocaleCodeField()),
        APIField("title"),
        APIField("user_type"),
        APIField("job_field"),
        APIField("age_band"),
        APIField("experience"),
        APIField("texts"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("記入例パターン")
        verbose_name_plural = _("記入例パターン")
        ordering = ["user_type", "job_field", "age_band", "id"]

    def __str__(self):
        return self.title

    @property
    def texts(self) -> dict[str, str]:
        return {box.value: getattr(self, box.value) for box in SheetBox}

    def search_bigrams(self):
        return index_text(self.title, *self.texts.values())
