"""How one stored value is shown in an export, and how a cell of an uploaded workbook is read back.

``display(field, value)`` is the text printed in PDFs and written in xlsx cells: dates as
「2024年4月1日」, year-months as 「2024年4月」 (「現在」 for a running period), choices by their label —
or by their code when the code is one letter (the 3-3 ratings A/B/C, explained by a legend) —,
booleans as 「はい」/「いいえ」. ``display(..., iso=True)`` keeps ISO dates (the CSV).

``cell_to_raw(field, value)`` turns what openpyxl read from a cell into what the validator accepts:
text as text, real Excel dates as ISO strings, numbers as their digits, 「はい」/「いいえ」 as booleans.
The validator (``sheets.validation``) then reads 「2024年4月1日」, labels of choices and 「現在」.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from sheets.definitions.base import PRESENT, PRESENT_LABEL, Field, FieldType

TRUE_WORDS = {"はい", "TRUE", "true", "True", "1", "○", "〇", "✓", "✔"}
FALSE_WORDS = {"いいえ", "FALSE", "false", "False", "0", "×"}
YES = "はい"
NO = "いいえ"

# The rating scale's "not evaluated" choice, printed struck through ("／") in 3-3 (spec).
STRUCK_CHOICES = {("C", "評価しない")}

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")

# Excel writes characters XML cannot hold as _xHHHH_; a literal "_x0041_" must itself be escaped.
_OOXML_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")  # an underscore that starts an escape
_OOXML_UNESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


class NotReadable(ValueError):
    """A cell's value cannot be taken as this field's value (message in Japanese)."""


def shows_code(f: Field) -> bool:
    """Choices whose codes are single letters (ratings) are shown by code, with a legend."""
    return f.type == FieldType.CHOICE and bool(f.choices) and all(len(c.value) == 1 for c in f.choices)


def is_struck(f: Field, value: Any) -> bool:
    if f.type != FieldType.CHOICE or value is None:
        return False
    labels = f.choice_labels
    return (value, labels.get(value)) in STRUCK_CHOICES


def display(f: Field, value: Any, *, iso: bool = False) -> str:
    if value is None or value == "":
        return ""
    if f.type.is_text or f.type == FieldType.TEL:
        return str(value)
    if f.type == FieldType.BOOLEAN:
        return YES if value is True else NO if value is False else ""
    if f.type == FieldType.CHOICE:
        if shows_code(f):
            return str(value)
        return f.choice_labels.get(value, str(value))
    if f.type == FieldType.DATE:
        match = _ISO_DATE.match(str(value))
        if iso or not match:
            return str(value)
        year, month, day = (int(g) for g in match.groups())
        return f"{year}年{month}月{day}日"
    if f.type == FieldType.YEAR_MONTH:
        if value == PRESENT:
            return PRESENT_LABEL
        match = _ISO_MONTH.match(str(value))
        if iso or not match:
            return str(value)
        year, month = (int(g) for g in match.groups())
        return f"{year}年{month}月"
    return str(value)


def legend(f: Field) -> str:
    """「A：常にできている　B：大体できている　C：評価しない」 for a field shown by code."""
    return "　".join(f"{c.value}：{c.label}" for c in f.choices)


def escape_ooxml(text: str) -> str:
    return _OOXML_ESCAPE.sub("_x005F_", text)


# Formula injection (OWASP "CSV injection"): a person's text that a spreadsheet would read as a
# formula (=HYPERLINK(…), +cmd…, -2+3, @SUM…, or after a tab or carriage return). Every writer
# treats it the same way: the text is kept exactly, and marked as text —
# - xlsx (the card, 履歴書, 職務経歴書): a string cell, never a formula, with Excel's "quote prefix"
#   (the cell stays text even when someone edits it later);
# - CSV: a leading apostrophe, which spreadsheets read as "this is text" and do not show;
# - docx: text runs only (Word evaluates no formulas in text; no field codes are written).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def write_text_cell(cell, text: str) -> None:
    """Put ``text`` in an openpyxl cell as text: never a formula, number or date."""
    cell.value = escape_ooxml(text)
    cell.data_type = "s"  # openpyxl would store "=…" as a formula
    if looks_like_formula(text):
        cell.quotePrefix = True


def unescape_ooxml(text: str) -> str:
    return _OOXML_UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def cell_to_raw(f: Field, value: Any) -> Any:
    """The value to hand to the validator for what a cell holds. Raises ``NotReadable``."""
    if value is None:
        return None
    if isinstance(value, str):
        value = unescape_ooxml(value)
    if f.type == FieldType.BOOLEAN:
        if isinstance(value, bool):
            return value
        text = str(value).strip()
        if text == "":
            return None
        if text in TRUE_WORDS:
            return True
        if text in FALSE_WORDS:
            return False
        raise NotReadable("「はい」か「いいえ」で入力してください。")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        value = value.date() if value.time() == datetime.time(0) else value
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        if f.type == FieldType.YEAR_MONTH:
            return f"{value.year:04d}-{value.month:02d}"
        return value.isoformat()
    if isinstance(value, datetime.datetime | datetime.time | datetime.timedelta):
        raise NotReadable("日付や時刻の形式では読み込めません。文字で入力してください。")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if f.type.is_text:
        return value
    return value if value.strip() else None
