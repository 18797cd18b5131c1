"""Supporters and what a person shares with them.

- ``Organisation``: a supporter body — キャリアコンサルタント (a Hello Work, a キャリア形成・リスキリング
  支援センター or an individual consultant with a 登録番号), 学校, 企業・訓練実施機関. Created or approved
  by MHLW staff in the admin; only an approved organisation's members can receive a share.
- ``Membership``: a user's role in an organisation (管理者, 担当者; 指導担当者/評価担当者/評価責任者 for
  3-3). Supporter accounts see personal data: they need two-step verification (``sharing.access``).
- ``Share``: the person's grant — which sheets, until when, handed over as a one-time code
  (80 bits; only its SHA-256 is stored). Receiving the code
  binds the share to the supporter's organisation (and, when the person chose so, to that member only).
  Revoking cuts access on the supporter's next request.
- ``AccessRecord``: every read and write by anyone but the owner, shown to the person as
  「閲覧・記入の履歴」 and included in their data download.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sheets.definitions.base import Writer

REGISTRATION_NUMBER = re.compile(r"^\d{8}$")


def validate_registration_number(value: str) -> None:
    if value and not REGISTRATION_NUMBER.match(value):
        raise ValidationError(
            _("登録番号は、キャリアコンサルタント登録証に記載の8桁の数字で入力してください。")
        )


class Organisation(models.Model):
    class Kind(models.TextChoices):
        CONSULTANT = "consultant", _("キャリアコンサルタント")
        SCHOOL = "school", _("学校")
        COMPANY = "company", _("企業・訓練実施機関")

    class Status(models.TextChoices):
        PENDING = "pending", _("承認待ち")
        APPROVED = "approved", _("承認済み")
        SUSPENDED = "suspended", _("停止中")

    name = models.CharField(_("名称"), max_length=120)
    kind = models.CharField(_("種類"), max_length=20, choices=Kind.choices)
    # An individual consultant's 登録番号 (8 digits); a Hello Work or a centre leaves it empty.
    registration_number = models.CharField(
        _("登録番号"), max_length=8, blank=True, validators=[validate_registration_number]
    )
    prefecture = models.CharField(_("都道府県"), max_length=10, blank=True)
    contact_email = models.EmailField(_("連絡先メールアドレス"), blank=True)
    status = models.CharField(_("状態"), max_length=20, choices=Status.choices, default=Status.PENDING)
    approved_at = models.DateTimeField(_("承認日時"), null=True, blank=True)
    created_at = models.DateTimeField(_("登録日時"), auto_now_add=True)

    class Meta:
        verbose_name = _("支援者の組織")
        verbose_name_plural = _("支援者の組織")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.status == self.Status.APPROVED and self.approved_at is None:
            self.approved_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def approved(self) -> bool:
        return self.status == self.Status.APPROVED

    @property
    def writer(self) -> Writer | None:
        """Which parts of the sheets this organisation's members write."""
        return {
            self.Kind.CONSULTANT: Writer.CONSULTANT,
            self.Kind.COMPANY: Writer.COMPANY,
        }.get(self.kind)


class Membership(models.Model):
    class Role(models.TextChoices):
        ADMIN = "admin", _("管理者")
        STAFF = "staff", _("担当者")
        INSTRUCTOR = "instructor", _("指導担当者")
        EVALUATOR = "evaluator", _("評価担当者")
        EVALUATION_MANAGER = "evaluation_manager", _("評価責任者")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("組織")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="supporter_memberships",
        verbose_name=_("利用者"),
    )
    role = models.CharField(_("役割"), max_length=30, choices=Role.choices, default=Role.STAFF)
    display_name = models.CharField(
        _("表示名"), max_length=60, help_text=_("本人の画面と記入欄に表示する担当者名です。")
    )
    created_at = models.DateTimeField(_("登録日時"), auto_now_add=True)

    class Meta:
        verbose_name = _("支援者の組織の担当者")
        verbose_name_plural = _("支援者の組織の担当者")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="sharing_one_membership")
        ]

    def __str__(self):
        return f"{self.organisation} / {self.display_name}"


class ShareQuerySet(models.QuerySet):
    def active(self, now=None):
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True, expires_at__gt=now)


class Share(models.Model):
    class Scope(models.TextChoices):
        MEMBER = "member", _("コードを受け取った担当者だけ")
        ORGANISATION = "organisation", _("受け取った担当者の組織の担当者")

    card = models.ForeignKey(
        "jobcard_forms.Card", on_delete=models.CASCADE, related_name="shares", verbose_name=_("カード")
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shares", verbose_name=_("本人")
    )
    sheets = models.JSONField(_("共有する様式"), default=list)
    scope = models.CharField(_("共有する相手"), max_length=20, choices=Scope.choices, default=Scope.MEMBER)
    note = models.CharField(_("メモ"), max_length=100, blank=True, help_text=_("本人だけに見えるメモです。"))
    expires_at = models.DateTimeField(_("共有の期限"))
    # The one-time code: SHA-256 of its canonical form; it must be received before code_expires_at.
    code_hash = models.CharField(_("共有コード（ハッシュ）"), max_length=64, unique=True)
    code_expires_at = models.DateTimeField(_("共有コードの有効期限"))
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="shares",
        verbose_name=_("受け取った組織"),
    )
    member = models.ForeignKey(
        Membership,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="shares",
        verbose_name=_("受け取った担当者"),
    )
    received_at = models.DateTimeField(_("受け取った日時"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("共有をやめた日時"), null=True, blank=True)
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)

    objects = ShareQuerySet.as_manager()

    class Meta:
        verbose_name = _("共有")
        verbose_name_plural = _("共有")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"共有 #{self.pk}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()

    @property
    def is_received(self) -> bool:
        return self.received_at is not None

    @property
    def sheet_labels(self) -> list[str]:
        """「1-1」 for a sheet, 「履歴書」 for a document (sharing.documents)."""
        from .documents import DOCUMENTS

        return [str(DOCUMENTS[code]) if code in DOCUMENTS else code for code in self.sheets]


