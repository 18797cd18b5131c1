"""The person's share form and the supporter's code form."""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Membership, Share

PERIODS = {
    "7": (_("1週間"), datetime.timedelta(days=7)),
    "30": (_("1か月"), datetime.timedelta(days=30)),
    "90": (_("3か月"), datetime.timedelta(days=90)),
    "180": (_("6か月"), datetime.timedelta(days=180)),
}


class ShareForm(forms.Form):
    sheets = forms.MultipleChoiceField(
        label=_("共有する様式"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("共有する様式を1つ以上選んでください。")},
        help_text=_("保存した内容だけが共有されます。保存していない下書きは見えません。"),
    )
    scope = forms.ChoiceField(
        label=_("見られる人"),
        choices=Share.Scope.choices,
        initial=Share.Scope.MEMBER,
        widget=forms.RadioSelect,
        help_text=_("「組織の担当者」を選ぶと、担当者が代わっても続けて支援を受けられます。"),
    )
    period = forms.ChoiceField(
        label=_("共有の期限"),
        choices=[(key, label) for key, (label, _delta) in PERIODS.items()],
        initial="30",
        widget=forms.RadioSelect,
        help_text=_("期限が来ると自動的に見られなくなります。期限の前でも、いつでも共有をやめられます。"),
    )
    note = forms.CharField(
        label=_("メモ（任意）"),
        required=False,
        max_length=100,
        help_text=_("例：ハローワーク○○ 5月の相談用。あなただけに見えます。"),
        error_messages={"max_length": _("メモは100文字以内で入力してください。")},
    )

    def __init__(self, *args, sheet_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sheets"].choices = list(sheet_choices)
        if not sheet_choices:
            self.fields["sheets"].help_text = _(
                "共有できる様式がまだありません。様式を保存してから共有してください。"
            )

    def expires_at(self):
        return timezone.now() + PERIODS[self.cleaned_data["period"]][1]


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("共有コード"),
        max_length=40,
        help_text=_("ご本人から受け取った16文字のコードです。ハイフンや空白はあってもなくてもかまいません。"),
        error_messages={"required": _("共有コードを入力してください。")},
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    membership = forms.TypedChoiceField(label=_("受け取る組織"), coerce=int)

    def __init__(self, *args, memberships=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.memberships = {m.pk: m for m in memberships}
        self.fields["membership"].choices = [
            (m.pk, f"{m.organisation.name}（{m.display_name}）") for m in memberships
        ]
        if len(self.memberships) == 1:
            self.fields["membership"].widget = forms.HiddenInput()
            self.fields["membership"].initial = next(iter(self.memberships))


class CommentForm(forms.Form):
    text = forms.CharField(
        label=_("コメント"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("様式の外に残るメモです。ジョブ・カードの印刷やExcelには含まれません。"),
        error_messages={
            "required": _("コメントを入力してください。"),
            "max_length": _("コメントは1000文字以内で入力してください。"),
        },
    )
    section = forms.ChoiceField(label=_("どの欄について"), required=False)

    def __init__(self, *args, sections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = [("", _("様式全体"))] + [(t, t) for t in sections]


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("メールアドレス"),
        max_length=254,
        help_text=_("招待する人のメールアドレスです。このアドレスに参加用のリンクを送ります。"),
        error_messages={
            "required": _("メールアドレスを入力してください。"),
            "invalid": _("メールアドレスの形式で入力してください（例：tanaka@example.jp）。"),
        },
    )
    display_name = forms.CharField(
        label=_("表示名"),
        max_length=60,
        help_text=_("ご本人の画面と記入欄に表示する担当者名です（例：田中 相談員）。"),
        error_messages={
            "required": _("表示名を入力してください。"),
            "max_length": _("表示名は60文字以内で入力してください。"),
        },
    )
    role = forms.ChoiceField(
        label=_("役割"),
        choices=Membership.Role.choices,
        initial=Membership.Role.STAFF,
        error_messages={"invalid_choice": _("役割を一覧から選んでください。")},
    )


class JoinGroupForm(forms.Form):
    code = forms.CharField(
        label=_("参加コード"),
        max_length=40,
        help_text=_(
            "学校や会社から伝えられた16文字のコードです。ハイフンや空白はあってもなくてもかまいません。"
        ),
        error_messages={"required": _("参加コードを入力してください。")},
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


class GroupForm(forms.Form):
    name = forms.CharField(
        label=_("クラス・チームの名前"),
        max_length=60,
        help_text=_("参加する人に表示されます（例：3年A組 進路指導、2027年度 新入社員研修）。"),
        error_messages={
            "required": _("クラス・チームの名前を入力してください。"),
            "max_length": _("名前は60文字以内で入力してください。"),
        },
    )
    membership = forms.TypedChoiceField(label=_("組織"), coerce=int)

    def __init__(self, *args, memberships=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.memberships = {m.pk: m for m in memberships}
        self.fields["membership"].choices = [(m.pk, m.organisation.name) for m in memberships]
        if len(self.memberships) == 1:
            self.fields["membership"].widget = forms.HiddenInput()
            self.fields["membership"].initial = next(iter(self.memberships))
