"""Excel workbooks of the Job Card, laid out like the paper form and still editable.

Public helpers (also for other apps, see docs/features/exports.md):

- ``new_workbook(title)`` — an empty workbook with the document properties set;
- ``write_text(ws, coordinate, value, style=None)`` — writes *text*, always stored as a string
  cell: a value beginning with ``=`` is never a formula, and a literal ``_x0041_`` survives Excel;
- ``set_print_a4(ws, title)`` — A4 portrait, fit to one page wide, page numbers in the footer;
- ``workbook_bytes(wb)`` — the .xlsx file as bytes;
- ``JAPANESE_FONT`` — the font every cell names (BIZ UDPゴシック, shipped with Windows 10 and later
  and with Office for Mac; other systems substitute a Japanese Gothic).

The Job Card writer (``card_workbook``) puts each sheet on its own worksheet on a grid of twelve
columns and records, in a *very hidden* worksheet ``_jobcard``, which cell holds which field of
which sheet (``MARKER_SHEET``): the sheet code, the definition version, the cell of every scalar
field, each table's header row, first row, allotted rows and columns, the stored row each filled
line came from, and the labels the layout put on the page (to notice rows or columns inserted by
hand). ``outputs.importer`` reads a workbook back through that map only.
"""

from __future__ import annotations

import io
import json
import math
import unicodedata
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.numbers import BUILTIN_FORMATS_MAX_SIZE, BUILTIN_FORMATS_REVERSE
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_from_string
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

from forms.definitions.base import PRESENT_LABEL, Field, FieldType

from .layout import BoxBlock, GridBlock, PairsBlock, SheetLayout, TableBlock
from .values import NO, YES, shows_code, write_text_cell

MARKER_SHEET = "_jobcard"
MARKER_FORMAT = "jobcard-portal-xlsx"
MARKER_VERSION = 1
MARKER_CHUNK = 30_000  # characters of JSON per cell (Excel's limit is 32,767)

JAPANESE_FONT = "BIZ UDPゴシック"
COLUMNS = 12
COLUMN_WIDTH = 7.6  # Excel character units; twelve of them fill an A4 page in portrait
LINE_HEIGHT = 14.0  # points per line of 10pt text
TEXT_FORMAT = "@"  # cells formatted as text: Excel keeps what is typed (0 in 03-…, dates) as typed

FONT = Font(name=JAPANESE_FONT, size=10, charset=128)
FONT_BOLD = Font(name=JAPANESE_FONT, size=10, bold=True, charset=128)
FONT_TITLE = Font(name=JAPANESE_FONT, size=14, bold=True, charset=128)
FONT_SMALL = Font(name=JAPANESE_FONT, size=8, charset=128, color="404040")
FILL_LABEL = PatternFill("solid", fgColor="F2F2F2")
FILL_SECTION = PatternFill("solid", fgColor="DCE6F8")
THIN = Side(style="thin", color="767676")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
STRUCK = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
TOP = Alignment(vertical="top")
TITLE_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
NO_BORDER = Border()


# Public helpers -----------------------------------------------------------------------------------


def new_workbook(title: str = "") -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "ジョブ・カード作成支援サイト"
    wb.properties.title = title
    return wb


def _style_id(wb: Workbook, collection: str, obj) -> int:
    """The index of a style object (Font, Border…) in the workbook's ``collection``, cached.

    openpyxl's ``cell.font = x`` hashes ``x`` recursively on every assignment to find it in the
    workbook's list, which was most of the time of writing a card. The same few module-level style
    objects are used for thousands of cells, so the index is looked up once per object and workbook
    (keyed by identity; the cache holds the object, so its id cannot be reused by another one).
    """
    cache = wb.__dict__.setdefault("_jobcard_style_ids", {})
    hit = cache.get((collection, id(obj)))
    if hit is not None and hit[0] is obj:
        return hit[1]
    index = getattr(wb, collection).add(obj)
    cache[(collection, id(obj))] = (obj, index)
    return index


def set_style(cell, *, font=None, alignment=None, fill=None, border=None, number_format=None) -> None:
    """Set the given style parts of ``cell`` (same result as ``cell.font = …``, without the hashing)."""
    wb = cell.parent.parent
    style = cell._style
    if style is None:
        style = cell._style = StyleArray()
    if font is not None:
        style.fontId = _style_id(wb, "_fonts", font)
    if alignment is not None:
        style.alignmentId = _style_id(wb, "_alignments", alignment)
    if fill is not None:
        style.fillId = _style_id(wb, "_fills", fill)
    if border is not None:
        style.borderId = _style_id(wb, "_borders", border)
    if number_format is not None:
        if number_format in BUILTIN_FORMATS_REVERSE:
            style.numFmtId = BUILTIN_FORMATS_REVERSE[number_format]
        else:
            style.numFmtId = wb._number_formats.add(number_format) + BUILTIN_FORMATS_MAX_SIZE


