"""Forms of the company side: a job posting and an offer (スカウト). Every message is Japanese and
sits next to its field; nothing typed is lost when something is refused."""

from __future__ import annotations

import difflib
import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from content.taxonomy import Sheet
from occupations.models import Occupation

from . import licences
from .models import JobPosting

MAX_DUTIES = 10
MAX_LICENCES = 10


class NumberField(forms.IntegerField):
    """Accepts 「２５０，０００円」 as 250000: full-width digits, commas, 円 and spaces are forgiven."""

    def to_python(self, value):
        if isinstance(value, str):
            value = unicodedata.normalize("NFKC", value)
            for junk in (",", "円", " ", "時間", "年"):
                value = value.replace(junk, "")
        return super().to_python(value)


def _number(label, *, min_value, max_value, required=True, unit=""):
    return NumberField(
        label=label,
        required=required,
        min_value=min_value,
        max_value=max_value,
        error_messages={
            "required": _("%(label)sを入力してください。") % {"label": label},
            "invalid": _("%(label)sは数字で入力してください。") % {"label": label},
            "min_value": _("%(label)sは%(min)s%(unit)s以上にしてください。")
            % {"label": label, "min": f"{min_value:,}", "unit": unit},
            "max_value": _("%(label)sは%(max)s%(unit)s以下にしてください。")
            % {"label": label, "max": f"{max_value:,}", "unit": unit},
        },
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class PostingForm(forms.ModelForm):
    title = forms.CharField(
        label=_("求人のタイトル"),
        max_length=120,
        help_text=_("例：経理事務（横浜市・正社員）"),
        error_messages={
            "required": _("求人のタイトルを入力してください。"),
            "max_length": _("求人のタイトルは120文字以内で入力してください。"),
        },
    )
    occupation_name = forms.CharField(
        label=_("職業（job tag）"),
        max_length=200,
        help_text=_("job tag の職業名で入力します（例：一般事務）。候補から選べます。"),
        error_messages={"required": _("職業を job tag の職業名で入力してください（例：一般事務）。")},
        widget=forms.TextInput(attrs={"list": "occupation-titles", "autocomplete": "off"}),
    )
    tasks = forms.MultipleChoiceField(
        label=_("仕事の内容（job tag のタスクから選ぶ）"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("選んだタスクが、この職業のものではありません。選び直してください。")
        },
    )
    duties_text = forms.CharField(
        label=_("仕事の内容（自由記述）"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("一行に一つ書きます。job tag のタスクと合わせて10件までです。"),
    )
    required_text = forms.CharField(
        label=_("必須の免許・資格"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("一行に一つ、免許・資格の名称を書きます（例：日商簿記検定2級）。なければ空欄です。"),
    )
    preferred_text = forms.CharField(
        label=_("歓迎する免許・資格"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("一行に一つ書きます。なければ空欄です。"),
    )
    experience_years = _number(_("求める経験年数"), min_value=0, max_value=40, unit="年")
    wage_min = _number(_("賃金の下限"), min_value=1, max_value=10_000_000, required=False, unit="円")
    wage_max = _number(_("賃金の上限"), min_value=1, max_value=10_000_000, required=False, unit="円")
    hours_per_week = _number(_("週の所定労働時間"), min_value=1, max_value=60, unit="時間")

    class Meta:
        model = JobPosting
        fields = [
            "title",
            "experience_years",
            "prefecture",
            "city",
            "remote",
            "employment_type",
            "wage_unit",
            "wage_min",
            "wage_max",
            "hours_per_week",
            "hours_note",
        ]
        error_messages = {
            "prefecture": {
                "required": _("勤務地の都道府県を選んでください。"),
                "invalid_choice": _("勤務地の都道府県を一覧から選んでください。"),
            },
            "employment_type": {
                "required": _("雇用形態を選んでください。"),
                "invalid_choice": _("雇用形態を一覧から選んでください。"),
            },
            "city": {"max_length": _("市区町村は60文字以内で入力してください。")},
            "hours_note": {"max_length": _("勤務時間は120文字以内で入力してください。")},
        }
        help_texts = {"hours_note": _("例：9:00〜18:00（休憩60分）、土日祝休み")}

    field_order = [
        "title",
        "occupation_name",
        "tasks",
        "duties_text",
        "required_text",
        "preferred_text",
        "experience_years",
        "prefecture",
        "city",
        "remote",
        "employment_type",
        "wage_unit",
        "wage_min",
        "wage_max",
        "hours_per_week",
        "hours_note",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["prefecture"].label = _("勤務地（都道府県）")
        self.fields["city"].label = _("勤務地（市区町村）")
        self.fields["wage_unit"].label = _("賃金の単位")
        self.fields["wage_unit"].widget = forms.RadioSelect(choices=self.fields["wage_unit"].choices)
        self.fields["hours_note"].label = _("勤務時間")
        posting = self.instance
        if posting.pk and not self.is_bound:
            self.initial["occupation_name"] = posting.occupation.title if posting.occupation else ""
            task_texts = (
                {t.text: str(t.pk) for t in posting.occupation.tasks.all()} if posting.occupation else {}
            )
            self.initial["tasks"] = [task_texts[line] for line in posting.duty_lines if line in task_texts]
            self.initial["duties_text"] = "\n".join(
                line for line in posting.duty_lines if line not in task_texts
            )
            self.initial["required_text"] = "\n".join(posting.required_licences or [])
            self.initial["preferred_text"] = "\n".join(posting.preferred_licences or [])
        self.occupation = self._occupation_from_input()
        self.fields["tasks"].choices = (
            [
                (str(t.pk), t.text)
                for t in sorted(self.occupation.tasks.all(), key=lambda t: (-(t.importance or 0), t.pk))
            ]
            if self.occupation
            else []
        )

    def _occupation_from_input(self):
        name = self.data.get(self.add_prefix("occupation_name")) if self.is_bound else None
        if name is None:
            name = self.initial.get("occupation_name") or ""
        return find_occupation(name)

    def clean_occupation_name(self):
        name = self.cleaned_data["occupation_name"]
        if self.occupation is None:
            raise forms.ValidationError(
                _("「%(name)s」という職業が job tag に見つかりません。候補から選んでください。")
                % {"name": name}
            )
        return name

    def _licences(self, key):
        names, errors = [], []
        vocabulary = licences.vocabulary()
        for line in _lines(self.cleaned_data.get(key)):
            known = vocabulary.get(licences.normalise(line))
            if known is None:
                close = difflib.get_close_matches(line, list(vocabulary.values()), n=1, cutoff=0.6)
                hint = _("（近い名称：%(name)s）") % {"name": close[0]} if close else ""
                errors.append(
                    _("「%(name)s」は免許・資格の一覧にありません。一覧の名称で入力してください%(hint)s。")
                    % {"name": line, "hint": hint}
                )
            elif known not in names:
                names.append(known)
        if len(names) > MAX_LICENCES:
            errors.append(_("免許・資格は%(n)d件までにしてください。") % {"n": MAX_LICENCES})
        if errors:
            raise forms.ValidationError(errors)
        return names

    def clean_required_text(self):
        return self._licences("required_text")

    def clean_preferred_text(self):
        return self._licences("preferred_text")

    def clean_duties_text(self):
        lines = _lines(self.cleaned_data.get("duties_text"))
        too_long = [line for line in lines if len(line) > 200]
        if too_long:
            raise forms.ValidationError(_("仕事の内容は一行200文字以内で書いてください。"))
        return lines

    def clean(self):
        data = super().clean()
        if self.occupation is not None and "duties_text" in data and "tasks" in data:
            chosen = set(data.get("tasks") or [])
            task_lines = [text for pk, text in self.fields["tasks"].choices if pk in chosen]
            lines = task_lines + [line for line in data["duties_text"] if line not in task_lines]
            if not lines:
                self.add_error(
                    "tasks", _("仕事の内容を、job tag のタスクから選ぶか、自由記述で1つ以上書いてください。")
                )
            elif len(lines) > MAX_DUTIES:
                self.add_error(
                    "duties_text", _("仕事の内容は合わせて%(n)d件までにしてください。") % {"n": MAX_DUTIES}
                )
            data["duties"] = lines
        both = set(data.get("required_text") or []) & set(data.get("preferred_text") or [])
        if both:
            self.add_error(
                "preferred_text",
                _("「%(name)s」は必須と歓迎の両方にあります。どちらか一方にしてください。")
                % {"name": sorted(both)[0]},
            )
        low, high = data.get("wage_min"), data.get("wage_max")
        if low and high and low > high:
            self.add_error("wage_max", _("賃金の上限は、下限以上にしてください。"))
        if data.get("wage_unit") == "hour" and high and high > 100_000:
            self.add_error("wage_max", _("時給としては高すぎます。月給なら単位を「月給」にしてください。"))
        return data

    def save(self, commit=True):
        posting = self.instance
        posting.occupation = self.occupation
        posting.duties = self.cleaned_data["duties"]
        posting.required_licences = self.cleaned_data["required_text"]
        posting.preferred_licences = self.cleaned_data["preferred_text"]
        return super().save(commit=commit)


def find_occupation(name: str):
    text = unicodedata.normalize("NFKC", name or "").strip()
    if not text:
        return None
    if text.isdigit():
        return Occupation.objects.filter(pk=int(text)).first()
    return Occupation.objects.filter(title=text).first()


# Offers -----------------------------------------------------------------------------------------

OFFER_SHEETS = (
    Sheet.CAREER_PLAN_EXPERIENCED,
    Sheet.CAREER_PLAN_STUDENT,
    Sheet.WORK_HISTORY,
    Sheet.QUALIFICATIONS,
    Sheet.LEARNING,
)


def sheet_label(code: str) -> str:
    return str(dict(Sheet.choices).get(code, code))


class OfferForm(forms.Form):
    message = forms.CharField(
        label=_("メッセージ"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("なぜこの方に声をかけるのか、次に何をお願いしたいのかを書きます。1000文字以内。"),
        error_messages={
            "required": _("メッセージを入力してください。"),
            "max_length": _("メッセージは1000文字以内で入力してください。"),
        },
    )
    sheets = forms.MultipleChoiceField(
        label=_("見せてほしい様式"),
        choices=[(s.value, s.label) for s in OFFER_SHEETS],
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "ご本人が承諾すると、選んだ様式（ご本人が保存したもの）が共有され、氏名も見えるようになります。"
        ),
        error_messages={"required": _("見せてほしい様式を1つ以上選んでください。")},
    )
