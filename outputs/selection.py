"""What goes out: which sheets, which rows of each table and which fields (before any download).

A *field option* is one thing the person can leave out of a sheet, found by walking the definition:
a top-level scalar (``strengths``), one column of a table (``jobs.*.department``) or a whole group
(``basic_abilities``, the 3-3 rating grid). ``filter_data`` applies a choice to a sheet's data and
returns the source index of every row kept, so a re-import knows which stored row a line is.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from sheets.definitions.base import Field, FieldType, Section, SheetDefinition


@dataclass(frozen=True)
class FieldOption:
    path: str
    label: str
    section: Section


@dataclass
class SheetPick:
    """One sheet to export: its definition, its data and what of it is included."""

    definition: SheetDefinition
    data: dict = field(default_factory=dict)
    ordinal: int = 1  # the n-th entry of this sheet code in the card (several 3-3 are possible)
    fields: set[str] | None = None  # included field options; None: all
    rows: dict[str, list[int]] | None = None  # repeat key -> included row indexes; None/missing: all
    entry_id: int | None = None

    @property
    def code(self) -> str:
        return self.definition.code

    @property
    def worksheet_title(self) -> str:
        suffix = f" ({self.ordinal})" if self.ordinal > 1 else ""
        return f"様式{self.code}{suffix}"


def field_options(definition: SheetDefinition) -> list[FieldOption]:
    options = []
    for section in definition.sections:
        for f in section.fields:
            if f.type == FieldType.REPEAT:
                for child in f.fields:
                    options.append(FieldOption(column_path(f, child), f"{f.label}：{child.label}", section))
            else:
                options.append(FieldOption(f.key, f.label, section))
    return options


def column_path(repeat: Field, child: Field) -> str:
    return f"{repeat.key}.*.{child.key}"


def option_for_leaf(definition: SheetDefinition, leaf_path: str) -> str:
    """The field option that covers a leaf path (row indexes as digits or "*")."""
    parts = leaf_path.split(".")
    top = definition.field(parts[0])
    if top.type == FieldType.REPEAT and len(parts) >= 3:
        return f"{parts[0]}.*.{parts[2]}"
    return parts[0]


def is_included(definition: SheetDefinition, fields: set[str] | None, leaf_path: str) -> bool:
    return fields is None or option_for_leaf(definition, leaf_path) in fields


def filter_data(
    definition: SheetDefinition,
    data: dict,
    fields: set[str] | None = None,
    rows: dict[str, list[int]] | None = None,
) -> tuple[dict, dict[str, list[int]]]:
    """(data with only the chosen fields and rows, {repeat key: source index of each kept row})."""
    data = data or {}
    out: dict = {}
    sources: dict[str, list[int]] = {}
    for f in definition.fields:
        if f.type == FieldType.REPEAT:
            stored = data.get(f.key) if isinstance(data.get(f.key), list) else []
            wanted = None if rows is None or f.key not in rows else set(rows[f.key])
            kept, indexes = [], []
            for index, row in enumerate(stored):
                if wanted is not None and index not in wanted:
                    continue
                kept.append(_filter_row(definition, f, row if isinstance(row, dict) else {}, fields))
                indexes.append(index)
            columns = [c for c in f.fields if fields is None or column_path(f, c) in fields]
            if columns:
                out[f.key] = kept
                sources[f.key] = indexes
        elif fields is None or f.key in fields:
            if f.key in data:
                out[f.key] = copy.deepcopy(data[f.key])
    return out, sources


def _filter_row(definition: SheetDefinition, f: Field, row: dict, fields: set[str] | None) -> dict:
    return {
        child.key: copy.deepcopy(row[child.key])
        for child in f.fields
        if child.key in row and (fields is None or column_path(f, child) in fields)
    }


def row_summary(definition: SheetDefinition, repeat_key: str, row: dict, limit: int = 60) -> str:
    """A one-line description of a row for the selection page: its first few non-empty values."""
    from .values import display

    f = definition.field(repeat_key)
    parts = []
    for child in f.fields:
        if child.type.is_scalar and child.type != FieldType.TEXTAREA:
            text = display(child, row.get(child.key))
            if text:
                parts.append(text)
    summary = "　".join(parts) or "（空の行）"
    return summary if len(summary) <= limit else summary[: limit - 1] + "…"
