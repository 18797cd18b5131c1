"""Reading an uploaded workbook back into the card: preview first, then one transaction.

``read_workbook(data, card)`` checks the file (``outputs.safety``), looks for the marker sheet the
site wrote (``outputs.xlsx``) in ``xl/workbook.xml`` before anything else is parsed, opens the
workbook with openpyxl in read-only mode (through defusedxml, formulas not evaluated) within a
budget of unpacked XML, and reads only the worksheets and cells the marker lists. Worksheets the
marker does not name are never parsed (see "Budget" below). For each worksheet it returns a
``SheetImport``: the new data (the stored saved version with the file's cells laid over it), the
changes cell by cell, and the problems by worksheet and cell — cells that fail validation,
formulas, values another party writes. Nothing is written.

What a file can change: only the fields and rows it holds. A field left out of the download is kept
as stored; a row left out is kept; a line of a table emptied in the file deletes that row; a line
filled in below the others adds a row. 基本情報 is not read (it is edited under 登録情報).
Policy: sheet 3-3 is received as a PDF for now (``PDF_ONLY_PREFIXES``); its worksheets are skipped.

``preview_token`` signs what the preview showed; ``apply_import`` saves it through
``sheets.services.save_version`` for every changed sheet inside one transaction, so a failure on any
sheet (a stale edit, a validation error) leaves every sheet as it was.
"""

from __future__ import annotations

import copy
import io
import json
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from typing import Any

from django.core import signing
from django.db import transaction
from django.utils.translation import gettext as _

from sheets.definitions import UnknownDefinition, get_definition
from sheets.definitions.base import Field, FieldType, SheetDefinition, Writer, get_path, set_path
from sheets.models import Card, SheetEntry
from sheets.services import save_version, start_entry, tidy
from sheets.validation import changed_paths, is_blank, validate, write_errors

from .safety import ImportRefused, _not_xlsx, inspect_xlsx
from .values import NotReadable, cell_to_raw, display, unescape_ooxml
from .xlsx import MARKER_FORMAT, MARKER_SHEET, MARKER_VERSION

PDF_ONLY_PREFIXES = ("3-3",)
MAX_SHEETS = 30
MAX_TABLE_ROWS = 500
TOKEN_SALT = "outputs.import"  # noqa: S105 - a signing salt, not a secret
TOKEN_MAX_AGE = 60 * 60
_COORD = re.compile(r"^([A-Z]{1,3})([1-9][0-9]{0,5})$")
_COLUMN = re.compile(r"^[A-Z]{1,3}$")

# Budget (#14 item 3). openpyxl spends ~0.4 s of CPU per MB of worksheet XML it parses in read-only
# mode, more in its ordinary mode (27 s and +213 MB for the 19.5 MB of numbers the issue found).
# The site's own workbook reads ~250 KB (the five importable sheets) to ~460 KB (a whole card: the
# marker, every sheet's <dimension>); a copy re-saved by Excel moves text to shared strings and
# adds its own styles. What openpyxl inflates is counted as it reads; reading stops at:
MAX_PART_XML_BYTES = 1024 * 1024  # one part (a worksheet, the shared strings, the styles)
MAX_READ_XML_BYTES = 2 * 1024 * 1024  # every part openpyxl reads, together
MAX_SHEET_ROWS = 5_000  # a worksheet read, by its <dimension> (the site's longest has ~600 rows)
MAX_SHEET_COLUMNS = 200  # (the site's worksheets use A–L)


@dataclass
class CellIssue:
    worksheet: str
    cell: str
    label: str
    message: str


@dataclass
class CellChange:
    worksheet: str
    cell: str
    label: str
    before: str
    after: str
    kind: str = "change"  # change | add | remove


@dataclass
class SheetImport:
    worksheet: str
    definition: SheetDefinition
    ordinal: int
    entry_id: int | None = None
    lock_version: int = 0
    has_draft: bool = False
    data: dict = field(default_factory=dict)
    changes: list[CellChange] = field(default_factory=list)
    errors: list[CellIssue] = field(default_factory=list)
    skipped: str = ""  # why the worksheet was not read (3-3, unknown version, altered layout)

    @property
    def title(self) -> str:
        return self.definition.title

    @property
    def changed(self) -> bool:
        return bool(self.changes) and not self.errors and not self.skipped


