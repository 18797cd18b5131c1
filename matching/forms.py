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


class AcceptForm(forms.Form):
    """The person's answer 「承諾する」: which of the asked sheets, who may see, until when."""

    sheets = forms.MultipleChoiceField(
        label=_("共有する様式"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("共有する様式を1つ以上選んでください。")},
        help_text=_("企業が見たいと言っている様式のうち、保存したものから選べます。"),
    )
    scope = forms.ChoiceField(label=_("見られる人"), widget=forms.RadioSelect)
    period = forms.ChoiceField(label=_("共有の期限"), widget=forms.RadioSelect)

    def __init__(self, *args, sheet_choices=(), **kwargs):
        from sharing.forms import PERIODS
        from sharing.models import Share

        super().__init__(*args, **kwargs)
        self.fields["sheets"].choices = list(sheet_choices)
        self.fields["sheets"].initial = [code for code, _label in sheet_choices]
        self.fields["scope"].choices = [
            (Share.Scope.MEMBER, _("スカウトを送った担当者だけ")),
            (Share.Scope.ORGANISATION, _("その企業の担当者")),
        ]
        self.fields["scope"].initial = Share.Scope.MEMBER
        self.fields["period"].choices = [(key, label) for key, (label, _d) in PERIODS.items()]
        self.fields["period"].initial = "30"

    def expires_at(self):
        from django.utils import timezone

        from sharing.forms import PERIODS

        return timezone.now() + PERIODS[self.cleaned_data["period"]][1]
