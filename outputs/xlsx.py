"""Excel workbooks of the Job Card, laid out like the paper form and still editable.

Two libraries, each for what it does best: the card's workbook is *written* with XlsxWriter (about
3× faster than openpyxl for the same cells: a whole card is built cold within the 100 ms target,
see docs/features/exports.md), and every workbook is *read* with openpyxl (``outputs.importer``).
The 履歴書 and 職務経歴書 workbooks (``resumes.xlsx``) are small and still use openpyxl with these
public helpers:

- ``set_print_a4(ws, title)`` — A4 portrait, fit to one page wide, page numbers in the footer;
- ``workbook_bytes(wb)`` — the .xlsx file as bytes;
- ``JAPANESE_FONT`` — the font every cell names (BIZ UDPゴシック, shipped with Windows 10 and later
  and with Office for Mac; other systems substitute a Japanese Gothic);
- ``estimate_lines(text, columns)`` — lines a wrapped cell takes (Excel does not autofit merged cells).

The Job Card writer (``card_workbook``) puts each sheet on its own worksheet on a grid of twelve
columns and records, in a *very hidden* worksheet ``_jobcard``, which cell holds which field of
which sheet (``MARKER_SHEET``): the sheet code, the definition version, the cell of every scalar
field, each table's header row, first row, allotted rows and columns, the stored row each filled
line came from, and the labels the layout put on the page (to notice rows or columns inserted by
hand). ``outputs.importer`` reads a workbook back through that map only.

A person's text is always a string cell, never a formula, number, date or link (``write_string``;
the workbook also turns XlsxWriter's guessing off), quote-prefixed when a spreadsheet would take it
for a formula. A literal ``_x0041_`` is written escaped (``_x005F_x0041_``, as Excel does) and the
importer reads shared strings without openpyxl's lossy shortcut (``outputs.importer``).
"""

from __future__ import annotations

import functools
import io
import json
import math
import re
import unicodedata
from dataclasses import dataclass, field

import xlsxwriter
import xlsxwriter.xmlwriter as xlsxwriter_xml
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet as XlsxSheet

from sheets.definitions.base import PRESENT_LABEL, Field, FieldType

from .layout import BoxBlock, GridBlock, PairsBlock, SheetLayout, TableBlock
from .values import NO, YES, looks_like_formula, shows_code

# XlsxWriter escapes a literal ``_xHHHH_`` by matching the whole pattern, so in chained text such as
# ``_x005F_x0041_`` the second pattern (sharing the first one's last underscore) is left bare and the
# cell reads back as ``_x005FA``. Escaping every underscore that *starts* a pattern (as
# ``outputs.values.escape_ooxml`` does) is exact; the replacement XlsxWriter applies (``_x005F\1``)
# then gives ``_x005F_`` for each such underscore. Checked by tests/outputs/test_xlsx.py.
if xlsxwriter_xml.re_control_chars_1.pattern == "(_x[0-9a-fA-F]{4}_)":
    xlsxwriter_xml.re_control_chars_1 = re.compile("(_(?=x[0-9a-fA-F]{4}_))")

MARKER_SHEET = "_jobcard"
MARKER_FORMAT = "jobcard-portal-xlsx"
MARKER_VERSION = 1
MARKER_CHUNK = 30_000  # characters of JSON per cell (Excel's limit is 32,767)

JAPANESE_FONT = "BIZ UDPゴシック"
COLUMNS = 12
COLUMN_WIDTH = 7.6  # Excel character units; twelve of them fill an A4 page in portrait
LINE_HEIGHT = 14.0  # points per line of 10pt text
GREY = "#767676"


def _style(**properties) -> tuple:
    """One part of a cell's look (font, fill, border, alignment…) as XlsxWriter format properties,
    hashable so that each combination of parts becomes one workbook format (``_Formats``)."""
    return tuple(sorted(properties.items()))


