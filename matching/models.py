"""Job postings (求人) and a person's choice to be found (``MatchingProfile``).

A posting names a job tag occupation and carries its own duties (task lines copied from job tag or
free text), licences, experience, place and conditions. It belongs to a company organisation
(``sharing.Organisation`` of kind 企業): its members write, edit and close it (``matching.company``);
``company_name`` is kept as text (the demo's 200 postings have no organisation). Staff moderate
postings in the Wagtail admin (``status``: 公開 / 審査中 / 停止); only published postings are matched.

``MatchingProfile`` is off by default. It holds what the person allows a company to see (anonymised:
never name, birth date or age, gender, photo, address beyond the prefecture, nationality) and their
wishes (prefectures, employment types, remote).

``Offer`` (スカウト): a company member asks an anonymised candidate to open chosen sheets; the person
accepts (a ``sharing.Share`` granted to the company, ``sharing.grants``), declines, or blocks the
company (``OfferBlock``). ``MatchingRecord`` is the audit of every step and of every company view of
a person's anonymised profile, shown to the person.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from occupations.models import Occupation

PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)  # fmt: skip
PREFECTURE_CHOICES = [(p, p) for p in PREFECTURES]


class EmploymentType(models.TextChoices):
    # The keys of 様式2's 雇用形態, so a person's history and a posting speak the same words.
    REGULAR = "regular", _("正社員")
    CONTRACT = "contract", _("契約社員")
    DISPATCHED = "dispatched", _("派遣社員")
    PART_TIME = "part_time", _("パート・アルバイト")
    OTHER = "other", _("その他")


class JobPosting(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("下書き")
        REVIEW = "review", _("審査中")
        PUBLISHED = "published", _("公開")
        SUSPENDED = "suspended", _("停止")
        WITHDRAWN = "withdrawn", _("募集終了")

    title = models.CharField(_("求人のタイトル"), max_length=120)
    company_name = models.CharField(_("会社名"), max_length=120)
    organisation = models.ForeignKey(
        "sharing.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="postings",
        verbose_name=_("企業（組織）"),
        limit_choices_to={"kind": "company"},
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("作成した担当者"),
    )
    moderation_note = models.CharField(
        _("審査のメモ"),
        max_length=200,
        blank=True,
        help_text=_("停止の理由など。企業の担当者に表示されます。"),
    )
    # A new job tag version may drop an occupation: its postings are withdrawn (matching.signals)
    # and keep everything else, waiting for the company to choose the occupation again.
    occupation = models.ForeignKey(
        Occupation,
        on_delete=models.SET_NULL,
        null=True,
        related_name="postings",
        verbose_name=_("職業（job tag）"),
    )
    duties = models.JSONField(
        _("仕事の内容"), default=list, blank=True, help_text=_("一行に一つ。job tag のタスクか自由記述。")
    )
    required_licences = models.JSONField(_("必須の免許・資格"), default=list, blank=True)
    preferred_licences = models.JSONField(_("歓迎する免許・資格"), default=list, blank=True)
    experience_years = models.PositiveSmallIntegerField(_("求める経験年数"), default=0)
    prefecture = models.CharField(_("都道府県"), max_length=4, choices=PREFECTURE_CHOICES, db_index=True)
    city = models.CharField(_("市区町村"), max_length=60, blank=True)
    remote = models.BooleanField(_("在宅勤務可"), default=False)
    employment_type = models.CharField(_("雇用形態"), max_length=20, choices=EmploymentType.choices)
    wage_min = models.PositiveIntegerField(_("賃金（下限・円）"), null=True, blank=True)
    wage_max = models.PositiveIntegerField(_("賃金（上限・円）"), null=True, blank=True)
    wage_unit = models.CharField(
        _("賃金の単位"), max_length=10, choices=[("month", _("月給")), ("hour", _("時給"))], default="month"
    )
    hours_per_week = models.PositiveSmallIntegerField(_("週の所定労働時間"), default=40)
    hours_note = models.CharField(_("勤務時間"), max_length=120, blank=True)
    status = models.CharField(_("状態"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    demo_key = models.CharField(max_length=40, blank=True, editable=False, db_index=True)
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    class Meta:
        verbose_name = _("求人")
        verbose_name_plural = _("求人")
        ordering = ["-updated_at", "-pk"]
        indexes = [models.Index(fields=["status", "occupation"])]

    def __str__(self):
        return f"{self.title}（{self.company_name}）"

    def clean(self):
        if self.wage_min and self.wage_max and self.wage_min > self.wage_max:
            raise ValidationError({"wage_max": _("賃金の上限は下限以上にしてください。")})

    @property
    def duty_lines(self) -> list[str]:
        return [str(line).strip() for line in self.duties or [] if str(line).strip()]


class MatchingProfile(models.Model):
    """The person's opt-in to be found, and what a company may see. Off by default."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="matching_profile"
    )
    # What a company's candidate list links with: random, never the user id.
    ref = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    discoverable = models.BooleanField(_("企業から見つけてもらう"), default=False)
    show_work_history = models.BooleanField(_("職務経歴（会社名を除く）を見せる"), default=True)
    show_qualifications = models.BooleanField(_("免許・資格を見せる"), default=True)
    show_diagnosis = models.BooleanField(_("自己診断の結果（興味のタイプ）を見せる"), default=False)
    show_prefecture = models.BooleanField(_("住んでいる都道府県を見せる"), default=True)
    # Wishes — they feed the conditions part of the score, for the person's own list too.
    prefecture = models.CharField(_("希望する勤務地（都道府県）"), max_length=4, blank=True,
                                  choices=PREFECTURE_CHOICES)  # fmt: skip
    remote_ok = models.BooleanField(_("在宅勤務を希望する・可"), default=False)
    employment_types = models.JSONField(_("希望する雇用形態"), default=list, blank=True)
    max_hours_per_week = models.PositiveSmallIntegerField(_("週の労働時間の上限"), null=True, blank=True)
    # job tag occupations the person says they have worked in, with years: [{"id": 1, "years": 3}].
    occupations = models.JSONField(_("経験した職業（job tag）"), default=list, blank=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    class Meta:
        verbose_name = _("マッチングの設定")
        verbose_name_plural = _("マッチングの設定")

    def __str__(self):
        return f"MatchingProfile {self.pk}"


class Offer(models.Model):
    """A company's offer (スカウト) to an anonymised candidate, and the person's answer."""

    class Status(models.TextChoices):
        SENT = "sent", _("返事待ち")
        ACCEPTED = "accepted", _("承諾")
        DECLINED = "declined", _("辞退")

    posting = models.ForeignKey(
        JobPosting, on_delete=models.SET_NULL, null=True, related_name="offers", verbose_name=_("求人")
    )
    posting_title = models.CharField(_("求人のタイトル"), max_length=120)
    organisation = models.ForeignKey(
        "sharing.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        related_name="offers",
        verbose_name=_("企業（組織）"),
    )
    organisation_name = models.CharField(_("企業名"), max_length=120)
    member = models.ForeignKey(
        "sharing.Membership",
        on_delete=models.SET_NULL,
        null=True,
        related_name="offers",
        verbose_name=_("送った担当者"),
    )
    sender_name = models.CharField(_("送った担当者の表示名"), max_length=60)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="offers", verbose_name=_("本人")
    )
    message = models.TextField(_("メッセージ"), max_length=1000)
    sheets = models.JSONField(_("見たい様式"), default=list)
    status = models.CharField(_("状態"), max_length=10, choices=Status.choices, default=Status.SENT)
    share = models.ForeignKey(
        "sharing.Share",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("共有"),
    )
    created_at = models.DateTimeField(_("送った日時"), auto_now_add=True, db_index=True)
    answered_at = models.DateTimeField(_("返事の日時"), null=True, blank=True)

    class Meta:
        verbose_name = _("スカウト")
        verbose_name_plural = _("スカウト")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["organisation", "created_at"], name="matching_offer_daily")]
        constraints = [
            models.UniqueConstraint(fields=["posting", "person"], name="matching_one_offer_per_posting")
        ]

    def __str__(self):
        return f"スカウト #{self.pk}"


