"""The statistics' data: raw events (kept for a while), daily roll-ups (kept), surveys, paper counts.

Nothing here identifies a person. An event holds a code for what happened, a page address (query
string dropped, ids and tokens replaced), the visitor's 利用者種別 and 利用目的 codes, a referral
channel and host, and a visitor number that is an HMAC of address + browser under a salt that
changes every day and is deleted the next day (see docs/statistics.md). No user id, no IP address,
no e-mail, no name, no free text.
"""

from __future__ import annotations

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from content.taxonomy import Purpose, UserType

PAGE_VIEW = "page_view"


class Channel(models.TextChoices):
    """Where a session came from (its first page view's referrer or UTM parameters)."""

    DIRECT = "direct", _("直接・ブックマーク")
    SEARCH = "search", _("検索エンジン")
    SNS = "sns", _("SNS")
    PARTNER = "partner", _("連携システム・関係機関")
    EMAIL = "email", _("メール")
    CAMPAIGN = "campaign", _("広告・キャンペーン")
    REFERRAL = "referral", _("その他のサイト")


class Event(models.Model):
    """One thing that happened: a page view, a sheet saved, a download… (no personal data)."""

    created_at = models.DateTimeField(_("日時"), default=timezone.now, db_index=True)
    name = models.CharField(_("種類"), max_length=32)
    # Whitelisted attributes as "key=value&key=value" (sorted), e.g. "document=1-1&format=pdf".
    detail = models.CharField(_("内訳"), max_length=120, blank=True)
    path = models.CharField(_("ページ"), max_length=200, blank=True)
    # HMAC-SHA256(daily salt, address + browser) cut to 64 bits; NULL when there was no request.
    visitor = models.BigIntegerField(_("訪問者番号（日替わり）"), null=True, blank=True)
    user_type = models.CharField(_("利用者種別"), max_length=20, blank=True)
    purpose = models.CharField(_("利用目的"), max_length=20, blank=True)
    channel = models.CharField(_("流入元"), max_length=12, choices=Channel.choices, blank=True)
    source = models.CharField(_("流入元のサイト"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("イベント")
        verbose_name_plural = _("イベント")
        default_permissions = ()
        permissions = [("view_dashboard", _("統計ダッシュボードを見る"))]

    def __str__(self):
        return f"{self.name} {self.created_at:%Y-%m-%d %H:%M}"


class DailySalt(models.Model):
    """The secret of one day's visitor numbers. Deleted once the day is over (purge)."""

    day = models.DateField(unique=True)
    salt = models.CharField(max_length=64)

    class Meta:
        default_permissions = ()

    def __str__(self):
        return str(self.day)


class RollupDay(models.Model):
    """A day whose raw events have been rolled up (and, later, deleted)."""

    day = models.DateField(_("日付"), unique=True)
    rolled_at = models.DateTimeField(_("集計日時"))
    events = models.PositiveIntegerField(_("イベント数"), default=0)
    raw_purged = models.BooleanField(_("元データ削除済み"), default=False)

    class Meta:
        default_permissions = ()
        ordering = ["-day"]

    def __str__(self):
        return f"{self.day} ({self.events})"


# Daily roll-ups. Each row belongs to one day and one persona (利用者種別 × 利用目的, "" = not
# chosen). A visitor's day has one persona (the last one chosen that day), so rows add up exactly.


class DailyBase(models.Model):
    day = models.DateField(_("日付"))
    user_type = models.CharField(_("利用者種別"), max_length=20, blank=True)
    purpose = models.CharField(_("利用目的"), max_length=20, blank=True)

    class Meta:
        abstract = True
        default_permissions = ()

    def __str__(self):
        return f"{type(self).__name__} {self.day} {self.user_type}/{self.purpose}"


class DailyTraffic(DailyBase):
    visitors = models.PositiveIntegerField(default=0)
    sessions = models.PositiveIntegerField(default=0)
    page_views = models.PositiveIntegerField(default=0)
    bounces = models.PositiveIntegerField(default=0)

    class Meta(DailyBase.Meta):
        indexes = [models.Index(fields=["day"], name="insights_traffic_day")]


class DailyChannel(DailyBase):
    channel = models.CharField(max_length=12, choices=Channel.choices)
    source = models.CharField(max_length=60, blank=True)
    sessions = models.PositiveIntegerField(default=0)
    bounces = models.PositiveIntegerField(default=0)

    class Meta(DailyBase.Meta):
        indexes = [models.Index(fields=["day"], name="insights_channel_day")]


ALL = "*"  # in DailyPage: "any 利用者種別" / "any 利用目的"


class DailyPage(DailyBase):
    """Per page and day. The largest table (pages × personas × days), so it is stored as a small cube:
    each persona's row, plus rows with ``*`` for "any" 利用者種別, "any" 利用目的 and both. A query
    for one filter reads only its own rows instead of adding up every persona's."""

    path = models.CharField(max_length=200)
    views = models.PositiveIntegerField(default=0)
    entrances = models.PositiveIntegerField(default=0)
    exits = models.PositiveIntegerField(default=0)
    bounces = models.PositiveIntegerField(default=0)

    class Meta(DailyBase.Meta):
        indexes = [
            models.Index(fields=["day"], name="insights_page_day"),
            models.Index(fields=["user_type", "purpose", "day"], name="insights_page_persona_day"),
        ]


class DailyEvent(DailyBase):
    name = models.CharField(max_length=32)
    detail = models.CharField(max_length=120, blank=True)
    count = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)

    class Meta(DailyBase.Meta):
        indexes = [models.Index(fields=["day", "name"], name="insights_event_day")]


class DailyFunnel(DailyBase):
    """Visitor-days per sheet at each stage; a visitor-day counts at every stage up to its furthest."""

    sheet = models.CharField(max_length=20)
    visited = models.PositiveIntegerField(default=0)
    started = models.PositiveIntegerField(default=0)
    drafted = models.PositiveIntegerField(default=0)
    saved = models.PositiveIntegerField(default=0)

    class Meta(DailyBase.Meta):
        indexes = [models.Index(fields=["day"], name="insights_funnel_day")]


class DailyCreators(DailyBase):
    """Job Cards saved for the first time that day (from the sheets' saved revisions)."""

    creators = models.PositiveIntegerField(default=0)

    class Meta(DailyBase.Meta):
        indexes = [models.Index(fields=["day"], name="insights_creators_day")]


class DailySurvey(DailyBase):
    """Survey answers per day, survey, place and answer (the dashboard never reads answers one by one,
    except the latest comments)."""

    survey = models.CharField(max_length=20)
    placement = models.CharField(max_length=20)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    choice = models.CharField(max_length=30, blank=True)
    answers = models.PositiveIntegerField(default=0)

    class Meta(DailyBase.Meta):
        indexes = [models.Index(fields=["day", "survey"], name="insights_survey_daily")]


class DailyAssistant(models.Model):
    """Questions to the FAQ assistant per day (from its own question log)."""

    day = models.DateField()
    channel = models.CharField(max_length=10)
    outcome = models.CharField(max_length=10)
    questions = models.PositiveIntegerField(default=0)
    helpful = models.PositiveIntegerField(default=0)
    unhelpful = models.PositiveIntegerField(default=0)

    class Meta:
        default_permissions = ()
        indexes = [models.Index(fields=["day"], name="insights_assistant_day")]

    def __str__(self):
        return f"{self.day} {self.outcome}: {self.questions}"


# Surveys (table 2-13) -----------------------------------------------------------------------------


class Survey(models.TextChoices):
    SATISFACTION = "satisfaction", _("満足度")
    PURPOSE = "purpose", _("利用目的")
    DRAFT_LEFT = "draft_left", _("下書きのままにした理由")


class Placement(models.TextChoices):
    DOWNLOAD = "download", _("ダウンロードの後")
    MYPAGE = "mypage", _("マイページ")
    EDITOR = "editor", _("様式の記入画面")
    OTHER = "other", _("その他")


class SurveyResponse(models.Model):
    """One answer to a survey. Tied to no identity: only the date, codes and a masked comment."""

    survey = models.CharField(_("アンケート"), max_length=20, choices=Survey.choices)
    placement = models.CharField(_("表示した場所"), max_length=20, choices=Placement.choices)
    answered_on = models.DateField(_("回答日"), default=timezone.localdate, db_index=True)
    score = models.PositiveSmallIntegerField(
        _("満足度（5段階）"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    choice = models.CharField(_("選んだ答え"), max_length=30, blank=True)
    sheet = models.CharField(_("様式"), max_length=20, blank=True)
    comment = models.TextField(_("自由記述（個人情報は伏せ字）"), blank=True)
    user_type = models.CharField(_("利用者種別"), max_length=20, blank=True)
    purpose = models.CharField(_("利用目的"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("アンケートの回答")
        verbose_name_plural = _("アンケートの回答")
        default_permissions = ()
        indexes = [models.Index(fields=["survey", "answered_on"], name="insights_survey_day")]

    def __str__(self):
        return f"{self.get_survey_display()} {self.answered_on}"


# What statistics staff enter ----------------------------------------------------------------------


def first_of_month(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


class PaperCount(models.Model):
    """Job Cards made on paper in a month, reported by Hello Work and training bodies."""

    month = models.DateField(
        _("対象月"),
        unique=True,
        help_text=_("その月のどの日付を選んでもかまいません（月の1日として保存します）。"),
    )
    count = models.PositiveIntegerField(_("紙で作成された人数"))
    note = models.CharField(_("メモ（出典など）"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    panels = [FieldPanel("month"), FieldPanel("count"), FieldPanel("note")]

    class Meta:
        verbose_name = _("紙の作成者数")
        verbose_name_plural = _("紙の作成者数")
        ordering = ["-month"]

    def __str__(self):
        return f"{self.month:%Y年%m月}: {self.count:,}"

    def save(self, *args, **kwargs):
        if self.month:
            self.month = first_of_month(self.month)
        super().save(*args, **kwargs)

    def clean(self):
        if self.month:
            self.month = first_of_month(self.month)


class Metric(models.TextChoices):
    CREATORS = "creators", _("作成者数（年間・紙を含む）")
    SATISFACTION = "satisfaction", _("満足度（％）")
    UNIQUE_VISITORS = "unique_visitors", _("ユニークユーザー数（年間）")
    ONSITE_CREATORS = "onsite_creators", _("サイトでの作成者数（年間）")
    ONSITE_SHARE = "onsite_share", _("サイトで作成した割合（％）")


class Target(models.Model):
    """A KGI/KPI target. Counts are per year (the dashboard pro-rates them); shares are percent."""

    metric = models.CharField(_("指標"), max_length=20, choices=Metric.choices, unique=True)
    value = models.DecimalField(
        _("目標値"), max_digits=12, decimal_places=1, validators=[MinValueValidator(0)]
    )
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    panels = [FieldPanel("metric"), FieldPanel("value")]

    class Meta:
        verbose_name = _("目標値")
        verbose_name_plural = _("目標値")
        ordering = ["metric"]

    def __str__(self):
        return f"{self.get_metric_display()}: {self.value}"


PERSONA_USER_TYPES = set(UserType.values)
PERSONA_PURPOSES = set(Purpose.values)
