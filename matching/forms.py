from __future__ import annotations

import re
import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from occupations.models import Occupation

from .models import EmploymentType, MatchingProfile

_LINE = re.compile(r"^(?P<name>.+?)[\s　:：]+(?P<years>\d{1,2})\s*年?$")


class MatchingProfileForm(forms.ModelForm):
    employment_types = forms.MultipleChoiceField(
        label=_("希望する雇用形態"),
        choices=EmploymentType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    occupation_lines = forms.CharField(
        label=_("経験した職業と年数"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("一行に一つ、job tag の職業名（または職業番号）と年数を書きます。例：一般事務 5"),
    )

    class Meta:
        model = MatchingProfile
        fields = [
            "discoverable",
            "show_work_history",
            "show_qualifications",
            "show_diagnosis",
            "show_prefecture",
            "prefecture",
            "remote_ok",
            "employment_types",
            "max_hours_per_week",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.occupations:
            titles = dict(
                Occupation.objects.filter(pk__in=[o["id"] for o in self.instance.occupations]).values_list(
                    "pk", "title"
                )
            )
            self.initial["occupation_lines"] = "\n".join(
                f"{titles.get(o['id'], o['id'])} {o.get('years', 0)}" for o in self.instance.occupations
            )

    def clean_occupation_lines(self):
        rows, errors = [], []
        for raw in (self.cleaned_data.get("occupation_lines") or "").splitlines():
            line = unicodedata.normalize("NFKC", raw).strip()
            if not line:
                continue
            match = _LINE.match(line)
            if not match:
                errors.append(
                    _("「%(line)s」：職業名と年数を空白で区切って書いてください。") % {"line": raw.strip()}
                )
                continue
            name = match.group("name").strip()
            occupation = (
                Occupation.objects.filter(pk=int(name)).first()
                if name.isdigit()
                else Occupation.objects.filter(title=name).first()
            )
            if occupation is None:
                errors.append(_("「%(name)s」という職業が job tag に見つかりません。") % {"name": name})
                continue
            rows.append({"id": occupation.pk, "years": int(match.group("years"))})
        if errors:
            raise forms.ValidationError(errors)
        return rows[:10]

    def save(self, commit=True):
        self.instance.occupations = self.cleaned_data.get("occupation_lines") or []
        return super().save(commit=commit)
