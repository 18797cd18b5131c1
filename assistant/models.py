"""The assistant's data: synonyms editors keep, and the (masked) questions people asked."""

import re
import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

_VARIANT_SPLIT = re.compile(r"[\n、,，/／]+")


class Synonym(models.Model):
    """A term and the other ways people write it (ジョブ・カード ← ジョブカード, ジョブカ)."""

    language = models.CharField(_("言語"), max_length=10, choices=settings.LANGUAGES, default="ja")
    term = models.CharField(
        _("代表の言葉"), max_length=100, help_text=_("サイトの文章で使っている言い方（例：ジョブ・カード）")
    )
    variants = models.TextField(
        _("言い換え"),
        help_text=_("利用者が使いそうな別の言い方。1行に1つ、または読点（、）で区切って入力します。"),
    )

    panels = [FieldPanel("language"), FieldPanel("term"), FieldPanel("variants")]

    class Meta:
        verbose_name = _("同義語")
        verbose_name_plural = _("同義語")
        ordering = ["language", "term"]

    def __str__(self):
        return f"{self.term} = {'、'.join(self.variant_list())}"

    def variant_list(self) -> list[str]:
        return [part.strip() for part in _VARIANT_SPLIT.split(self.variants or "") if part.strip()]


class AssistantQuestion(models.Model):
    """One question asked of the assistant. Personal data is masked before it is stored."""

    class Outcome(models.TextChoices):
        ANSWERED = "answered", _("回答した")
        GENERATED = "generated", _("生成AIで回答した")
        UNKNOWN = "unknown", _("回答できなかった")

    class Channel(models.TextChoices):
        WIDGET = "widget", _("ウィジェット")
        PAGE = "page", _("質問ページ")
        API = "api", _("API")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("日時"), auto_now_add=True, db_index=True)
    language = models.CharField(_("言語"), max_length=10, choices=settings.LANGUAGES, default="ja")
    channel = models.CharField(_("経路"), max_length=10, choices=Channel.choices, default=Channel.API)
    question = models.TextField(_("質問（個人情報は伏せ字）"))
    outcome = models.CharField(_("結果"), max_length=10, choices=Outcome.choices)
    confidence = models.FloatField(_("確からしさ"), default=0)
    source_key = models.CharField(_("出典"), max_length=40, blank=True)
    source_title = models.CharField(_("出典の見出し"), max_length=255, blank=True)
    source_url = models.CharField(_("出典のURL"), max_length=500, blank=True)
    answer = models.TextField(_("回答"), blank=True)
    helpful = models.BooleanField(_("役に立った"), null=True, blank=True)
    feedback_at = models.DateTimeField(_("評価日時"), null=True, blank=True)

    class Meta:
        verbose_name = _("アシスタントへの質問")
        verbose_name_plural = _("アシスタントへの質問")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["outcome", "created_at"]), models.Index(fields=["helpful"])]

    def __str__(self):
        return self.question[:60]

    @property
    def needs_attention(self) -> bool:
        return self.outcome == self.Outcome.UNKNOWN or self.helpful is False

    @property
    def helpful_label(self) -> str:
        if self.helpful is None:
            return ""
        return "👍 " + str(_("役に立った")) if self.helpful else "👎 " + str(_("役に立たなかった"))

    @property
    def new_faq_url(self) -> str:
        """Where an editor starts a FAQ entry from this question (only when it needs one)."""
        if not self.needs_attention:
            return ""
        return reverse("assistant_new_faq", args=[self.pk])