def write_text(ws: Worksheet, coordinate: str, value, *, font=FONT, alignment=WRAP, fill=None, border=None):
    """Write ``value`` as a string cell (never a formula, never a number or date)."""
    cell = ws[coordinate]
    text = "" if value is None else str(value)
    if text:
        write_text_cell(cell, text)
    set_style(cell, font=font, alignment=alignment, fill=fill, border=border)
    return cell


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


# The Job Card writer --------------------------------------------------------------------------------


@dataclass
class CellMap:
    """Where one worksheet's fields are (serialised into the marker sheet)."""

    cells: dict[str, str] = field(default_factory=dict)  # scalar leaf path -> coordinate
    tables: dict[str, dict] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # coordinate -> label text the layout wrote

    def as_json(self) -> dict:
        return {"cells": self.cells, "tables": self.tables, "labels": self.labels}


def card_workbook(layouts: list[SheetLayout], profile: list[tuple[str, str, str]], *, title: str) -> Workbook:
    """A workbook with one worksheet per sheet layout and the marker sheet."""
    wb = new_workbook(title)
    maps = []
    for layout in layouts:
        ws = wb.create_sheet(layout.pick.worksheet_title)
        maps.append((ws.title, layout, SheetWriter(ws, layout, profile).write()))
    _write_marker(wb, maps)
    return wb


def _text_width(text: str) -> float:
    return sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in text)


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
    """(a key shared by identical checks, DataValidation options) for a field, or None."""
    if f.type == FieldType.CHOICE:
        options = [c.value if shows_code(f) else c.label for c in f.choices]
        return ("list", tuple(options)), {
            "type": "list",
            "formula1": '"' + ",".join(options) + '"',
            "error": "一覧から選んでください。",
            "errorTitle": "入力できない値です",
        }
    if f.type == FieldType.BOOLEAN:
        return ("list", (YES, NO)), {
            "type": "list",
            "formula1": f'"{YES},{NO}"',
            "error": "「はい」か「いいえ」を選んでください。",
        }
    if f.type.is_text and f.max_length:
        return ("length", f.max_length), {
            "type": "textLength",
            "operator": "lessThanOrEqual",
            "formula1": str(f.max_length),
            "error": f"{f.max_length}文字以内で入力してください。",
            "errorTitle": "文字数が多すぎます",
        }
    if f.type in (FieldType.DATE, FieldType.YEAR_MONTH):
        example = "2024年4月1日" if f.type == FieldType.DATE else "2024年4月"
        present = f"。続いている場合は「{PRESENT_LABEL}」" if f.allow_present else ""
        return ("hint", f.type, f.allow_present), {
            "type": None,
            "prompt": f"例：{example}{present}",
            "promptTitle": "入力例",
        }
    return None