@dataclass
class ImportResult:
    sheets: list[SheetImport]

    @property
    def errors(self) -> list[CellIssue]:
        return [e for s in self.sheets for e in s.errors]

    @property
    def changed_sheets(self) -> list[SheetImport]:
        return [s for s in self.sheets if s.changed]

    @property
    def can_apply(self) -> bool:
        return not self.errors and bool(self.changed_sheets)


# Reading ------------------------------------------------------------------------------------------


def read_workbook(data: bytes, card: Card | None, today=None, stored: dict | None = None) -> ImportResult:
    """Read ``data`` against ``card`` (or, without a card, against ``stored``: {(code, ordinal):
    saved data} — for tests and benchmarks that need no database)."""
    archive = inspect_xlsx(data)
    _require_marker(archive)
    try:
        return _read_workbook(data, card, today, stored)
    except _OverBudget:
        raise ImportRefused(
            _(
                "ファイルの中身が多すぎるため、読み込みを中止しました。"
                "このサイトでダウンロードしたファイルに、記入欄だけを記入して保存してください。"
            )
        ) from None


def _exact_reader(data: bytes):
    """openpyxl's reader (read-only), with shared strings read exactly.

    openpyxl drops every ``x005F_`` from shared strings, so Excel's escape of a literal ``_x0041_``
    (``_x005F_x0041_``) would come back as ``_x0041_`` and then be taken for an escaped "A"; here the
    stored text is kept and ``unescape_ooxml`` undoes Excel's escapes once, as Excel does."""
    from openpyxl.cell.text import Text
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    class Reader(ExcelReader):
        def read_strings(self):
            part = self.package.find(SHARED_STRINGS)
            if part is None:
                return
            tag = f"{{{SHEET_MAIN_NS}}}si"
            strings = []
            with self.archive.open(part.PartName[1:]) as source:
                for _event, node in iterparse(source):
                    if node.tag == tag:
                        strings.append(Text.from_tree(node).content)
                        node.clear()
            self.shared_strings = strings

    return Reader(io.BytesIO(data), read_only=True, keep_vba=False, keep_links=False)


def _unreadable() -> ImportRefused:
    return ImportRefused(_("Excelファイルとして読み込めませんでした。ファイルが壊れている可能性があります。"))