class OfferBlock(models.Model):
    """The person refuses a company's offers. The company is not told (the person just disappears
    from its candidate lists)."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("本人")
    )
    organisation = models.ForeignKey(
        "sharing.Organisation", on_delete=models.CASCADE, related_name="+", verbose_name=_("企業（組織）")
    )
    created_at = models.DateTimeField(_("日時"), auto_now_add=True)

    class Meta:
        verbose_name = _("スカウトを受け取らない企業")
        verbose_name_plural = _("スカウトを受け取らない企業")
        constraints = [models.UniqueConstraint(fields=["person", "organisation"], name="matching_one_block")]

    def __str__(self):
        return f"OfferBlock {self.pk}"


class MatchingRecord(models.Model):
    """Every company view of a person's anonymised profile and every step of an offer, shown to
    the person (「企業からの閲覧とスカウトの履歴」) and in their data download."""

    class Action(models.TextChoices):
        LISTED = "listed", _("求人の候補として、匿名のプロフィールと合う理由を見ました")
        SENT = "sent", _("スカウトを送りました")
        ACCEPTED = "accepted", _("スカウトを承諾し、様式を共有しました")
        DECLINED = "declined", _("スカウトを辞退しました")
        BLOCKED = "blocked", _("この企業からのスカウトを受け取らないことにしました")
        UNBLOCKED = "unblocked", _("この企業からのスカウトを再び受け取ることにしました")

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("本人")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("操作した人"),
    )
    actor_name = models.CharField(_("担当者名"), max_length=60, blank=True)
    organisation_name = models.CharField(_("企業名"), max_length=120)
    action = models.CharField(_("操作"), max_length=20, choices=Action.choices)
    posting_title = models.CharField(_("求人"), max_length=120, blank=True)
    offer = models.ForeignKey(
        Offer,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="records",
        verbose_name=_("スカウト"),
    )
    at = models.DateTimeField(_("日時"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("企業からの閲覧とスカウトの履歴")
        verbose_name_plural = _("企業からの閲覧とスカウトの履歴")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.organisation_name}: {self.action}"
