"""What the documents are made from: the person's 基本情報 and their card's sheets.

``Basics`` holds the 基本情報 as printed (from ``accounts.User`` + ``accounts.Profile`` for a signed-in
person; empty for a visitor without an account, who types it on the page). ``card_sheets(card)``
returns each sheet's stored data — the saved version, else the draft — brought to the latest
version of its definition (``resumes.mapping`` reads the latest versions).
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass

from accounts.forms import PROFILE_FIELDS  # the Profile fields a résumé prints: all the profile form edits
from accounts.japanese import format_postal_code
from accounts.models import Profile
from sheets.definitions import get_definition
from sheets.definitions.migrations import migrate_data
from sheets.models import Card

from . import mapping


@dataclass
class Basics:
    last_name: str = ""
    first_name: str = ""
    last_name_kana: str = ""
    first_name_kana: str = ""
    birth_date: datetime.date | None = None
    gender: str = ""
    postal_code: str = ""  # 7 digits
    address: str = ""
    address_kana: str = ""
    phone: str = ""
    email: str = ""
    contact_postal_code: str = ""
    contact_address: str = ""
    contact_address_kana: str = ""
    contact_phone: str = ""
    contact_email: str = ""

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in dataclasses.fields(cls)]

    @property
    def name(self) -> str:
        return "　".join(p for p in (self.last_name, self.first_name) if p)

    @property
    def name_kana(self) -> str:
        return "　".join(p for p in (self.last_name_kana, self.first_name_kana) if p)

    @property
    def postal_code_text(self) -> str:
        return format_postal_code(self.postal_code) if self.postal_code else ""

    @property
    def contact_postal_code_text(self) -> str:
        return format_postal_code(self.contact_postal_code) if self.contact_postal_code else ""

    @property
    def has_contact(self) -> bool:
        return any(
            (
                self.contact_postal_code,
                self.contact_address,
                self.contact_address_kana,
                self.contact_phone,
                self.contact_email,
            )
        )

    def with_overrides(self, overrides: dict) -> Basics:
        """A copy with the values the person typed on the page (only known names)."""
        known = {k: v for k, v in (overrides or {}).items() if k in self.field_names()}
        if isinstance(known.get("birth_date"), str):
            try:
                known["birth_date"] = (
                    datetime.date.fromisoformat(known["birth_date"]) if known["birth_date"] else None
                )
            except ValueError:
                known.pop("birth_date")
        return dataclasses.replace(self, **known)


def basics_for(user) -> Basics:
    """The 基本情報 of a signed-in person; empty for anyone else."""
    if user is None or not user.is_authenticated:
        return Basics()
    basics = Basics(
        last_name=user.last_name,
        first_name=user.first_name,
        last_name_kana=user.last_name_kana,
        first_name_kana=user.first_name_kana,
        email=user.email,
    )
    profile = Profile.objects.filter(user=user).first()
    if profile is None:
        return basics
    values = {name: getattr(profile, name) for name in PROFILE_FIELDS}
    return dataclasses.replace(basics, **values)


def card_sheets(card: Card | None) -> dict[str, dict]:
    """Sheet code → stored data (saved, else draft) at the latest definition, for the sheets the
    documents read. One query."""
    if card is None:
        return {}
    sheets: dict[str, dict] = {}
    entries = card.entries.filter(sheet_code__in=mapping.SHEETS).order_by("pk")
    for entry in entries:
        data = entry.saved_data if entry.saved_data is not None else entry.current_data
        if not isinstance(data, dict) or not data:
            continue
        latest = get_definition(entry.sheet_code).version
        if entry.definition_version != latest:
            data = migrate_data(entry.sheet_code, entry.definition_version, latest, data)
        sheets[entry.sheet_code] = data
    return sheets