def _open_workbook(data: bytes):
    """The workbook in openpyxl's read-only mode (a worksheet is parsed only when read), through an
    archive that counts every byte openpyxl inflates (it reads all parts through it)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not read
            reader = _exact_reader(data)
            reader.archive = _BudgetedZip(io.BytesIO(data))
            reader.valid_files = reader.archive.namelist()
            reader.read()
            return reader.wb
    except _OverBudget:
        raise
    except Exception:  # openpyxl raises many kinds on a malformed part
        raise _unreadable() from None


def _read_workbook(data, card, today, stored) -> ImportResult:
    wb = _open_workbook(data)
    try:
        seen = set()
        sheets = []
        for title, code, version, ordinal, cell_map in _read_marker(wb):
            if (code, ordinal) in seen:
                raise _broken()
            seen.add((code, ordinal))
            try:
                definition = get_definition(code, version)
            except UnknownDefinition:
                sheets.append(_unknown_version(title, code, ordinal))
                continue
            sheets.append(_read_sheet(wb, title, definition, ordinal, cell_map, card, today, stored or {}))
    except (SyntaxError, ValueError, KeyError, TypeError, zipfile.BadZipFile, OSError, EOFError):
        # a worksheet openpyxl cannot parse (XML errors are SyntaxErrors), found only when it is read
        raise _unreadable() from None
    finally:
        wb.close()
    return ImportResult(sheets)


def _unknown_version(title: str, code: str, ordinal: int) -> SheetImport:
    """A worksheet of a definition version this site no longer has: skipped, with the reason."""
    try:
        latest = get_definition(code)
    except UnknownDefinition:
        raise _broken() from None
    sheet = SheetImport(title, latest, ordinal)
    sheet.skipped = _(
        "この様式の版には対応していません。あらためてダウンロードしたファイルをお使いください。"
    )
    return sheet


# Budget -------------------------------------------------------------------------------------------


class _OverBudget(Exception):
    """openpyxl was about to inflate more XML than ``MAX_READ_XML_BYTES`` or one part above
    ``MAX_PART_XML_BYTES`` (deliberately not a ValueError: openpyxl wraps those)."""


class _Metered:
    """A part being read: every byte handed out counts against the part's and the archive's budget."""

    def __init__(self, handle, archive: _BudgetedZip):
        self._handle, self._archive, self._read = handle, archive, 0

    def _count(self, chunk: bytes) -> bytes:
        self._read += len(chunk)
        self._archive.spent += len(chunk)
        if self._read > MAX_PART_XML_BYTES or self._archive.spent > MAX_READ_XML_BYTES:
            raise _OverBudget
        return chunk

    def read(self, n: int = -1) -> bytes:
        return self._count(self._handle.read(n))

    def read1(self, n: int = -1) -> bytes:
        return self._count(self._handle.read1(n))

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._handle.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __getattr__(self, name):
        return getattr(self._handle, name)


class _BudgetedZip(zipfile.ZipFile):
    """The upload as openpyxl sees it: what it inflates is counted as it reads, and reading stops
    (``_OverBudget``) past ``MAX_PART_XML_BYTES`` of one part or ``MAX_READ_XML_BYTES`` in all.
    zipfile never inflates a part past its declared size and checks its CRC, so the count cannot
    be cheated. openpyxl reads a worksheet's <dimension> when it opens the workbook — a few KB, not
    the sheet — and the sheet itself only when the importer reads it."""

    def __init__(self, file):
        super().__init__(file)
        self.spent = 0

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        handle = super().open(name, mode, pwd, force_zip64=force_zip64)
        return _Metered(handle, self) if mode == "r" else handle


def _require_marker(archive: zipfile.ZipFile) -> None:
    """Refuse a workbook without the marker sheet from ``xl/workbook.xml`` alone (a few KB),
    before any worksheet, style or string is parsed."""
    from defusedxml import ElementTree

    info = archive.getinfo("xl/workbook.xml")  # inspect_xlsx made sure it is there
    if info.file_size > MAX_PART_XML_BYTES:
        raise _not_xlsx()
    try:
        with archive.open(info) as handle:
            root = ElementTree.fromstring(handle.read(MAX_PART_XML_BYTES + 1))
    except Exception:  # malformed XML, or defusedxml refusing a DTD
        raise _not_xlsx() from None
    names = {el.get("name") for el in root.iter() if isinstance(el.tag, str) and el.tag.endswith("}sheet")}
    if MARKER_SHEET not in names:
        raise _not_ours()


def _not_ours() -> ImportRefused:
    return ImportRefused(
        _(
            "このサイトでダウンロードしたExcelファイルではないため、読み込めません。"
            "「ダウンロード」や「空の様式」から取得したファイルに記入してください。"
        )
    )


def _too_wide(title: str) -> ImportRefused:
    return ImportRefused(
        _(
            "シート「%(title)s」の使われている範囲が広すぎるため、読み込めません。"
            "記入欄の外に入力した行や列を削除してから保存してください。"
        )
        % {"title": title}
    )


def _check_dimension(ws) -> None:
    """Refuse a worksheet whose declared used range is absurd (read from its <dimension>)."""
    if (ws.max_row or 0) > MAX_SHEET_ROWS or (ws.max_column or 0) > MAX_SHEET_COLUMNS:
        raise _too_wide(ws.title)


class _Grid:
    """The cells of a worksheet the marker names, read in one pass (read-only worksheets parse
    their XML again on every ``ws[...]``)."""

    def __init__(self, ws, coordinates: set[str]):
        from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

        self._cells = {}
        if not coordinates:
            return
        rows, columns = set(), set()
        for coordinate in coordinates:
            letter, row = coordinate_from_string(coordinate)
            rows.add(row)
            columns.add(column_index_from_string(letter))
        if max(rows) > MAX_SHEET_ROWS or max(columns) > MAX_SHEET_COLUMNS:
            raise _broken()
        for row in ws.iter_rows(min_row=1, max_row=max(rows), min_col=1, max_col=max(columns)):
            for cell in row:
                coordinate = getattr(cell, "coordinate", None)
                if coordinate in coordinates:
                    self._cells[coordinate] = cell

    def __getitem__(self, coordinate: str):
        return self._cells.get(coordinate) or _EMPTY


class _Empty:
    value = None
    data_type = "n"


_EMPTY = _Empty()


def _broken() -> ImportRefused:
    return ImportRefused(
        _(
            "読み込み用の情報が壊れているため、読み込めません。あらためてダウンロードしたファイルをお使いください。"
        )
    )


def _read_marker(wb) -> list[tuple[str, str, str, int, dict]]:
    if MARKER_SHEET not in wb.sheetnames:
        raise _not_ours()
    ws = wb[MARKER_SHEET]
    _check_dimension(ws)
    out = []
    rows = ws.iter_rows(min_row=1, max_row=MAX_SHEETS + 2, values_only=True)
    first = next(rows, None) or (None, None)
    if tuple(first[:2]) != (MARKER_FORMAT, MARKER_VERSION):
        raise _broken()
    for row in rows:
        if not row or row[0] is None:
            continue
        title, code, version, ordinal, *chunks = row
        if not all(isinstance(v, str) for v in (title, code, version)) or not isinstance(ordinal, int):
            raise _broken()
        try:
            cell_map = json.loads("".join(c for c in chunks if isinstance(c, str)))
        except ValueError:
            raise _broken() from None
        out.append((title, code, version, ordinal, cell_map))
    if len(out) > MAX_SHEETS:
        raise _broken()
    return out


def _check_map(definition: SheetDefinition, cell_map: Any) -> tuple[dict, dict, dict]:
    """The cell map, checked against the definition (a crafted marker cannot name other fields)."""
    if not isinstance(cell_map, dict):
        raise _broken()
    cells, tables, labels = cell_map.get("cells", {}), cell_map.get("tables", {}), cell_map.get("labels", {})
    sound = (
        all(isinstance(x, dict) for x in (cells, tables, labels))
        and all(_is_cell(c) and _leaf(definition, path) is not None for path, c in cells.items())
        and all(_table_is_sound(definition, key, table) for key, table in tables.items())
        and all(_is_cell(c) and isinstance(text, str) for c, text in labels.items())
    )
    if not sound:
        raise _broken()
    return cells, tables, labels


def _is_cell(coordinate) -> bool:
    return isinstance(coordinate, str) and bool(_COORD.match(coordinate))


def _table_is_sound(definition: SheetDefinition, key, table) -> bool:
    """A table entry names a repeat of the definition, sane row numbers, scalar columns by letter, and
    distinct stored-row indexes."""
    try:
        f = definition.field(key)
    except (KeyError, TypeError):
        return False
    if f.type != FieldType.REPEAT or not isinstance(table, dict):
        return False
    numbers = [table.get("header_row"), table.get("first_row"), table.get("rows")]
    if not all(isinstance(n, int) and 0 <= n < 1_000_000 for n in numbers) or table["rows"] > MAX_TABLE_ROWS:
        return False
    columns, sources = table.get("columns"), table.get("sources")
    if not isinstance(columns, dict) or not isinstance(sources, list):
        return False
    children = {c.key: c for c in f.fields}
    if not all(
        isinstance(letter, str)
        and _COLUMN.match(letter)
        and name in children
        and children[name].type.is_scalar
        for name, letter in columns.items()
    ):
        return False
    return all(isinstance(s, int) and 0 <= s < MAX_TABLE_ROWS for s in sources) and len(set(sources)) == len(
        sources
    )


def _leaf(definition: SheetDefinition, path: str) -> Field | None:
    """The scalar field at a path outside any repeat, or None."""
    if not isinstance(path, str):
        return None
    parts = path.split(".")
    try:
        current = definition.field(parts[0])
        for part in parts[1:]:
            if current.type != FieldType.GROUP:
                return None
            current = current.child(part)
    except KeyError:
        return None
    if current.type == FieldType.REPEAT or not current.type.is_scalar:
        return None
    return current


def _cell_value(ws, coordinate: str):
    """(value, is_formula) of a cell; a merged cell's value is its top-left cell's."""
    cell = ws[coordinate]
    value = cell.value
    formula = cell.data_type == "f" or type(value).__name__ in ("ArrayFormula", "DataTableFormula")
    return value, formula


def _label_text(value) -> str:
    return unescape_ooxml(value) if isinstance(value, str) else ("" if value is None else str(value))


def _entry_for(card: Card | None, code: str, ordinal: int) -> SheetEntry | None:
    if card is None:
        return None
    entries = list(card.entries.filter(sheet_code=code).order_by("pk"))
    return entries[ordinal - 1] if 0 < ordinal <= len(entries) else None


def _read_sheet(wb, title, definition, ordinal, cell_map, card, today, stored_data) -> SheetImport:
    """One worksheet read through its map, laid over the stored sheet and validated (nothing saved)."""
    sheet = SheetImport(title, definition, ordinal)
    if definition.code.startswith(PDF_ONLY_PREFIXES):
        sheet.skipped = _(
            "様式3-3はPDFで受け取ります（Excelからは読み込みません）。「PDFのアップロード」からお送りください。"
        )
        return sheet
    cells, tables, labels = _check_map(definition, cell_map)
    if title not in wb.sheetnames:
        sheet.skipped = _("シート「%(title)s」が見つかりません。シート名を変えずに保存してください。") % {
            "title": title
        }
        return sheet
    reader = _SheetReader(sheet, _open_cells(wb[title], cells, tables, labels))
    if not reader.labels_intact(labels):
        return sheet
    base = _stored(sheet, card, stored_data)
    merged = copy.deepcopy(base)
    reader.scalars(cells, merged)
    origins: dict[str, list[tuple[int | None, int | None]]] = {}
    for key, table in tables.items():
        merged[key], origins[key] = reader.table(key, table, base)
    result = validate(definition, merged, today=today)
    reader.report(result, base)
    sheet.data = result.data
    if not sheet.errors:
        sheet.changes = _changes(definition, title, base, result.data, cells, tables, origins)
    return sheet


def _open_cells(ws, cells: dict, tables: dict, labels: dict) -> _Grid:
    """Only the cells the map names (scalars, labels, every allotted line of every table)."""
    _check_dimension(ws)
    needed = set(cells.values()) | set(labels)
    for table in tables.values():
        for i in range(table["rows"]):
            needed.update(f"{letter}{table['first_row'] + i}" for letter in table["columns"].values())
    return _Grid(ws, needed)


def _stored(sheet: SheetImport, card: Card | None, stored_data: dict) -> dict:
    """The saved version the file is laid over (tidied), and the entry's identity on ``sheet``."""
    definition = sheet.definition
    entry = _entry_for(card, definition.code, sheet.ordinal)
    saved = entry.saved_data if entry is not None else stored_data.get((definition.code, sheet.ordinal))
    if entry is not None:
        sheet.entry_id, sheet.lock_version, sheet.has_draft = entry.pk, entry.lock_version, entry.has_draft
    return tidy(definition, saved) if saved else {}


