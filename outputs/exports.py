"""The files themselves: a card (or a blank form) as xlsx, PDF or a zip of CSV files.

``card_picks(card)`` lists the sheets of a card that can go out (saved versions only: a draft is
work in progress), numbered per sheet code. ``export_xlsx``, ``export_pdf`` and ``export_csv_zip``
take the chosen picks and the 基本情報 lines and return ``(bytes, file name)``.
"""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.translation import get_language

from sheets.definitions import get_definition, sheet_codes
from sheets.models import Card

from . import typst_render
from .csv_export import csv_zip
from .layout import SPARE_ROWS, sheet_layout
from .parts import kept_file
from .profile import profile_values
from .selection import SheetPick, field_options, filter_data
from .typst_data import card_data
from .xlsx import card_workbook

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


def export_xlsx(
    picks: list[SheetPick], profile: list, *, blank: bool = False, scope: str | None = None
) -> bytes:
    """The chosen sheets as one workbook; kept under ``scope`` (``part_scope(card)``) until any of
    its inputs changes (``outputs.parts.kept_file``), so a repeated download builds nothing."""

    def build() -> bytes:
        layouts = [sheet_layout(p, blank=blank, spare_rows=SPARE_ROWS) for p in picks]
        title = "ジョブ・カード" if len(picks) != 1 else picks[0].definition.title
        return card_workbook(layouts, profile, title=title)

    if scope is None:
        return build()  # nothing to look up: skip describing the content for a key
    payload = {
        "language": get_language(),
        "blank": blank,
        "profile": profile,
        "sheets": [_printed(p) for p in picks],
    }
    return kept_file(scope, "xlsx", payload, build)[0]


def _printed(pick: SheetPick) -> dict:
    """What of ``pick`` a workbook shows, the same however the choice was spelled (every field
    ticked or ``fields`` None, every row ticked or ``rows`` None)."""
    every = {option.path for option in field_options(pick.definition)}
    fields = None if pick.fields is None or every <= set(pick.fields) else sorted(pick.fields)
    data, sources = filter_data(pick.definition, pick.data, pick.fields, pick.rows)
    return {
        "code": pick.code,
        "version": pick.definition.version,
        "ordinal": pick.ordinal,
        "fields": fields,
        "data": data,
        "rows": sources,
    }


def pdf_title(picks: list[SheetPick]) -> str:
    return "ジョブ・カード" if len(picks) != 1 else picks[0].definition.title


def pdf_data(
    picks: list[SheetPick], profile: list, *, blank: bool = False, lifeline: dict | None = None
) -> dict:
    """What the card's Typst template prints (``outputs.typst_data.card_data``)."""
    layouts = [sheet_layout(p, blank=blank) for p in picks]
    return card_data(layouts, profile, blank=blank, title=pdf_title(picks), lifeline=lifeline)


def export_pdf(
    picks: list[SheetPick], profile: list, *, blank: bool = False, lifeline: dict | None = None
) -> bytes:
    """The chosen sheets as one tagged PDF (Typst, ``outputs/typst/card.typ``), rendered in the
    request; ``lifeline`` (``lifeline.render.chart_data``) printed last, with its data table."""
    return typst_render.render("card", pdf_data(picks, profile, blank=blank, lifeline=lifeline))


def part_scope(card: Card | None) -> str | None:
    """Where a card's PDF parts are kept (None for a card not stored yet)."""
    return f"card-{card.pk}" if card is not None and card.pk else None


def export_csv(picks: list[SheetPick], profile: list) -> bytes:
    return csv_zip(picks, profile)


def blank_profile() -> list:
    return profile_values(None)