class SheetWriter:
    def __init__(self, ws: Worksheet, layout: SheetLayout, profile: list[tuple[str, str, str]]):
        self.ws = ws
        self.layout = layout
        self.profile = profile
        self.row = 1
        self.map = CellMap()
        self.validations: dict[tuple, DataValidation] = {}
        self.validation_cells: dict[tuple, list[str]] = {}
        self.section_title = ""

    # Low-level ----------------------------------------------------------------------------------

    def merge(self, row: int, first: int, last: int, height_rows: int = 1, *, border=BORDER) -> str:
        """Merge a range (if more than one cell) and give every cell of it ``border``.

        Same cells as ``ws.merge_cells`` (the other cells become ``MergedCell``s), without its
        ``format()`` step, which copies the top-left cell's border and protection to the others
        one style object at a time: every cell gets its border here, and the protection is the
        default. The layout never merges overlapping ranges, so the range is added to the set as is.
        """
        ws = self.ws
        top_left = f"{get_column_letter(first)}{row}"
        bottom_right = f"{get_column_letter(last)}{row + height_rows - 1}"
        if (first, height_rows) != (last, 1):
            mcr = MergedCellRange(ws, f"{top_left}:{bottom_right}")
            ws.merged_cells.ranges.add(mcr)
            for r in range(row, row + height_rows):
                for c in range(first, last + 1):
                    if (r, c) != (row, first):
                        ws._cells[r, c] = MergedCell(ws, r, c)
        for r in range(row, row + height_rows):
            for c in range(first, last + 1):
                set_style(ws.cell(r, c), border=border)
        return top_left

    def label(
        self, row: int, first: int, last: int, text: str, *, fill=FILL_LABEL, font=FONT_BOLD, record=True
    ):
        coordinate = self.merge(row, first, last)
        write_text(self.ws, coordinate, text, font=font, fill=fill, border=BORDER)
        if record:
            self.map.labels[coordinate] = text
        return coordinate

    def value(self, row: int, first: int, last: int, f: Field, text: str, path: str | None, *, struck=False):
        coordinate = self.merge(row, first, last)
        cell = write_text(
            self.ws,
            coordinate,
            text,
            alignment=CENTER if shows_code(f) else WRAP,
            border=STRUCK if struck else BORDER,
        )
        set_style(cell, number_format=TEXT_FORMAT)
        self.validate(f, coordinate)
        if path is not None:
            self.map.cells[path] = coordinate
        return coordinate

    def height(self, row: int, lines: int) -> None:
        self.ws.row_dimensions[row].height = max(lines, 1) * LINE_HEIGHT + 4

    def validate(self, f: Field, coordinate: str) -> None:
        """Excel's own input checks: lists for choices, a length limit for text, a hint for dates."""
        spec = validation_spec(f)
        if spec is None:
            return
        key, options = spec
        dv = self.validations.get(key)
        if dv is None:
            dv = self.validations[key] = DataValidation(allow_blank=True, showInputMessage=True, **options)
            dv.showErrorMessage = dv.type is not None
            self.ws.add_data_validation(dv)
            self.validation_cells[key] = []
        self.validation_cells[key].append(coordinate)

    def _finish_validations(self) -> None:
        """Give each validation its cells as ranges: a run of cells one under the other in a
        column (the rating columns of 3-3, a table's column) is one range, not one per cell."""
        for key, dv in self.validations.items():
            runs: dict[str, list[list[int]]] = {}
            for coordinate in self.validation_cells[key]:
                column, row = coordinate_from_string(coordinate)
                column_runs = runs.setdefault(column, [])
                if column_runs and column_runs[-1][1] == row - 1:
                    column_runs[-1][1] = row
                else:
                    column_runs.append([row, row])
            dv.sqref = MultiCellRange(
                " ".join(
                    f"{column}{first}" if first == last else f"{column}{first}:{column}{last}"
                    for column, column_runs in runs.items()
                    for first, last in column_runs
                )
            )

    # Layout ------------------------------------------------------------------------------------

    def write(self) -> CellMap:
        ws = self.ws
        for column in range(1, COLUMNS + 1):
            ws.column_dimensions[get_column_letter(column)].width = COLUMN_WIDTH
        title = self.layout.title
        coordinate = self.merge(1, 1, COLUMNS, border=NO_BORDER)
        write_text(ws, coordinate, title, font=FONT_TITLE, alignment=TITLE_ALIGNMENT)
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
        ws.print_area = f"A1:{get_column_letter(COLUMNS)}{max(self.row - 1, 1)}"
        set_print_a4(ws, title)
        ws.sheet_view.showGridLines = False
        ws.freeze_panes = None
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
                coordinate = self.merge(self.row, first + 2, first + 5 if len(pair) == 2 else COLUMNS)
                write_text(self.ws, coordinate, value, border=BORDER)
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
        ws = self.ws
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
            columns[column.key] = get_column_letter(start)
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
            write_text(ws, f"A{self.row}", legend, font=FONT_SMALL, alignment=TOP)
            self.row += 1
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
            write_text(self.ws, f"A{self.row}", legend, font=FONT_SMALL, alignment=TOP)
            self.row += 1
        self.row += 1


def _write_marker(wb: Workbook, maps) -> None:
    ws = wb.create_sheet(MARKER_SHEET)
    ws.sheet_state = "veryHidden"
    ws["A1"] = MARKER_FORMAT
    ws["B1"] = MARKER_VERSION
    for row, (title, layout, cell_map) in enumerate(maps, start=2):
        pick = layout.pick
        payload = json.dumps(cell_map.as_json(), ensure_ascii=False, separators=(",", ":"))
        chunks = [payload[i : i + MARKER_CHUNK] for i in range(0, len(payload), MARKER_CHUNK)] or [""]
        for column, value in enumerate(
            [title, pick.code, pick.definition.version, pick.ordinal, *chunks], start=1
        ):
            cell = ws.cell(row, column, value)
            if isinstance(value, str):
                cell.data_type = "s"