_FONT_NAME = {"font_name": JAPANESE_FONT, "font_charset": 128}
FONT = _style(**_FONT_NAME, font_size=10)
FONT_BOLD = _style(**_FONT_NAME, font_size=10, bold=True)
FONT_TITLE = _style(**_FONT_NAME, font_size=14, bold=True)
FONT_SMALL = _style(**_FONT_NAME, font_size=8, font_color="#404040")
FILL_LABEL = _style(pattern=1, bg_color="#F2F2F2")
FILL_SECTION = _style(pattern=1, bg_color="#DCE6F8")
BORDER = _style(border=1, border_color=GREY)
STRUCK = _style(
    border=1, border_color=GREY, diag_type=1, diag_border=1, diag_color=GREY
)  # bottom-left to top-right
WRAP = _style(text_wrap=True, valign="top")
CENTER = _style(align="center", valign="vcenter", text_wrap=True)
TOP = _style(valign="top")
TITLE_ALIGNMENT = _style(valign="vcenter", text_wrap=True)
TEXT_FORMAT = _style(num_format="@")  # cells formatted as text: Excel keeps what is typed (0 in 03-…, dates)
QUOTED = _style(quote_prefix=True)


# Public helpers (openpyxl workbooks of other apps) --------------------------------------------------


def set_print_a4(
    ws: Worksheet, title: str = "", *, top_bottom: float = 0.6, page_numbers: bool = True
) -> None:
    """A4 portrait, one page wide, centred; ``title`` in the header, page numbers in the footer
    (``page_numbers=False`` for a fixed-layout form such as the 履歴書)."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = top_bottom
    if not page_numbers:
        return
    if title:
        ws.oddHeader.left.text = title.replace("&", "&&")
        ws.oddHeader.left.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.size = 8


def workbook_bytes(wb: Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# The Job Card writer (XlsxWriter) -------------------------------------------------------------------


@dataclass
class CellMap:
    """Where one worksheet's fields are (serialised into the marker sheet)."""

    cells: dict[str, str] = field(default_factory=dict)  # scalar leaf path -> coordinate
    tables: dict[str, dict] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # coordinate -> label text the layout wrote

    def as_json(self) -> dict:
        return {"cells": self.cells, "tables": self.tables, "labels": self.labels}


class _Formats:
    """The workbook's formats: one per combination of style parts, made when first used."""

    def __init__(self, wb: xlsxwriter.Workbook):
        self.wb = wb
        self.made: dict[tuple, object] = {}

    def __call__(self, *parts: tuple | None):
        key = tuple(p for p in parts if p)
        made = self.made.get(key)
        if made is None:
            properties = {}
            for part in key:
                properties.update(part)
            made = self.made[key] = self.wb.add_format(properties)
        return made


def card_workbook(layouts: list[SheetLayout], profile: list[tuple[str, str, str]], *, title: str) -> bytes:
    """The .xlsx file: one worksheet per sheet layout, then the marker sheet."""
    out = io.BytesIO()
    options = {
        "in_memory": True,  # no temporary files
        "strings_to_formulas": False,
        "strings_to_numbers": False,
        "strings_to_urls": False,
    }
    wb = xlsxwriter.Workbook(out, options)
    wb.set_properties({"title": title, "author": "ジョブ・カード作成支援サイト"})
    formats = _Formats(wb)
    maps = []
    for layout in layouts:
        ws = wb.add_worksheet(layout.pick.worksheet_title)
        maps.append((ws.name, layout, SheetWriter(ws, formats, layout, profile).write()))
    _write_marker(wb.add_worksheet(MARKER_SHEET), maps)
    wb.close()
    return out.getvalue()


def _text_width(text: str) -> float:
    return sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in text)


@functools.lru_cache(maxsize=4096)  # the same labels come back on every 3-3 worksheet
def estimate_lines(text: str, columns: int) -> int:
    """Lines ``text`` takes in a wrapped cell ``columns`` grid columns wide (for row heights)."""
    per_line = max(4.0, columns * COLUMN_WIDTH - 1.5)
    return max(1, sum(max(1, math.ceil(_text_width(p) / per_line)) for p in (text or "").split("\n")))


def spans(weights: list[float], total: int = COLUMNS) -> list[int]:
    """Split ``total`` grid columns between columns of these weights (each at least one)."""
    n = len(weights)
    if n > total:
        raise ValueError(f"a table of {n} columns does not fit a grid of {total}")
    raw = [w / sum(weights) * total for w in weights]
    out = [max(1, int(r)) for r in raw]
    while sum(out) > total:
        i = max(range(n), key=lambda k: (out[k] - raw[k], out[k]))
        out[i] -= 1
    while sum(out) < total:
        i = max(range(n), key=lambda k: raw[k] - out[k])
        out[i] += 1
    return out


