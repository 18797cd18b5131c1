"""PDFs a person keeps with their card: 3-3 evaluation sheets and certificates (免許・資格の証明書).

Policy: sheet 3-3 (written by a company or training body) is received as a PDF for now, not
re-imported from Excel. Files are stored in ``outputs.storage.private_storage`` (outside MEDIA_ROOT,
no URL) under a random name and served only to the card's owner (``outputs.views.document_file``).
"""

from __future__ import annotations

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from sheets.models import Card

from .storage import get_private_storage


def private_upload_to(instance, filename: str) -> str:
    # Never the person's file name on disk: a random one, grouped by card.
    return f"documents/{instance.card_id}/{secrets.token_hex(16)}.pdf"


class UploadedDocument(models.Model):
    class Kind(models.TextChoices):
        EVALUATION = "evaluation", _("様式3-3 評価シート（企業・訓練実施機関が記入したもの）")
        CERTIFICATE = "certificate", _("免許・資格の証明書")

    card = models.ForeignKey(
        Card, on_delete=models.CASCADE, related_name="uploaded_documents", verbose_name=_("カード")
    )
    kind = models.CharField(_("種類"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("名前"), max_length=100, blank=True)
    file = models.FileField(_("ファイル"), storage=get_private_storage, upload_to=private_upload_to)
    original_name = models.CharField(_("元のファイル名"), max_length=200, blank=True)
    size = models.PositiveIntegerField(_("サイズ（バイト）"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_at = models.DateTimeField(_("アップロード日時"), auto_now_add=True)

    class Meta:
        verbose_name = _("アップロードしたPDF")
        verbose_name_plural = _("アップロードしたPDF")
        ordering = ["card", "-uploaded_at", "-pk"]

    def __str__(self):
        return self.title or self.get_kind_display()

    @property
    def download_name(self) -> str:
        return self.original_name or f"{self.get_kind_display()}.pdf"


class ExportPreference(models.Model):
    """The 基本情報 items a person last chose to print (e.g. without 性別) and the language of that
    download: offered ticked next time and used when their card's PDFs are rendered ahead
    (``outputs.tasks``)."""

    card = models.OneToOneField(
        Card, on_delete=models.CASCADE, related_name="export_preference", verbose_name=_("カード")
    )
    profile_keys = models.JSONField(_("印刷する基本情報の項目"), default=list)
    language = models.CharField(_("言語"), max_length=10, blank=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    class Meta:
        verbose_name = _("出力の設定")
        verbose_name_plural = _("出力の設定")

    def __str__(self):
        return f"{self.card} の出力の設定"


def remembered_profile_keys(card: Card | None, offered: list[str]) -> set[str]:
    """The 基本情報 keys to tick: the last choice (only keys still offered), else all of them."""
    preference = ExportPreference.objects.filter(card=card).first() if card is not None and card.pk else None
    if preference is None:
        return set(offered)
    return {key for key in preference.profile_keys if key in offered}


def remember_profile_keys(card: Card | None, keys: set[str], language: str = "") -> None:
    if card is None or not card.pk:
        return
    defaults = {"profile_keys": sorted(keys), "language": language}
    ExportPreference.objects.update_or_create(card=card, defaults=defaults)


def remembered_language(card: Card) -> str:
    """The language of the card's last download (the site's default when none)."""
    from django.conf import settings

    preference = ExportPreference.objects.filter(card=card).first()
    languages = {code for code, _name in settings.LANGUAGES}
    if preference is not None and preference.language in languages:
        return preference.language
    return settings.LANGUAGE_CODE