class _SheetReader:
    """Reads one worksheet's cells into data, noting problems on ``sheet`` and, in ``where``, which
    cell each data path came from (for messages)."""

    def __init__(self, sheet: SheetImport, ws: _Grid):
        self.sheet = sheet
        self.definition = sheet.definition
        self.ws = ws
        self.where: dict[str, str] = {}

    def problem(self, coordinate: str, label: str, message: str) -> None:
        self.sheet.errors.append(CellIssue(self.sheet.worksheet, coordinate, label, message))

    def labels_intact(self, labels: dict[str, str]) -> bool:
        """The labels the layout wrote are where it wrote them (no row or column inserted)."""
        for coordinate, text in labels.items():
            if _label_text(self.ws[coordinate].value) != text:
                self.problem(
                    coordinate,
                    text,
                    _(
                        "表の形が変わっています。行や列を挿入・削除せず、ダウンロードしたときの形のまま入力してください。"
                    ),
                )
                return False
        return True

    def read(self, coordinate: str, f: Field, label: str):
        """A cell's value as the validator takes it, or None (a formula or an unreadable value is noted)."""
        value, formula = _cell_value(self.ws, coordinate)
        if formula:
            self.problem(coordinate, label, _("数式は読み込めません。値を直接入力してください。"))
            return None
        try:
            return cell_to_raw(f, value)
        except NotReadable as exc:
            self.problem(coordinate, label, str(exc))
            return None

    def scalars(self, cells: dict[str, str], merged: dict) -> None:
        for path, coordinate in cells.items():
            f = _leaf(self.definition, path)
            set_path(merged, path, self.read(coordinate, f, _label(self.definition, path)))
            self.where[path] = coordinate

    def table(
        self, key: str, table: dict, base: dict
    ) -> tuple[list[dict], list[tuple[int | None, int | None]]]:
        """The table's rows after the file: a line that came from a stored row replaces it (emptied:
        deletes it), a filled line below them adds a row, stored rows the file left out stay. Returns
        the rows and, for each, (the file's row number or None, the stored index or None)."""
        f = self.definition.field(key)
        stored = base.get(key) if isinstance(base.get(key), list) else []
        sources = table["sources"]
        replaced: dict[int, dict | None] = {}
        added: list[tuple[int, dict]] = []
        for i in range(table["rows"]):
            row_number = table["first_row"] + i
            values = {
                child_key: self.read(
                    f"{letter}{row_number}",
                    f.child(child_key),
                    f"{f.label} {i + 1}行目：{f.child(child_key).label}",
                )
                for child_key, letter in table["columns"].items()
            }
            blank = all(is_blank(v) for v in values.values())
            if i < len(sources) and sources[i] < len(stored):
                replaced[sources[i]] = None if blank else {**copy.deepcopy(stored[sources[i]]), **values}
            elif not blank:
                added.append((row_number, values))
        rows, origins = [], []
        file_row_of = {s: table["first_row"] + i for i, s in enumerate(sources) if s < len(stored)}
        for index, row in enumerate(stored):
            if index not in replaced:
                rows.append(copy.deepcopy(row))
                origins.append((None, index))
            elif replaced[index] is not None:
                rows.append(replaced[index])
                origins.append((file_row_of.get(index), index))
        for row_number, values in added:
            rows.append({k: v for k, v in values.items() if v is not None})
            origins.append((row_number, None))
        for index, (row_number, _source) in enumerate(origins):
            if row_number is not None:
                for child_key, letter in table["columns"].items():
                    self.where[f"{key}.{index}.{child_key}"] = f"{letter}{row_number}"
        self.where[key] = f"A{table['header_row']}"
        return rows, origins

    def report(self, result, base: dict) -> None:
        """The validator's messages, and values another party writes, each at its cell; a cell already
        reported as unreadable (a formula…) is not reported again."""
        errors = dict(result.errors)
        for path, messages in write_errors(self.definition, Writer.PERSON, base, result.data).items():
            errors.setdefault(path, messages)
        unreadable = {issue.cell for issue in self.sheet.errors}
        for path, messages in errors.items():
            cell = self.where.get(path, "A1")
            if cell in unreadable:
                continue
            for message in messages:
                self.problem(cell, _label(self.definition, path), message)


