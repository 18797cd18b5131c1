"""What the person chose for each document, as stored in ``ResumeDraft.data`` (JSON).

Only what differs from the defaults is meaningful: a 基本情報 value equal to the account's is not
kept (so a later change of 登録情報 still shows), nor a text equal to the prefill taken from the
sheets, nor a document date equal to the day it was chosen on (the date then follows the day of
download, as a 履歴書's date should). Rows are remembered by id (``mapping.row_id``): rows left out,
and rows included that are left out by default (失効 licences, 受講予定 training); a new row on a
sheet is therefore included without asking.

Reading is forgiving: anything malformed in stored JSON falls back to the default.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field

from .dates import Calendar
from .mapping import SourceRow
from .sources import Basics

TEXT_LIMITS = {
    "appeal": 1000,  # アピールポイントなど: the 強み等 box of 1-1 holds up to 1000 characters
    "wishes": 500,  # 本人希望記入欄
    "summary": 1000,  # 職務要約
    "skills": 1000,  # 活かせる経験・知識・技術
    "pr": 1000,  # 自己PR
}


def _date(value) -> datetime.date | None:
    if isinstance(value, str) and value:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _ids(value) -> frozenset[str]:
    if not isinstance(value, list):
        return frozenset()
    return frozenset(v for v in value if isinstance(v, str) and len(v) <= 40)


def _text(value, limit: int) -> str | None:
    return value[:limit] if isinstance(value, str) else None


def _bool(value, default: bool) -> bool:
    return value if isinstance(value, bool) else default


@dataclass
class RowChoice:
    """Which source rows go in: by default all but those ``excluded_by_default``."""

    excluded: frozenset[str] = frozenset()
    included: frozenset[str] = frozenset()

    def includes(self, row: SourceRow) -> bool:
        if row.id in self.included:
            return True
        return row.id not in self.excluded and not row.excluded_by_default

    @classmethod
    def from_selection(cls, available: list[SourceRow], chosen: set[str]) -> RowChoice:
        excluded = {r.id for r in available if r.id not in chosen and not r.excluded_by_default}
        included = {r.id for r in available if r.id in chosen and r.excluded_by_default}
        return cls(frozenset(excluded), frozenset(included))

    def merged_with(self, previous: RowChoice, available: list[SourceRow]) -> RowChoice:
        """Keep what ``previous`` said about rows that are not on the page now (another sheet
        version, a row being edited), so choosing here never forgets a choice made before."""
        shown = {r.id for r in available}
        return RowChoice(
            self.excluded | {i for i in previous.excluded if i not in shown},
            self.included | {i for i in previous.included if i not in shown},
        )

    def as_json(self) -> dict:
        return {"excluded_rows": sorted(self.excluded), "included_rows": sorted(self.included)}

    @classmethod
    def from_json(cls, data: dict) -> RowChoice:
        return cls(_ids(data.get("excluded_rows")), _ids(data.get("included_rows")))


@dataclass
class CommonChoices:
    calendar: Calendar = Calendar.WAREKI
    document_date: datetime.date | None = None  # None: the day the document is made
    basics: dict = field(default_factory=dict)  # 基本情報 typed on the page that differ from the account's
    rows: RowChoice = field(default_factory=RowChoice)

    def date_on(self, today: datetime.date) -> datetime.date:
        return self.document_date or today


@dataclass
class RirekishoChoices(CommonChoices):
    include_birth_date: bool = True
    include_gender: bool = True
    include_photo: bool = True
    include_contact: bool = True
    appeal: str | None = None  # None: the 強み等 box of the sheets
    wishes: str = ""

    def as_json(self) -> dict:
        return {
            "calendar": str(self.calendar),
            "document_date": self.document_date.isoformat() if self.document_date else None,
            "basics": self.basics,
            **self.rows.as_json(),
            "include_birth_date": self.include_birth_date,
            "include_gender": self.include_gender,
            "include_photo": self.include_photo,
            "include_contact": self.include_contact,
            "appeal": self.appeal,
            "wishes": self.wishes,
        }

    @classmethod
    def from_json(cls, data) -> RirekishoChoices:
        data = data if isinstance(data, dict) else {}
        return cls(
            calendar=_calendar(data.get("calendar"), Calendar.WAREKI),
            document_date=_date(data.get("document_date")),
            basics=_basics(data.get("basics")),
            rows=RowChoice.from_json(data),
            include_birth_date=_bool(data.get("include_birth_date"), True),
            include_gender=_bool(data.get("include_gender"), True),
            include_photo=_bool(data.get("include_photo"), True),
            include_contact=_bool(data.get("include_contact"), True),
            appeal=_text(data.get("appeal"), TEXT_LIMITS["appeal"]),
            wishes=_text(data.get("wishes"), TEXT_LIMITS["wishes"]) or "",
        )


@dataclass
class ShokumuChoices(CommonChoices):
    calendar: Calendar = Calendar.SEIREKI  # a 職務経歴書 is usually written in 西暦
    include_learnings: bool = True  # 「職務の中で学んだこと」 under each job
    summary: str | None = None  # None: made from 様式2
    skills: str = ""
    pr: str | None = None  # None: the 強み等 box

    def as_json(self) -> dict:
        return {
            "calendar": str(self.calendar),
            "document_date": self.document_date.isoformat() if self.document_date else None,
            "basics": self.basics,
            **self.rows.as_json(),
            "include_learnings": self.include_learnings,
            "summary": self.summary,
            "skills": self.skills,
            "pr": self.pr,
        }

    @classmethod
    def from_json(cls, data) -> ShokumuChoices:
        data = data if isinstance(data, dict) else {}
        return cls(
            calendar=_calendar(data.get("calendar"), Calendar.SEIREKI),
            document_date=_date(data.get("document_date")),
            basics=_basics(data.get("basics")),
            rows=RowChoice.from_json(data),
            include_learnings=_bool(data.get("include_learnings"), True),
            summary=_text(data.get("summary"), TEXT_LIMITS["summary"]),
            skills=_text(data.get("skills"), TEXT_LIMITS["skills"]) or "",
            pr=_text(data.get("pr"), TEXT_LIMITS["pr"]),
        )


def _calendar(value, default: Calendar) -> Calendar:
    try:
        return Calendar(value)
    except ValueError:
        return default


def _basics(value) -> dict:
    if not isinstance(value, dict):
        return {}
    names = set(Basics.field_names())
    return {k: v for k, v in value.items() if k in names and isinstance(v, str) and len(v) <= 300}


def basics_overrides(account: Basics, typed: Basics) -> dict:
    """The 基本情報 values typed on the page that differ from the account's, as strings."""
    out = {}
    for name in Basics.field_names():
        mine, theirs = getattr(typed, name), getattr(account, name)
        if mine != theirs:
            out[name] = mine.isoformat() if isinstance(mine, datetime.date) else (mine or "")
    return out


def replace(choices, **changes):
    return dataclasses.replace(choices, **changes)
