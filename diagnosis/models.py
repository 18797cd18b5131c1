"""A person's self-diagnosis result: one row per person, one generation.

The row belongs to an account (``owner``) or, before sign-up, to whoever holds its reference code
(only an HMAC of the code is stored, keyed with ``SECRET_KEY``: a copy of the database does not
reveal usable codes). Each check's latest answers and scores sit in their own column; taking a
check again replaces that column (table 2-8: 自己診断結果は1世代保持). When the result joins an
account, the code stops working.
"""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .questions import KINDS


def hash_reference_code(code: str) -> str:
    key = f"diagnosis-reference-code:{settings.SECRET_KEY}".encode()
    return hmac.new(key, code.encode(), hashlib.sha256).hexdigest()


class DiagnosisResult(models.Model):
    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="diagnosis_result",
        verbose_name=_("利用者"),
    )
    reference_hash = models.CharField(
        _("参照コード（ハッシュ）"), max_length=64, null=True, blank=True, unique=True
    )
    # Each: {"version", "answers": {item id: 1–5}, "scores", "top", "code", "tied", "flat",
    # "completed_at"} or null when the check has not been taken.
    interest = models.JSONField(_("興味のタイプ診断"), null=True, blank=True)
    values = models.JSONField(_("仕事の価値観診断"), null=True, blank=True)
    strengths = models.JSONField(_("強みの診断"), null=True, blank=True)
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    class Meta:
        verbose_name = _("自己診断の結果")
        verbose_name_plural = _("自己診断の結果")
        constraints = [
            models.CheckConstraint(
                condition=Q(owner__isnull=False) | Q(reference_hash__isnull=False),
                name="diagnosisresult_owner_or_code",
            )
        ]

    def __str__(self):
        return f"DiagnosisResult {self.pk}"

    def part(self, kind: str) -> dict | None:
        if kind not in KINDS:
            raise KeyError(kind)
        return getattr(self, kind)

    @property
    def is_empty(self) -> bool:
        return not any(self.part(kind) for kind in KINDS)