def _label(definition: SheetDefinition, path: str) -> str:
    parts = path.split(".")
    try:
        f = definition.field(parts[0])
    except KeyError:
        return path
    labels = [f.label]
    for part in parts[1:]:
        if part.isdigit():
            labels.append(f"{int(part) + 1}行目")
            continue
        try:
            f = f.child(part)
        except KeyError:
            break
        labels.append(f.label)
    return "：".join(labels)


def _changes(definition, title, base, new, cells, tables, origins) -> list[CellChange]:
    changes = []
    for path, coordinate in cells.items():
        f = _leaf(definition, path)
        before, after = get_path(base, path), get_path(new, path)
        if before != after and not (is_blank(before) and is_blank(after)):
            changes.append(
                CellChange(title, coordinate, _label(definition, path), display(f, before), display(f, after))
            )
    for key, table in tables.items():
        f = definition.field(key)
        stored = base.get(key) or []
        kept_sources = set()
        for index, (row_number, source) in enumerate(origins.get(key, [])):
            new_row = (new.get(key) or [])[index] if index < len(new.get(key) or []) else {}
            if source is not None:
                kept_sources.add(source)
            if row_number is None:
                continue
            old_row = stored[source] if source is not None else {}
            for child_key, letter in table["columns"].items():
                child = f.child(child_key)
                before, after = old_row.get(child_key), new_row.get(child_key)
                if before != after and not (is_blank(before) and is_blank(after)):
                    changes.append(
                        CellChange(
                            title,
                            f"{letter}{row_number}",
                            f"{f.label} {index + 1}行目：{child.label}",
                            display(child, before),
                            display(child, after),
                            "change" if source is not None else "add",
                        )
                    )
        file_row_of = {s: table["first_row"] + i for i, s in enumerate(table["sources"])}
        for source, row in enumerate(stored):
            if source not in kept_sources:
                from .selection import row_summary

                changes.append(
                    CellChange(
                        title,
                        f"A{file_row_of.get(source, table['header_row'])}",
                        f"{f.label}（行を削除）",
                        row_summary(definition, key, row),
                        "",
                        "remove",
                    )
                )
    if not changes and changed_paths(definition, base, new):  # pragma: no cover - defensive
        changes.append(CellChange(title, "A1", definition.title, "", _("変更あり"), "change"))
    return changes


