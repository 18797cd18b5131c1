"""A sheet laid out like the paper form, derived from its definition: the one source for the xlsx
and PDF writers.

Walking ``definition.sections`` in order, each section becomes blocks:

- ``PairsBlock`` — consecutive one-line fields (text, dates, choices, telephone, yes/no) as
  label/value pairs;
- ``BoxBlock`` — a multi-line field, a captioned box (the career plan topics, duties, 総評);
- ``TableBlock`` — a repeat, one line per row, one column per child field, with blank lines to
  write in (blank forms) or to add rows (xlsx);
- ``GridBlock`` — a group of groups of ratings (3-3 職務遂行のための基本的能力): one line per
  criterion under its unit, one column per rating, 「評価しない」 cells struck through.

Only the chosen fields and rows (``outputs.selection``) are laid out: a field left out is absent,
not blank.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sheets.definitions.base import Field, FieldType, Section, SheetDefinition, Writer

from .selection import SheetPick, column_path, filter_data
from .values import display, is_struck, legend, shows_code

BLANK_FORM_ROWS = 5  # lines of an empty table on a blank form
SPARE_ROWS = 3  # empty lines after the filled ones in an xlsx, to add rows by hand


@dataclass
class Pair:
    path: str
    label: str
    field: Field
    value: Any
    text: str


@dataclass
class PairsBlock:
    pairs: list[Pair]
    kind: str = "pairs"

    @property
    def lines(self) -> list[list[Pair]]:
        """Two pairs a line; a long one-line text (a name of 50+ characters) has a line to itself."""
        return pair_lines(
            self.pairs, lambda p: p.field.type == FieldType.TEXT and (p.field.max_length or 0) > 50
        )


def pair_lines(items: list, is_wide=lambda item: False) -> list[list]:
    lines: list[list] = []
    current: list = []
    for item in items:
        if is_wide(item):
            if current:
                lines.append(current)
                current = []
            lines.append([item])
            continue
        current.append(item)
        if len(current) == 2:
            lines.append(current)
            current = []
    if current:
        lines.append(current)
    return lines


@dataclass
class BoxBlock:
    path: str
    label: str
    field: Field
    value: Any
    text: str
    help_text: str = ""
    kind: str = "box"


@dataclass
class Column:
    key: str
    label: str
    field: Field

    @property
    def weight(self) -> float:
        return column_weight(self.field)


@dataclass
class TableCell:
    column: Column
    value: Any
    text: str
    struck: bool = False


@dataclass
class TableRow:
    source: int | None  # index of the stored row; None for a blank line
    cells: list[TableCell]

    @property
    def is_blank(self) -> bool:
        return self.source is None


@dataclass
class TableBlock:
    key: str
    label: str
    field: Field
    columns: list[Column]
    rows: list[TableRow]
    legends: list[str] = field(default_factory=list)
    kind: str = "table"

    @property
    def percents(self) -> list[float]:
        total = sum(c.weight for c in self.columns)
        return [round(c.weight / total * 100, 2) for c in self.columns]

    @property
    def header(self) -> list[tuple[Column, float]]:
        return list(zip(self.columns, self.percents, strict=True))


@dataclass
class GridCell:
    path: str
    field: Field
    value: Any
    text: str
    struck: bool


@dataclass
class GridRow:
    label: str
    cells: list[GridCell]


@dataclass
class GridGroup:
    label: str
    help_text: str
    rows: list[GridRow]


@dataclass
class GridBlock:
    key: str
    label: str
    value_labels: list[str]
    groups: list[GridGroup]
    legends: list[str] = field(default_factory=list)
    kind: str = "grid"


Block = PairsBlock | BoxBlock | TableBlock | GridBlock


@dataclass
class SectionLayout:
    key: str
    title: str
    writer: Writer
    blocks: list[Block]

    @property
    def writer_note(self) -> str:
        return "" if self.writer == Writer.PERSON else f"{self.writer.label}が記入"


@dataclass
class SheetLayout:
    pick: SheetPick
    sections: list[SectionLayout]
    sources: dict[str, list[int]]  # repeat key -> stored row index of each filled line

    @property
    def definition(self) -> SheetDefinition:
        return self.pick.definition

    @property
    def title(self) -> str:
        return self.definition.title


def column_weight(f: Field) -> float:
    """How wide a table column should be, relative to the others."""
    if f.type == FieldType.TEXTAREA:
        return 4.0
    if f.type == FieldType.TEXT:
        return 2.5 if (f.max_length or 100) > 30 else 1.5
    if f.type == FieldType.CHOICE:
        return 1.0 if shows_code(f) else 1.6
    if f.type in (FieldType.DATE, FieldType.YEAR_MONTH):
        return 1.5
    return 1.5


def sheet_layout(pick: SheetPick, *, blank: bool = False, spare_rows: int = 0) -> SheetLayout:
    definition = pick.definition
    data, sources = filter_data(definition, {} if blank else pick.data, pick.fields, pick.rows)
    sections = []
    for section in definition.sections:
        blocks = _section_blocks(section, pick, data, sources, blank, spare_rows)
        if blocks:
            sections.append(SectionLayout(section.key, section.title, section.writer, blocks))
    return SheetLayout(pick=pick, sections=sections, sources=sources)


def _section_blocks(section: Section, pick: SheetPick, data: dict, sources, blank: bool, spare: int):
    blocks: list[Block] = []
    pairs: list[Pair] = []

    def flush():
        if pairs:
            blocks.append(PairsBlock(list(pairs)))
            pairs.clear()

    for f in section.fields:
        if f.type == FieldType.REPEAT:
            columns = [Column(c.key, c.label, c) for c in f.fields if _wanted(pick, column_path(f, c))]
            if not columns:
                continue
            flush()
            blocks.append(_table(f, columns, data.get(f.key) or [], sources.get(f.key, []), blank, spare))
        elif pick.fields is not None and f.key not in pick.fields:
            continue
        elif f.type == FieldType.GROUP:
            flush()
            blocks.append(_group(f, data.get(f.key) or {}))
        elif f.type == FieldType.TEXTAREA:
            flush()
            value = data.get(f.key)
            blocks.append(BoxBlock(f.key, f.label, f, value, display(f, value), f.help_text))
        else:
            value = data.get(f.key)
            pairs.append(Pair(f.key, f.label, f, value, display(f, value)))
    flush()
    return [b for b in blocks if b is not None]


def _wanted(pick: SheetPick, option: str) -> bool:
    return pick.fields is None or option in pick.fields


def _table(f: Field, columns: list[Column], rows: list, sources: list[int], blank: bool, spare: int):
    lines = []
    for row, source in zip(rows, sources, strict=True):
        cells = [
            TableCell(c, row.get(c.key), display(c.field, row.get(c.key)), is_struck(c.field, row.get(c.key)))
            for c in columns
        ]
        lines.append(TableRow(source, cells))
    extra = BLANK_FORM_ROWS if blank else spare
    if f.max_rows is not None:
        extra = max(0, min(extra, f.max_rows - len(lines)))
    for _ in range(extra):
        lines.append(TableRow(None, [TableCell(c, None, "") for c in columns]))
    legends = [legend(c.field) for c in columns if shows_code(c.field)]
    return TableBlock(f.key, f.label, f, columns, lines, legends=list(dict.fromkeys(legends)))


def _is_leaf_group(f: Field) -> bool:
    return f.type == FieldType.GROUP and all(c.type.is_scalar for c in f.fields)


def _group(f: Field, value: dict) -> Block:
    """A group of groups of scalars is a grid; a group of scalars is a row of pairs."""
    if _is_leaf_group(f):
        return PairsBlock(
            [
                Pair(
                    f"{f.key}.{c.key}",
                    f"{f.label}：{c.label}",
                    c,
                    value.get(c.key),
                    display(c, value.get(c.key)),
                )
                for c in f.fields
            ]
        )
    groups: list[GridGroup] = []
    value_fields: list[Field] = []
    direct_rows: list[GridRow] = []
    for child in f.fields:
        child_value = value.get(child.key) if isinstance(value.get(child.key), dict) else {}
        if _is_leaf_group(child):
            direct_rows.append(_grid_row(f"{f.key}.{child.key}", child, child_value, value_fields))
            continue
        rows = []
        for leaf_group in child.fields:
            if not _is_leaf_group(leaf_group):
                continue
            leaf_value = (
                child_value.get(leaf_group.key) if isinstance(child_value.get(leaf_group.key), dict) else {}
            )
            rows.append(
                _grid_row(f"{f.key}.{child.key}.{leaf_group.key}", leaf_group, leaf_value, value_fields)
            )
        groups.append(GridGroup(child.label, child.help_text, rows))
    if direct_rows:
        groups.insert(0, GridGroup("", "", direct_rows))
    legends = list(dict.fromkeys(legend(v) for v in value_fields if shows_code(v)))
    labels = list(dict.fromkeys(v.label for v in value_fields))
    return GridBlock(f.key, f.label, labels, groups, legends)


def _grid_row(path: str, leaf_group: Field, value: dict, value_fields: list[Field]) -> GridRow:
    cells = []
    for c in leaf_group.fields:
        if c not in value_fields:
            value_fields.append(c)
        v = value.get(c.key)
        cells.append(GridCell(f"{path}.{c.key}", c, v, display(c, v), is_struck(c, v)))
    return GridRow(leaf_group.label, cells)
