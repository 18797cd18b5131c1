"""What the Typst templates (``outputs/typst/``) are given: the layouts of ``outputs.layout`` (the
one description of each sheet, which the xlsx writer draws too) as plain JSON-able data.

Only texts and flags go in — every value already formatted by ``outputs.values.display`` — so a
template never decides what is printed, only where.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from sheets.definitions.base import FieldType

from .layout import BoxBlock, GridBlock, PairsBlock, SheetLayout, TableBlock, pair_lines

WIDE_PROFILE_ITEMS = {"address", "address_kana", "contact"}  # a line of their own in the header
# Columns as wide as their longest line (a date, a choice): never broken inside a word such as
# 「雇用形態」 or 「2024年4月」; the other columns share the rest by their weights.
FIT_TYPES = {FieldType.DATE, FieldType.YEAR_MONTH, FieldType.CHOICE, FieldType.TEL, FieldType.BOOLEAN}


def _pairs(block: PairsBlock) -> dict:
    return {
        "kind": "pairs",
        "lines": [[{"label": p.label, "text": p.text} for p in line] for line in block.lines],
    }


def _box(block: BoxBlock) -> dict:
    return {"kind": "box", "label": block.label, "text": block.text}


def _table(block: TableBlock) -> dict:
    return {
        "kind": "table",
        "label": block.label,
        "columns": [
            {"label": c.label, "weight": c.weight, "fit": c.field.type in FIT_TYPES} for c in block.columns
        ],
        "rows": [
            {"blank": row.is_blank, "cells": [{"text": c.text, "struck": c.struck} for c in row.cells]}
            for row in block.rows
        ],
        "legends": block.legends,
    }


def _grid(block: GridBlock) -> dict:
    return {
        "kind": "grid",
        "label": block.label,
        "value_labels": block.value_labels,
        "groups": [
            {
                "label": g.label,
                "help": g.help_text,
                "rows": [
                    {"label": r.label, "cells": [{"text": c.text, "struck": c.struck} for c in r.cells]}
                    for r in g.rows
                ],
            }
            for g in block.groups
        ],
        "legends": block.legends,
    }


_BLOCKS = {PairsBlock: _pairs, BoxBlock: _box, TableBlock: _table, GridBlock: _grid}


def sheet_data(layout: SheetLayout) -> dict:
    return {
        "code": layout.definition.code,
        "title": layout.title,
        "sections": [
            {
                "title": section.title,
                "note": section.writer_note,
                "blocks": [_BLOCKS[type(b)](b) for b in section.blocks],
            }
            for section in layout.sections
        ],
    }


def card_data(layouts: list[SheetLayout], profile: list, *, blank: bool, title: str, lifeline=None) -> dict:
    """The card template's data: ``layouts`` in order, the 基本情報 ``profile`` ([(key, label, value)])
    printed at the top of every sheet, and the life-line chart (``lifeline.render.chart_data``)."""
    lines = pair_lines(profile, lambda item: item[0] in WIDE_PROFILE_ITEMS)
    return {
        "title": title,
        "blank": blank,
        "profile_lines": [[{"label": label, "text": value} for _key, label, value in line] for line in lines],
        "sheets": [sheet_data(layout) for layout in layouts],
        "lifeline": lifeline or None,
        "labels": {
            "profile": _("基本情報"),
            "criterion": _("職務遂行のための基準"),
            "struck_note": _("評価しない項目は斜線で示します"),
            "lifeline": _("ライフラインチャート"),
            "age": _("年齢"),
            "satisfaction": _("満足度"),
            "event": _("出来事"),
        },
    }