# Applying -----------------------------------------------------------------------------------------


def preview_token(card: Card | None, result: ImportResult) -> str:
    payload = {
        "card": card.pk if card else None,
        "sheets": [
            {
                "code": s.definition.code,
                "version": s.definition.version,
                "ordinal": s.ordinal,
                "entry": s.entry_id,
                "lock": s.lock_version,
                "data": s.data,
            }
            for s in result.changed_sheets
        ],
    }
    return signing.dumps(payload, salt=TOKEN_SALT, compress=True)


class ImportExpired(Exception):
    pass


def load_token(token: str, salt: str = TOKEN_SALT) -> dict:
    """The payload of a preview's signed token (``salt``: whose preview — this one or the JSON Resume
    one in ``portable``), or ImportExpired with a sentence for the person."""
    try:
        return signing.loads(token, salt=salt, max_age=TOKEN_MAX_AGE)
    except signing.SignatureExpired:
        raise ImportExpired(
            _("確認画面を表示してから時間がたちました。もう一度ファイルを選んでください。")
        ) from None
    except signing.BadSignature:
        raise ImportExpired(_("確認の情報が正しくありません。もう一度ファイルを選んでください。")) from None


def apply_import(card: Card, payload: dict, user=None) -> list[SheetEntry]:
    """Save every sheet of a previewed import, all or nothing (raises StaleEdit / SheetValidationError)."""
    if payload.get("card") not in (None, card.pk):
        raise ImportExpired(_("確認の情報が正しくありません。もう一度ファイルを選んでください。"))
    saved = []
    with transaction.atomic():
        for item in payload["sheets"]:
            definition = get_definition(item["code"], item["version"])
            if item["entry"] is not None:
                entry = card.entries.get(pk=item["entry"])
            else:
                if _entry_for(card, definition.code, item["ordinal"]) is not None:
                    raise ImportExpired(_("この間に様式が作成されました。もう一度ファイルを選んでください。"))
                entry = start_entry(card, definition.code, definition.version)
            save_version(entry, item["data"], item["lock"], user, summary=_("Excelファイルから読み込み"))
            saved.append(entry)
    return saved
