"""The lifeline formset: one row per point, rows added without JavaScript, errors in Japanese.

Numbers are read the way people type them on a Japanese keyboard: 全角 digits, 「＋」「−」「ー」 signs
and a trailing 「歳」 or 「点」 are accepted (「２５歳」 → 25, 「−６０」 → -60).
"""

from __future__ import annotations

import re
import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import (
    EVENT_MAX_LENGTH,
    MAX_AGE,
    MAX_POINTS,
    MAX_SATISFACTION,
    MIN_AGE,
    MIN_SATISFACTION,
    LifelinePoint,
)

EXTRA_ROWS = 3
_MINUS = re.compile("[\u2212\u2012\u2013\u2014\u2015\u30fc\uff70\ufe63]")


class JapaneseIntegerField(forms.IntegerField):
    """An integer typed as 「２５歳」, 「＋８０」 or 「−６０」."""

    def __init__(self, *, suffixes=(), **kwargs):
        self.suffixes = suffixes
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = _MINUS.sub("-", unicodedata.normalize("NFKC", value)).strip()
            for suffix in self.suffixes:
                value = value.removesuffix(suffix).strip()
            value = value.replace(" ", "")
        return super().to_python(value)


class PointForm(forms.ModelForm):
    age = JapaneseIntegerField(
        label=_("年齢"),
        min_value=MIN_AGE,
        max_value=MAX_AGE,
        suffixes=("歳", "才"),
        error_messages={
            "required": _("年齢を入力してください。"),
            "invalid": _("年齢は0〜120の数字で入力してください。"),
            "min_value": _("年齢は0〜120の数字で入力してください。"),
            "max_value": _("年齢は0〜120の数字で入力してください。"),
        },
    )
    satisfaction = JapaneseIntegerField(
        label=_("満足度"),
        min_value=MIN_SATISFACTION,
        max_value=MAX_SATISFACTION,
        suffixes=("点",),
        error_messages={
            "required": _("満足度を入力してください。"),
            "invalid": _("満足度は−100〜100の数字で入力してください。"),
            "min_value": _("満足度は−100〜100の数字で入力してください。"),
            "max_value": _("満足度は−100〜100の数字で入力してください。"),
        },
    )
    event = forms.CharField(
        label=_("出来事"),
        required=False,
        max_length=EVENT_MAX_LENGTH,
        error_messages={"max_length": _("出来事は%(limit_value)d文字以内で入力してください。")},
    )

    class Meta:
        model = LifelinePoint
        fields = ["age", "satisfaction", "event"]

    def clean_event(self):
        # One line: newlines and control characters become spaces.
        text = self.cleaned_data.get("event") or ""
        return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


class BasePointFormSet(forms.BaseModelFormSet):
    def clean(self):
        super().clean()
        kept = [
            form
            for form in self.forms
            if form.has_changed() or form.instance.pk
            if not (self.can_delete and self._should_delete_form(form))
        ]
        if len(kept) > MAX_POINTS:
            raise forms.ValidationError(
                _("記入できる出来事は%(max)d件までです。") % {"max": MAX_POINTS}, code="too_many_forms"
            )


def point_formset_class(extra: int = EXTRA_ROWS):
    return forms.modelformset_factory(
        LifelinePoint,
        form=PointForm,
        formset=BasePointFormSet,
        extra=extra,
        can_delete=True,
        max_num=MAX_POINTS,
        absolute_max=MAX_POINTS + 10,
    )