class AccessRecord(models.Model):
    class Action(models.TextChoices):
        RECEIVE = "receive", _("共有コードを受け取りました")
        READ = "read", _("閲覧しました")
        WRITE = "write", _("記入しました")
        COMMENT = "comment", _("コメントしました")
        PROGRESS = "progress", _("進捗（各様式の状態）を見ました")
        DOWNLOAD = "download", _("ダウンロードしました")

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("本人")
    )
    share = models.ForeignKey(
        Share,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="records",
        verbose_name=_("共有"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("閲覧・記入した人"),
    )
    # Kept as text too: the person still reads who it was after the supporter's account is gone.
    actor_name = models.CharField(_("担当者名"), max_length=60)
    organisation_name = models.CharField(_("組織名"), max_length=120)
    action = models.CharField(_("操作"), max_length=20, choices=Action.choices)
    target = models.CharField(_("対象"), max_length=60, blank=True)
    at = models.DateTimeField(_("日時"), auto_now_add=True)

    class Meta:
        verbose_name = _("閲覧・記入の履歴")
        verbose_name_plural = _("閲覧・記入の履歴")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["owner", "-at"], name="sharing_record_owner_at")]

    def __str__(self):
        return f"{self.organisation_name} {self.actor_name} {self.get_action_display()} {self.target}"


class Comment(models.Model):
    """A note on a sheet between the person and a supporter, outside the sheet itself: it is never
    printed or exported with the card (only in the person's data download)."""

    card = models.ForeignKey(
        "jobcard_forms.Card", on_delete=models.CASCADE, related_name="comments", verbose_name=_("カード")
    )
    sheet_code = models.CharField(_("様式"), max_length=20)
    section_title = models.CharField(_("欄"), max_length=100, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("書いた人"),
    )
    author_name = models.CharField(_("書いた人の表示名"), max_length=200)
    by_owner = models.BooleanField(_("本人が書いた"), default=False)
    text = models.TextField(_("コメント"), max_length=1000)
    created_at = models.DateTimeField(_("日時"), auto_now_add=True)

    class Meta:
        verbose_name = _("コメント")
        verbose_name_plural = _("コメント")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["card", "sheet_code", "created_at"], name="sharing_comment_thread")]

    def __str__(self):
        return f"{self.author_name}: {self.text[:20]}"


class Invitation(models.Model):
    """An organisation's 管理者 invites someone by e-mail to become a member, with a role.

    The link carries a signature over the invitation's id and a random nonce and expires after
    ``INVITATION_DAYS``; it works once (``accepted_at``) and not after it was cancelled."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("組織")
    )
    email = models.EmailField(_("招待するメールアドレス"))
    role = models.CharField(
        _("役割"), max_length=30, choices=Membership.Role.choices, default=Membership.Role.STAFF
    )
    display_name = models.CharField(_("表示名"), max_length=60)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("招待した人"),
    )
    nonce = models.CharField(max_length=32, editable=False)
    created_at = models.DateTimeField(_("招待した日時"), auto_now_add=True)
    expires_at = models.DateTimeField(_("招待の有効期限"))
    accepted_at = models.DateTimeField(_("参加した日時"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("参加した利用者"),
    )
    cancelled_at = models.DateTimeField(_("取り消した日時"), null=True, blank=True)

    class Meta:
        verbose_name = _("担当者の招待")
        verbose_name_plural = _("担当者の招待")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.organisation} / {self.display_name}"

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.cancelled_at is None and self.expires_at > timezone.now()


class Group(models.Model):
    """A class or a team: one code an organisation hands to many people, who join voluntarily.

    Joining shows the organisation the person's progress — each sheet's status (未着手・下書き・
    保存済み) and when it last changed, never its contents. Only the code's SHA-256 is kept; the
    organisation sees the code once and can issue a new one (the old one then stops working)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="groups", verbose_name=_("組織")
    )
    name = models.CharField(_("クラス・チームの名前"), max_length=60)
    code_hash = models.CharField(_("参加コード（ハッシュ）"), max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)
    closed_at = models.DateTimeField(_("終了日時"), null=True, blank=True)

    class Meta:
        verbose_name = _("クラス・チーム")
        verbose_name_plural = _("クラス・チーム")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.organisation} / {self.name}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class GroupMember(models.Model):
    """A person who joined a class or team with its code (until they leave)."""

    group = models.ForeignKey(
        Group, on_delete=models.CASCADE, related_name="members", verbose_name=_("クラス・チーム")
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="group_memberships",
        verbose_name=_("本人"),
    )
    joined_at = models.DateTimeField(_("参加した日時"), auto_now_add=True)
    left_at = models.DateTimeField(_("抜けた日時"), null=True, blank=True)

    class Meta:
        verbose_name = _("クラス・チームの参加者")
        verbose_name_plural = _("クラス・チームの参加者")
        ordering = ["joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "person"],
                condition=models.Q(left_at__isnull=True),
                name="sharing_one_active_group_member",
            )
        ]

    def __str__(self):
        return f"{self.group} / {self.person_id}"
