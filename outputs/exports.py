"""The files themselves: a card (or a blank form) as xlsx, PDF or a zip of CSV files.

``card_picks(card)`` lists the sheets of a card that can go out (saved versions only: a draft is
work in progress), numbered per sheet code. ``export_xlsx``, ``export_pdf`` and ``export_csv_zip``
take the chosen picks and the 基本情報 lines and return ``(bytes, file name)``.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from forms.definitions import get_definition, sheet_codes
from forms.models import Card

from .csv_export import csv_zip
from .layout import SPARE_ROWS, pair_lines, sheet_layout
from .pdf import render_pdf
from .profile import profile_values
from .selection import SheetPick
from .xlsx import card_workbook, workbook_bytes

WIDE_PROFILE_ITEMS = {"address", "address_kana", "contact"}  # a line of their own in the header

CONTENT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "csv": "application/zip",
}


def card_picks(card: Card | None) -> list[SheetPick]:
    """Every saved sheet of ``card``, in 様式 order (3-3 entries in the order they were started)."""
    if card is None:
        return []
    order = {code: i for i, code in enumerate(sheet_codes())}
    entries = sorted(
        card.entries.exclude(saved_data__isnull=True),
        key=lambda e: (order.get(e.sheet_code, len(order)), e.pk),
    )
    picks, seen = [], {}
    for entry in entries:
        seen[entry.sheet_code] = seen.get(entry.sheet_code, 0) + 1
        picks.append(
            SheetPick(
                definition=entry.definition,
                data=entry.saved_data or {},
                ordinal=seen[entry.sheet_code],
                entry_id=entry.pk,
            )
        )
    return picks


def blank_pick(code: str) -> SheetPick:
    return SheetPick(definition=get_definition(code))


def file_stem(picks: list[SheetPick], *, blank: bool = False, today: datetime.date | None = None) -> str:
    today = today or timezone.localdate()
    if blank:
        return f"jobcard_{picks[0].code}_blank"
    if len(picks) == 1:
        return f"jobcard_{picks[0].code}_{today:%Y%m%d}"
    return f"jobcard_{today:%Y%m%d}"


def export_xlsx(picks: list[SheetPick], profile: list, *, blank: bool = False) -> bytes:
    layouts = [sheet_layout(p, blank=blank, spare_rows=SPARE_ROWS) for p in picks]
    title = "ジョブ・カード" if len(picks) != 1 else picks[0].definition.title
    return workbook_bytes(card_workbook(layouts, profile, title=title))


def pdf_context(picks: list[SheetPick], profile: list, *, blank: bool = False, lifeline: str = "") -> dict:
    return {
        "lifeline": lifeline,
        "sheets": [sheet_layout(p, blank=blank) for p in picks],
        "profile": profile,
        "profile_lines": pair_lines(profile, lambda item: item[0] in WIDE_PROFILE_ITEMS),
        "blank": blank,
        "title": "ジョブ・カード" if len(picks) != 1 else picks[0].definition.title,
    }


def export_pdf(picks: list[SheetPick], profile: list, *, blank: bool = False, lifeline: str = "") -> bytes:
    """``lifeline``: the card's life-line chart as SVG (``lifeline.render.chart_svg``), printed last."""
    return render_pdf("outputs/pdf/card.html", pdf_context(picks, profile, blank=blank, lifeline=lifeline))


def export_csv(picks: list[SheetPick], profile: list) -> bytes:
    return csv_zip(picks, profile)


def blank_profile() -> list:
    return profile_values(None)
