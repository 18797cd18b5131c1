"""PDFs a person keeps with their card: 3-3 evaluation sheets and certificates (免許・資格の証明書).

Policy: sheet 3-3 (written by a company or training body) is received as a PDF for now, not
re-imported from Excel. Files are stored in ``outputs.storage.private_storage`` (outside MEDIA_ROOT,
no URL) under a random name and served only to the card's owner (``outputs.views.document_file``).
"""

from __future__ import annotations

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from forms.models import Card

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
