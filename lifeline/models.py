"""ライフラインチャート (キャリア・プラン作成補助シート): points of (age, satisfaction, event) on a card.

A point belongs to a ``sheets.models.Card`` — the signed-in person's or an anonymous visitor's —
and is read and written only through the request's own card (``sheets.cards.get_card``). Event
texts are personal data: never logged, shown to the card's owner only.
"""

from __future__ import annotations

from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sheets.models import Card

MIN_AGE = 0
MAX_AGE = 120
MIN_SATISFACTION = -100
MAX_SATISFACTION = 100
EVENT_MAX_LENGTH = 100
MAX_POINTS = 50


class LifelinePoint(models.Model):
    card = models.ForeignKey(
        Card, on_delete=models.CASCADE, related_name="lifeline_points", verbose_name=_("カード")
    )
    age = models.PositiveSmallIntegerField(
        _("年齢"), validators=[MinValueValidator(MIN_AGE), MaxValueValidator(MAX_AGE)]
    )
    satisfaction = models.SmallIntegerField(
        _("満足度"), validators=[MinValueValidator(MIN_SATISFACTION), MaxValueValidator(MAX_SATISFACTION)]
    )
    event = models.CharField(
        _("出来事"),
        max_length=EVENT_MAX_LENGTH,
        blank=True,
        validators=[MaxLengthValidator(EVENT_MAX_LENGTH)],
    )
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新日時"), auto_now=True)

    class Meta:
        verbose_name = _("ライフラインの点")
        verbose_name_plural = _("ライフラインの点")
        ordering = ["card", "age", "pk"]
        indexes = [models.Index(fields=["card", "age"], name="lifeline_point_card_age")]
        constraints = [
            models.CheckConstraint(
                condition=Q(age__gte=MIN_AGE) & Q(age__lte=MAX_AGE), name="lifeline_point_age_range"
            ),
            models.CheckConstraint(
                condition=Q(satisfaction__gte=MIN_SATISFACTION) & Q(satisfaction__lte=MAX_SATISFACTION),
                name="lifeline_point_satisfaction_range",
            ),
        ]

    def __str__(self):
        # No event text here: __str__ ends up in logs and admin messages.
        return f"{self.age}歳 ({self.satisfaction:+d})"
