"""The 基本情報 printed at the top of every sheet (spec: "Shared profile").

Names and readings come from ``accounts.User``, the rest from ``accounts.Profile``. Each item is
one line of the header and one thing the person may leave out of a download (``key``). Labels are
the models' own verbose names where an item is one model field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ProfileItem:
    key: str
    label: str
    value: Callable  # (user, profile) -> str


def _field_label(model_name: str, field: str) -> str:
    from django.apps import apps

    model = apps.get_model("accounts", model_name)
    return str(model._meta.get_field(field).verbose_name)


def _join(*parts: str, sep: str = " ") -> str:
    return sep.join(p for p in parts if p)


def _postal(code: str) -> str:
    return f"〒{code[:3]}-{code[3:]}" if code else ""


def _date(value) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def _items() -> tuple[ProfileItem, ...]:
    def p(name):
        return lambda user, profile: getattr(profile, name, "") or ""

    return (
        ProfileItem("name", str(_("氏名")), lambda u, p_: _join(u.last_name, u.first_name) if u else ""),
        ProfileItem(
            "name_kana",
            str(_("ふりがな")),
            lambda u, p_: _join(u.last_name_kana, u.first_name_kana) if u else "",
        ),
        ProfileItem(
            "birth_date",
            _field_label("Profile", "birth_date"),
            lambda u, pr: _date(getattr(pr, "birth_date", None)),
        ),
        ProfileItem("gender", _field_label("Profile", "gender"), p("gender")),
        ProfileItem(
            "address",
            str(_("住所")),
            lambda u, pr: _join(_postal(getattr(pr, "postal_code", "")), getattr(pr, "address", "")),
        ),
        ProfileItem("address_kana", _field_label("Profile", "address_kana"), p("address_kana")),
        ProfileItem("phone", _field_label("Profile", "phone"), p("phone")),
        ProfileItem("email", "E-mail", lambda u, pr: u.email if u else ""),
        ProfileItem(
            "contact",
            str(_("連絡先")),
            lambda u, pr: _join(
                _postal(getattr(pr, "contact_postal_code", "")),
                getattr(pr, "contact_address", ""),
                getattr(pr, "contact_phone", ""),
                getattr(pr, "contact_email", ""),
                sep="　",
            ),
        ),
    )


def profile_items() -> tuple[ProfileItem, ...]:
    return _items()


def profile_keys() -> list[str]:
    return [item.key for item in _items()]


def profile_values(user, keys: set[str] | None = None) -> list[tuple[str, str, str]]:
    """(key, label, value) for the header; ``user`` may be ``None`` (anonymous card, blank form)."""
    profile = None
    if user is not None and getattr(user, "is_authenticated", False):
        from accounts.models import Profile

        profile = Profile.objects.filter(user=user).first()
    else:
        user = None
    out = []
    for item in _items():
        if keys is not None and item.key not in keys:
            continue
        out.append((item.key, item.label, item.value(user, profile) if user is not None else ""))
    return out
