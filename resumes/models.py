"""What a person chose on the 履歴書 and 職務経歴書 pages, kept on their Job Card.

One row per card and document: the choices and the texts they edited (``data``, see
``resumes.options``) and, for the 履歴書, the photo already cropped and stripped of metadata
(``photo``, a small JPEG). It belongs to the card, so it is reached only through
``sheets.cards.get_card(request)`` (the owner's own card) and is deleted with the card or the account.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from sheets.models import Card


class ResumeDraft(models.Model):
    class Document(models.TextChoices):
        RIREKISHO = "rirekisho", _("履歴書")
        SHOKUMU = "shokumu", _("職務経歴書")

    card = models.ForeignKey(
        Card, on_delete=models.CASCADE, related_name="resume_drafts", verbose_name=_("カード")
    )
    document = models.CharField(_("書類"), max_length=10, choices=Document.choices)
    data = models.JSONField(_("選んだ内容と編集した文章"), default=dict, blank=True)
    # A JPEG of at most a few dozen KB (resumes.photo makes it); in the database, so that no public
    # media URL ever points at a person's face.
    photo = models.BinaryField(_("写真"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    class Meta:
        verbose_name = _("履歴書・職務経歴書の設定")
        verbose_name_plural = _("履歴書・職務経歴書の設定")
        constraints = [
            models.UniqueConstraint(fields=["card", "document"], name="resumes_one_draft_per_document")
        ]

    def __str__(self):
        return f"{self.get_document_display()} (card {self.card_id})"