def validation_spec(f: Field) -> tuple[tuple, dict] | None:
    """(a key shared by identical checks, XlsxWriter data-validation options) for a field, or None."""
    if f.type == FieldType.CHOICE:
        options = [c.value if shows_code(f) else c.label for c in f.choices]
        return ("list", tuple(options)), {
            "validate": "list",
            "source": options,
            "error_message": "一覧から選んでください。",
            "error_title": "入力できない値です",
        }
    if f.type == FieldType.BOOLEAN:
        return ("list", (YES, NO)), {
            "validate": "list",
            "source": [YES, NO],
            "error_message": "「はい」か「いいえ」を選んでください。",
        }
    if f.type.is_text and f.max_length:
        return ("length", f.max_length), {
            "validate": "length",
            "criteria": "<=",
            "value": f.max_length,
            "error_message": f"{f.max_length}文字以内で入力してください。",
            "error_title": "文字数が多すぎます",
        }
    if f.type in (FieldType.DATE, FieldType.YEAR_MONTH):
        example = "2024年4月1日" if f.type == FieldType.DATE else "2024年4月"
        present = f"。続いている場合は「{PRESENT_LABEL}」" if f.allow_present else ""
        return ("hint", f.type, f.allow_present), {
            "validate": "any",
            "input_message": f"例：{example}{present}",
            "input_title": "入力例",
        }
    return None


def _a1(row: int, column: int) -> str:
    """``B3`` for row 3, column 2 (both counted from 1, as the marker and the importer do)."""
    return f"{xl_col_to_name(column - 1)}{row}"


