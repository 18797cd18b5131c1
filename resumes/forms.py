"""The forms of the 履歴書 and 職務経歴書 pages.

Everything is optional. Input is read as leniently as on 登録情報 (和暦 dates, 全角 digits,
カタカナ readings, the many kinds of dash) with the helpers of ``accounts.japanese``; every error is
a plain Japanese sentence shown next to its field, and the page comes back with everything else
the person typed.
"""

from __future__ import annotations

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.forms import JapaneseCleaningMixin
from accounts.japanese import (
    parse_birth_date,
    parse_date,
    to_seireki,
)

from . import photo as photos
from .dates import Calendar
from .mapping import SourceRow
from .options import TEXT_LIMITS
from .sources import Basics

MAX_LENGTH_MESSAGE = _("%(limit_value)d文字以内で入力してください（いまは%(show_value)d文字です）。")
EARLIEST_DOCUMENT_DATE = datetime.date(2000, 1, 1)


def _text(label, max_length, **kwargs):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=False,
        strip=True,
        error_messages={"max_length": MAX_LENGTH_MESSAGE},
        **kwargs,
    )


def _area(label, key):
    return forms.CharField(
        label=label,
        max_length=TEXT_LIMITS[key],
        required=False,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"max_length": MAX_LENGTH_MESSAGE},
    )


def _flag(label):
    return forms.BooleanField(label=label, required=False)


CALENDAR_CHOICES = [(Calendar.WAREKI.value, _("和暦（令和・平成など）")), (Calendar.SEIREKI.value, _("西暦"))]

# 基本情報 typed on the page: (field name, label, max length).
BASICS_TEXT = (
    ("last_name", _("姓"), 50),
    ("first_name", _("名"), 50),
    ("last_name_kana", _("せい"), 50),
    ("first_name_kana", _("めい"), 50),
    ("birth_date", _("生年月日"), 30),
    ("gender", _("性別"), 30),
    ("postal_code", _("郵便番号"), 20),
    ("address", _("住所"), 200),
    ("address_kana", _("住所（ふりがな）"), 300),
    ("phone", _("電話番号"), 30),
    ("email", _("メールアドレス"), 254),
    ("contact_postal_code", _("連絡先の郵便番号"), 20),
    ("contact_address", _("連絡先の住所"), 200),
    ("contact_address_kana", _("連絡先の住所（ふりがな）"), 300),
    ("contact_phone", _("連絡先の電話番号"), 30),
    ("contact_email", _("連絡先のメールアドレス"), 254),
)
NAME_FIELDS = ("last_name", "first_name", "last_name_kana", "first_name_kana")


def row_label(row: SourceRow, calendar: Calendar) -> str:
    from .dates import format_year_month

    start = format_year_month(row.start, calendar)
    return f"{start}　{row.title}" if start else row.title


class DocumentForm(JapaneseCleaningMixin, forms.Form):
    """What both documents share: 和暦/西暦, the date, the rows to include, the 基本情報 shown."""

    basics_fields: tuple[str, ...] = ()
    row_parts: tuple[str, ...] = ()

    calendar = forms.ChoiceField(
        label=_("年の書き方"),
        choices=CALENDAR_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "invalid_choice": _("「和暦」か「西暦」を選んでください。"),
            "required": _("「和暦」か「西暦」を選んでください。"),
        },
    )
    document_date = _text(_("書類の日付"), 30)

    def __init__(
        self, *args, available: dict[str, list[SourceRow]], calendar: Calendar, today: datetime.date, **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.today = today
        self.available = available
        for name, label, limit in BASICS_TEXT:
            if name in self.basics_fields:
                self.fields[name] = (
                    forms.EmailField(
                        label=label,
                        required=False,
                        max_length=limit,
                        error_messages={
                            "invalid": _("メールアドレスの形式で入力してください（例：hanako@example.jp）。"),
                            "max_length": MAX_LENGTH_MESSAGE,
                        },
                    )
                    if name.endswith("email")
                    else _text(label, limit)
                )
        for part in self.row_parts:
            self.fields[f"rows_{part}"] = forms.MultipleChoiceField(
                required=False,
                choices=[(r.id, row_label(r, calendar)) for r in available.get(part, [])],
                widget=forms.CheckboxSelectMultiple,
                error_messages={
                    "invalid_choice": _("一覧にない行が選ばれました。ページを読み込み直してください。")
                },
            )

    @staticmethod
    def initial_basics(basics: Basics) -> dict:
        values = {name: getattr(basics, name) for name in Basics.field_names()}
        values["birth_date"] = to_seireki(basics.birth_date) if basics.birth_date else ""
        values["postal_code"] = basics.postal_code_text
        values["contact_postal_code"] = basics.contact_postal_code_text
        return values

    # Cleaning ------------------------------------------------------------------------------

    def clean_document_date(self):
        value = self._japanese("document_date", parse_date)
        if not value:
            return None
        if value < EARLIEST_DOCUMENT_DATE or value > self.today + datetime.timedelta(days=366):
            raise forms.ValidationError(
                _("書類の日付は、2000年1月1日から1年先までの日付を入力してください。"), code="range"
            )
        return value

    def parse_birth_date(self, value: str):
        return parse_birth_date(value, today=self.today)  # the page's 「今日」

    def clean_email(self):
        return (self.cleaned_data.get("email") or "").lower()

    # Results -------------------------------------------------------------------------------

    def typed_basics(self, account: Basics) -> Basics:
        """The account's 基本情報 with the page's fields in their place."""
        values = {name: self.cleaned_data[name] for name in self.basics_fields if name in self.cleaned_data}
        return Basics(**{**{n: getattr(account, n) for n in Basics.field_names()}, **values})

    def chosen_rows(self) -> tuple[list[SourceRow], set[str]]:
        shown = [r for part in self.row_parts for r in self.available.get(part, [])]
        chosen = {i for part in self.row_parts for i in self.cleaned_data.get(f"rows_{part}", [])}
        return shown, chosen

    def row_fields(self):
        return [(part, self[f"rows_{part}"]) for part in self.row_parts]


class RirekishoForm(DocumentForm):
    basics_fields = tuple(name for name, _label, _limit in BASICS_TEXT)
    row_parts = ("education", "jobs", "licences")

    include_birth_date = _flag(_("生年月日を載せる"))
    include_gender = _flag(_("性別を載せる"))
    include_contact = _flag(_("連絡先を載せる"))
    include_photo = _flag(_("写真を載せる"))
    photo = forms.FileField(
        label=_("写真"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
        error_messages={
            "invalid": _("写真として読み込めませんでした。JPEG（.jpg）かPNG（.png）の画像を選んでください。"),
            "empty": _("選んだファイルが空です。別の画像を選んでください。"),
        },
    )
    delete_photo = _flag(_("保存した写真を削除する"))
    appeal = _area(_("志望の動機、特技、好きな学科、アピールポイントなど"), "appeal")
    wishes = _area(_("本人希望記入欄"), "wishes")

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        try:
            return photos.process(upload)
        except photos.PhotoError as error:
            raise forms.ValidationError(error.message, code=error.code) from None


class ShokumuForm(DocumentForm):
    basics_fields = NAME_FIELDS
    row_parts = ("jobs", "licences")

    include_learnings = _flag(_("各職務の「職務の中で学んだこと、得られた知識・技能等」を載せる"))
    summary = _area(_("職務要約"), "summary")
    skills = _area(_("活かせる経験・知識・技術"), "skills")
    pr = _area(_("自己PR"), "pr")
