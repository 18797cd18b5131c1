"""Stored Job Cards: a card, one entry per sheet, and the saved revisions of each entry.

- ``Card`` belongs to a user, or — before sign-up — to an anonymous visitor who holds a random key
  (only its SHA-256 is stored; it is never the session key).
- ``SheetEntry`` is one sheet of a card, in one definition version. The draft and the saved version
  live side by side in the same row (``draft_data`` and ``saved_data``): autosave writes the draft,
  「保存」 writes the saved version and clears the draft. ``lock_version`` guards every write
  (optimistic concurrency, see ``sheets.services``).
- ``SheetRevision`` is a snapshot of the saved data each time a version is saved, restored or
  migrated, with who did it and which fields changed.

Write through ``sheets.services`` only: it validates, locks and records revisions in one transaction.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .definitions import UnknownDefinition, get_definition


def hash_anonymous_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class CardQuerySet(models.QuerySet):
    def for_anonymous_key(self, key: str | None):
        if not key:
            return self.none()
        return self.filter(owner__isnull=True, anonymous_key=hash_anonymous_key(key))


class Card(models.Model):
    """One person's Job Card: the set of their sheets."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="jobcards",
        verbose_name=_("利用者"),
    )
    # SHA-256 (hex) of a random token kept in the anonymous visitor's session. Cleared when the
    # card is claimed by an account.
    anonymous_key = models.CharField(
        _("匿名キー（ハッシュ）"), max_length=64, null=True, blank=True, unique=True
    )
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    objects = CardQuerySet.as_manager()

    class Meta:
        verbose_name = _("ジョブ・カード")
        verbose_name_plural = _("ジョブ・カード")
        constraints = [
            models.CheckConstraint(
                condition=Q(owner__isnull=False) | Q(anonymous_key__isnull=False),
                name="jobcard_card_has_owner_or_key",
            )
        ]

    def __str__(self):
        return f"ジョブ・カード #{self.pk}"

    @classmethod
    def create_anonymous(cls) -> tuple[Card, str]:
        """A card for a visitor without an account; returns the card and the key for the session."""
        key = secrets.token_urlsafe(32)
        return cls.objects.create(anonymous_key=hash_anonymous_key(key)), key


class SheetEntry(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("下書き")  # never saved: only a draft exists
        SAVED = "saved", _("保存済み")  # a saved version exists (a newer draft may sit beside it)

    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="entries", verbose_name=_("カード"))
    # Codes and versions are validated against sheets.definitions (not model choices, so that a new
    # sheet version needs no schema migration).
    sheet_code = models.CharField(_("様式"), max_length=20)
    definition_version = models.CharField(_("様式の版"), max_length=20)
    status = models.CharField(_("状態"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    draft_data = models.JSONField(_("下書き"), null=True, blank=True)
    saved_data = models.JSONField(_("保存済みの内容"), null=True, blank=True)
    lock_version = models.PositiveIntegerField(_("更新番号"), default=0)
    draft_saved_at = models.DateTimeField(_("下書きの保存日時"), null=True, blank=True)
    saved_at = models.DateTimeField(_("保存日時"), null=True, blank=True)
    # The last 「下書きのままです」 reminder (sheets.reminders); a newer draft makes one due again.
    reminder_sent_at = models.DateTimeField(_("下書きのお知らせ日時"), null=True, blank=True)
    # A supporter writing their part (sharing.services.hold_writing): until ``writing_until`` the
    # person cannot change the sheet (sheets.services.PartBeingWritten), and other supporters wait.
    writing_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("記入中の支援者"),
    )
    writing_label = models.CharField(_("記入中の支援者の表示名"), max_length=200, blank=True)
    writing_until = models.DateTimeField(_("記入中の期限"), null=True, blank=True)
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    class Meta:
        verbose_name = _("様式の記入内容")
        verbose_name_plural = _("様式の記入内容")
        ordering = ["card", "sheet_code", "pk"]
        constraints = [
            # One of each sheet per card; a card may hold several 3-3 sheets (one per evaluation).
            models.UniqueConstraint(
                fields=["card", "sheet_code"],
                condition=~Q(sheet_code__startswith="3-3"),
                name="jobcard_one_entry_per_sheet",
            )
        ]

    def __str__(self):
        return f"{self.sheet_code} ({self.definition_version})"

    @property
    def definition(self):
        return get_definition(self.sheet_code, self.definition_version)

    @property
    def has_draft(self) -> bool:
        return self.draft_data is not None

    def writer_now(self, now=None):
        """The supporter writing their part now, if any: ``(user_id, label, until)``."""
        now = now or timezone.now()
        if self.writing_by_id and self.writing_until and self.writing_until > now:
            return self.writing_by_id, self.writing_label, self.writing_until
        return None

    @property
    def current_data(self) -> dict:
        """What the editor shows: the draft if there is one, else the saved version."""
        if self.draft_data is not None:
            return self.draft_data
        return self.saved_data or {}

    def clean(self):
        from .validation import validate

        try:
            definition = self.definition
        except UnknownDefinition as exc:
            raise ValidationError({"sheet_code": exc.message}) from exc
        if self.draft_data is not None and not isinstance(self.draft_data, dict):
            raise ValidationError({"draft_data": _("入力の形式が正しくありません。")})
        if self.saved_data is not None:
            result = validate(definition, self.saved_data)
            if result.errors:
                raise ValidationError(
                    {"saved_data": [f"{path}: {msg}" for path, msgs in result.errors.items() for msg in msgs]}
                )


class SheetRevision(models.Model):
    class Kind(models.TextChoices):
        SAVE = "save", _("保存")
        RESTORE = "restore", _("復元")
        MIGRATION = "migration", _("様式の版の移行")

    entry = models.ForeignKey(
        SheetEntry, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("様式の記入内容")
    )
    data = models.JSONField(_("保存された内容"))
    definition_version = models.CharField(_("様式の版"), max_length=20)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("保存した人"),
    )
    kind = models.CharField(_("種類"), max_length=10, choices=Kind.choices, default=Kind.SAVE)
    changed_fields = models.JSONField(_("変更された項目"), default=list, blank=True)
    summary = models.CharField(_("変更の概要"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("保存日時"), auto_now_add=True)

    class Meta:
        verbose_name = _("保存履歴")
        verbose_name_plural = _("保存履歴")
        ordering = ["entry", "-created_at", "-pk"]
        indexes = [models.Index(fields=["entry", "-created_at"], name="jobcard_rev_entry_created")]

    def __str__(self):
        return f"{self.entry} @ {self.created_at:%Y-%m-%d %H:%M}"
