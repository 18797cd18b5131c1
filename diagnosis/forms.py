"""The form of a check (one radio group per item) and the reference-code form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .questions import Check
from .store import normalise_code


class CheckForm(forms.Form):
    def __init__(self, check: Check, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.check = check
        choices = [(str(value), label) for value, label in check.scale]
        for item in check.items:
            self.fields[item.id] = forms.TypedChoiceField(
                label=item.text,
                choices=choices,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("答えを選んでください。"),
                    "invalid_choice": _("選択肢の中から選んでください。"),
                },
            )

    def answers(self) -> dict[str, int]:
        return {item.id: self.cleaned_data[item.id] for item in self.check.items}

    def rows(self):
        """(number, item, bound field) for the template, in the check's order."""
        return [(number, item, self[item.id]) for number, item in enumerate(self.check.items, start=1)]


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("参照コード"),
        max_length=40,
        error_messages={"required": _("参照コードを入力してください。")},
    )

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(
                _("参照コードは、英字と数字の12文字です（例：ACDE-FGHJ-KMNP）。入力内容を確かめてください。")
            )
        return code