class SheetWriter:
    """Writes one sheet's layout, top to bottom, and returns where each field went."""

    def __init__(
        self, ws: XlsxSheet, formats: _Formats, layout: SheetLayout, profile: list[tuple[str, str, str]]
    ):
        self.ws = ws
        self.formats = formats
        self.layout = layout
        self.profile = profile
        self.row = 1
        self.map = CellMap()
        self.validations: dict[tuple, dict] = {}
        self.validation_cells: dict[tuple, list[tuple[int, int]]] = {}
        self.specs: dict[
            int, tuple | None
        ] = {}  # id(field) -> validation_spec(field); fields outlive the writer
        self.section_title = ""

    # Low-level ----------------------------------------------------------------------------------

    def put(self, row: int, first: int, last: int, text, *parts) -> str:
        """``text`` as a string cell over columns ``first``..``last`` of ``row`` (merged if more than
        one), every cell of the range in the format made of ``parts``; returns the top-left cell."""
        text = "" if text is None else str(text)
        quoted = QUOTED if text and looks_like_formula(text) else None
        cell_format = self.formats(*parts, quoted)
        r, c = row - 1, first - 1
        if last > first:
            self.ws.merge_range(r, c, r, last - 1, None, cell_format)
        if text:
            self.ws.write_string(r, c, text, cell_format)
        elif last == first:
            self.ws.write_blank(r, c, None, cell_format)
        return _a1(row, first)

    def label(
        self, row: int, first: int, last: int, text: str, *, fill=FILL_LABEL, font=FONT_BOLD, record=True
    ):
        coordinate = self.put(row, first, last, text, font, WRAP, fill, BORDER)
        if record:
            self.map.labels[coordinate] = text
        return coordinate

    def value(self, row: int, first: int, last: int, f: Field, text: str, path: str | None, *, struck=False):
        alignment = CENTER if shows_code(f) else WRAP
        coordinate = self.put(
            row, first, last, text, FONT, alignment, STRUCK if struck else BORDER, TEXT_FORMAT
        )
        self.validate(f, row, first)
        if path is not None:
            self.map.cells[path] = coordinate
        return coordinate

    def note(self, text: str) -> None:
        """A small line of text under a table (a legend), unbordered, overflowing to the right."""
        self.put(self.row, 1, 1, text, FONT_SMALL, TOP)
        self.row += 1

    def height(self, row: int, lines: int) -> None:
        self.ws.set_row(row - 1, max(lines, 1) * LINE_HEIGHT + 4)

    def validate(self, f: Field, row: int, column: int) -> None:
        """Excel's own input checks: lists for choices, a length limit for text, a hint for dates."""
        spec = self.specs.get(id(f), self)
        if spec is self:  # not looked at yet (None is an answer: no check for this field)
            spec = self.specs[id(f)] = validation_spec(f)
        if spec is None:
            return
        key, options = spec
        if key not in self.validations:
            self.validations[key] = options
            self.validation_cells[key] = []
        self.validation_cells[key].append((row, column))

    def _finish_validations(self) -> None:
        """One validation per kind of check, over runs of cells: a run of cells one under the other
        in a column (the rating columns of 3-3, a table's column) is one range, not one per cell."""
        for key, options in self.validations.items():
            runs: dict[int, list[list[int]]] = {}
            for row, column in self.validation_cells[key]:
                column_runs = runs.setdefault(column, [])
                if column_runs and column_runs[-1][1] == row - 1:
                    column_runs[-1][1] = row
                else:
                    column_runs.append([row, row])
            ranges = [
                (first, column, last) for column, column_runs in runs.items() for first, last in column_runs
            ]
            first, column, last = ranges[0]
            multi = " ".join(_a1(a, c) if a == b else f"{_a1(a, c)}:{_a1(b, c)}" for a, c, b in ranges)
            self.ws.data_validation(
                first - 1, column - 1, last - 1, column - 1, {**options, "multi_range": multi}
            )

    # Layout ------------------------------------------------------------------------------------

    def write(self) -> CellMap:
        ws = self.ws
        ws.set_column(0, COLUMNS - 1, COLUMN_WIDTH)
        title = self.layout.title
        coordinate = self.put(1, 1, COLUMNS, title, FONT_TITLE, TITLE_ALIGNMENT)
        self.map.labels[coordinate] = title
        self.height(1, 2)
        self.row = 3
        if self.profile:
            self.section_heading("基本情報", "")
            self.profile_rows()
        for section in self.layout.sections:
            self.section_title = section.title
            self.section_heading(section.title, section.writer_note)
            for block in section.blocks:
                if isinstance(block, PairsBlock):
                    self.pairs(block)
                elif isinstance(block, BoxBlock):
                    self.box(block)
                elif isinstance(block, TableBlock):
                    self.table(block)
                elif isinstance(block, GridBlock):
                    self.grid(block)
        self._finish_validations()
        ws.print_area(0, 0, max(self.row - 2, 0), COLUMNS - 1)
        _print_a4(ws, title)
        return self.map

    def section_heading(self, title: str, note: str) -> None:
        text = f"{title}（{note}）" if note else title
        self.label(self.row, 1, COLUMNS, text, fill=FILL_SECTION)
        self.height(self.row, 1)
        self.row += 1

    def profile_rows(self) -> None:
        items = list(self.profile)
        for start in range(0, len(items), 2):
            pair = items[start : start + 2]
            lines = 1
            for i, (_key, label, value) in enumerate(pair):
                first = 1 + i * 6
                self.label(self.row, first, first + 1, label, record=False)
                self.put(
                    self.row, first + 2, first + 5 if len(pair) == 2 else COLUMNS, value, FONT, WRAP, BORDER
                )
                lines = max(lines, estimate_lines(value, 4))
            self.height(self.row, lines)
            self.row += 1
        self.row += 1

    def pairs(self, block: PairsBlock) -> None:
        row_items: list = []

        def flush():
            if not row_items:
                return
            lines = 1
            if len(row_items) == 1:
                pair = row_items[0]
                self.label(self.row, 1, 3, pair.label)
                self.value(self.row, 4, COLUMNS, pair.field, pair.text, pair.path)
                lines = estimate_lines(pair.text, 9)
            else:
                for i, pair in enumerate(row_items):
                    first = 1 + i * 6
                    self.label(self.row, first, first + 2, pair.label)
                    self.value(self.row, first + 3, first + 5, pair.field, pair.text, pair.path)
                    lines = max(lines, estimate_lines(pair.text, 3), estimate_lines(pair.label, 3))
            self.height(self.row, lines)
            self.row += 1
            row_items.clear()

        for pair in block.pairs:
            wide = pair.field.type == FieldType.TEXT and (pair.field.max_length or 0) > 50
            if wide:
                flush()
                row_items.append(pair)
                flush()
            else:
                row_items.append(pair)
                if len(row_items) == 2:
                    flush()
        flush()
        self.row += 1

    def box(self, block: BoxBlock) -> None:
        self.label(self.row, 1, COLUMNS, block.label)
        self.height(self.row, estimate_lines(block.label, COLUMNS))
        self.row += 1
        self.value(self.row, 1, COLUMNS, block.field, block.text, block.path)
        self.height(self.row, max(4, estimate_lines(block.text, COLUMNS) + 1))
        self.row += 2

    def table(self, block: TableBlock) -> None:
        widths = spans([c.weight for c in block.columns])
        starts = [1 + sum(widths[:i]) for i in range(len(widths))]
        if block.label != self.section_title:
            self.label(self.row, 1, COLUMNS, block.label, fill=FILL_LABEL)
            self.row += 1
        header_row = self.row
        columns = {}
        lines = 1
        for column, start, width in zip(block.columns, starts, widths, strict=True):
            self.label(self.row, start, start + width - 1, column.label)
            columns[column.key] = xl_col_to_name(start - 1)
            lines = max(lines, estimate_lines(column.label, width))
        self.height(self.row, lines)
        self.row += 1
        first_row = self.row
        for line in block.rows:
            lines = 1
            for cell, start, width in zip(line.cells, starts, widths, strict=True):
                self.value(
                    self.row, start, start + width - 1, cell.column.field, cell.text, None, struck=cell.struck
                )
                lines = max(lines, estimate_lines(cell.text, width))
            self.height(self.row, lines if not line.is_blank else 2)
            self.row += 1
        self.map.tables[block.key] = {
            "header_row": header_row,
            "first_row": first_row,
            "rows": len(block.rows),
            "columns": columns,
            "sources": self.layout.sources.get(block.key, []),
        }
        for legend in block.legends:
            self.note(legend)
        self.row += 1

    def grid(self, block: GridBlock) -> None:
        n = len(block.value_labels)
        criterion_last = COLUMNS - n
        self.label(self.row, 1, criterion_last, "職務遂行のための基準")
        for i, label in enumerate(block.value_labels):
            self.label(self.row, criterion_last + 1 + i, criterion_last + 1 + i, label)
        self.height(self.row, 2)
        self.row += 1
        for group in block.groups:
            if group.label:
                text = f"{group.label}　{group.help_text}" if group.help_text else group.label
                self.label(self.row, 1, COLUMNS, text, fill=FILL_SECTION, font=FONT_BOLD)
                self.height(self.row, estimate_lines(text, COLUMNS))
                self.row += 1
            for grid_row in group.rows:
                self.label(self.row, 1, criterion_last, grid_row.label, fill=None, font=FONT)
                for i, cell in enumerate(grid_row.cells):
                    column = criterion_last + 1 + i
                    self.value(self.row, column, column, cell.field, cell.text, cell.path, struck=cell.struck)
                self.height(self.row, estimate_lines(grid_row.label, criterion_last))
                self.row += 1
        for legend in block.legends:
            self.note(legend)
        self.row += 1


def _print_a4(ws: XlsxSheet, title: str) -> None:
    """The card's print setup: A4 portrait, one page wide, centred, the sheet's title in the header
    and page numbers in the footer, no gridlines."""
    ws.set_paper(9)
    ws.set_portrait()
    ws.fit_to_pages(1, 0)
    ws.center_horizontally()
    ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    if title:
        ws.set_header("&L&8 " + title.replace("&", "&&"))
    ws.set_footer("&C&8&P / &N")
    ws.hide_gridlines(2)


def _write_marker(ws: XlsxSheet, maps) -> None:
    ws.very_hidden()
    ws.write_string(0, 0, MARKER_FORMAT)
    ws.write_number(0, 1, MARKER_VERSION)
    for row, (title, layout, cell_map) in enumerate(maps, start=1):
        pick = layout.pick
        payload = json.dumps(cell_map.as_json(), ensure_ascii=False, separators=(",", ":"))
        chunks = [payload[i : i + MARKER_CHUNK] for i in range(0, len(payload), MARKER_CHUNK)] or [""]
        for column, value in enumerate([title, pick.code, pick.definition.version, pick.ordinal, *chunks]):
            if isinstance(value, str):
                ws.write_string(row, column, value)
            else:
                ws.write_number(row, column, value)
