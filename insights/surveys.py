"""The surveys of table 2-13: satisfaction (5 points + a comment), purpose of use, why a draft was left.

An answer is stored with the date (no time), the place it was asked, the answer codes, the
visitor's persona codes (only when they allow counting) and the comment with personal data masked
(``assistant.masking``: e-mail addresses, telephone and postal codes, long numbers, names). Nothing
ties it to an account, a session or an event.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Placement, Survey

COMMENT_MAX = 1000

SCORES = [
    (5, _("とても満足")),
    (4, _("満足")),
    (3, _("どちらともいえない")),
    (2, _("不満")),
    (1, _("とても不満")),
]
SATISFIED_MIN = 4  # 「満足」 or 「とても満足」 counts as satisfied

PURPOSES_OF_USE = [
    ("job_change", _("転職活動に使うため")),
    ("job_search", _("就職活動（新卒・既卒）に使うため")),
    ("referred", _("ハローワークや支援機関で勧められたため")),
    ("training", _("職業訓練の応募・受講に使うため")),
    ("career_review", _("キャリアの棚卸し・振り返りのため")),
    ("school", _("学校の授業やキャリア教育のため")),
    ("company", _("勤務先での人材育成・評価のため")),
    ("other", _("その他")),
]

DRAFT_REASONS = [
    ("later", _("あとで続きを書くつもりだった")),
    ("no_time", _("時間が足りなかった")),
    ("what_to_write", _("何を書けばよいか分からなかった")),
    ("hard_to_use", _("入力や操作が分かりにくかった")),
    ("need_info", _("書くための資料や情報が手元になかった")),
    ("need_advice", _("誰かに相談してから書きたかった")),
    ("other", _("その他")),
]

QUESTIONS = {
    Survey.SATISFACTION: _("このサイトの使いやすさに、どのくらい満足していますか。"),
    Survey.PURPOSE: _("このサイトを使った目的を教えてください。"),
    Survey.DRAFT_LEFT: _(
        "下書きのままになっている様式があります。保存まで進まなかった理由を教えてください。"
    ),
}
TITLES = {
    Survey.SATISFACTION: _("満足度アンケート"),
    Survey.PURPOSE: _("利用目的アンケート"),
    Survey.DRAFT_LEFT: _("下書きについてのアンケート"),
}


class _SurveyForm(forms.Form):
    where = forms.ChoiceField(choices=Placement.choices, required=False, widget=forms.HiddenInput)
    comment = forms.CharField(
        label=_("ご意見・ご感想（任意）"),
        required=False,
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("お名前や連絡先は書かないでください（書かれた場合は伏せ字にして保存します）。"),
        error_messages={
            "max_length": _("%(limit_value)d文字以内で入力してください（いま%(show_value)d文字）。")
        },
    )

    def clean_where(self):
        return self.cleaned_data.get("where") or Placement.OTHER


class SatisfactionForm(_SurveyForm):
    score = forms.TypedChoiceField(
        label=_("満足度"),
        choices=SCORES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("満足度を5段階から1つ選んでください。"),
            "invalid_choice": _("満足度を5段階から1つ選んでください。"),
        },
    )
    field_order = ["score", "comment", "where"]


class PurposeForm(_SurveyForm):
    choice = forms.ChoiceField(
        label=_("利用目的"),
        choices=PURPOSES_OF_USE,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("当てはまるものを1つ選んでください。"),
            "invalid_choice": _("当てはまるものを1つ選んでください。"),
        },
    )
    field_order = ["choice", "comment", "where"]


class DraftLeftForm(_SurveyForm):
    choice = forms.ChoiceField(
        label=_("理由"),
        choices=DRAFT_REASONS,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("いちばん近い理由を1つ選んでください。"),
            "invalid_choice": _("いちばん近い理由を1つ選んでください。"),
        },
    )
    sheet = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
    field_order = ["choice", "comment", "where", "sheet"]

    def clean_sheet(self):
        from sheets.definitions import sheet_codes

        value = self.cleaned_data.get("sheet", "")
        return value if value in sheet_codes() else ""


FORMS = {
    Survey.SATISFACTION: SatisfactionForm,
    Survey.PURPOSE: PurposeForm,
    Survey.DRAFT_LEFT: DraftLeftForm,
}


def answer_label(survey: str, code) -> str:
    choices = {Survey.SATISFACTION: SCORES, Survey.PURPOSE: PURPOSES_OF_USE, Survey.DRAFT_LEFT: DRAFT_REASONS}
    return str(dict(choices.get(survey, [])).get(code, code))
