"""Checking and normalising a sheet's data against its definition.

``validate(definition, data)`` returns the normalised data and the errors, keyed by field path
(``jobs.2.period_from``), each a list of messages in plain Japanese. Nothing is mandatory (a sheet
counts as created when it is saved), but every value present must fit its field's type, length,
choices and date rules.

Normalisation, done before any check:
- text: control characters removed (newlines kept in multi-line text, as ``\\n``); HTML is text
  and is kept as typed — it is never interpreted, templates escape it;
- dates and year-months: 全角 digits and separators read (``２０２４年４月`` → ``2024-04``);
  「現在」 where a period may still be running (stored as ``present``);
- telephone numbers: 全角 digits and every kind of dash read as ``0-9`` and ``-``;
- blank dates, choices and telephone numbers become ``null``.

Invalid text is kept in ``data`` (sanitised) so that a draft never loses what was typed; a value
of the wrong JSON type, or a key the sheet does not have, is dropped and reported.
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone

from .definitions.base import (
    PRESENT,
    PRESENT_LABEL,
    DateOrder,
    Field,
    FieldType,
    FutureOnlyWhen,
    Rule,
    SheetDefinition,
    Writer,
)

MIN_YEAR = 1900
MAX_YEARS_AHEAD = 20  # a date allowed in the future may still not be absurdly far ahead

# Messages (plain Japanese; the field's label is shown next to them by the editor) -------------
MSG_NOT_TEXT = "文字で入力してください。"
MSG_TOO_LONG = "{max}文字以内で入力してください（いまは{count}文字です）。"
MSG_DATE_FORMAT = "日付は「2024-04-01」のように、年・月・日の順に入力してください。"
MSG_YEAR_MONTH_FORMAT = "年月は「2024-04」のように、年・月の順に入力してください。"
MSG_YEAR_MONTH_FORMAT_PRESENT = MSG_YEAR_MONTH_FORMAT[:-1] + "。続いている場合は「現在」と入力してください。"
MSG_NO_SUCH_DATE = "存在しない日付です。"
# Which part of a date is wrong (年/月/日), said with the message above.
MSG_NO_SUCH_DATE_MONTH = (
    MSG_NO_SUCH_DATE + "月は1から12までで入力してください（「{month}月」になっています）。"
)
MSG_NO_SUCH_DATE_DAY = MSG_NO_SUCH_DATE + "{year}年{month}月は{last}日までです（「{day}日」になっています）。"
MSG_NO_SUCH_MONTH = "月は1から12までで入力してください。"
MSG_TOO_OLD = f"{MIN_YEAR}年以降の日付を入力してください。"
MSG_TOO_FAR = "遠い先の日付は入力できません。年を確かめてください。"
MSG_FUTURE_DATE = "未来の日付は入力できません。"
MSG_FUTURE_MONTH = "未来の年月は入力できません。"
MSG_FUTURE_MONTH_PRESENT = "未来の年月は入力できません。続いている場合は「現在」と入力してください。"
MSG_FUTURE_ONLY_WHEN = "未来の{what}は、{choice}が「{values}」のときだけ入力できます。"
MSG_DATE_ORDER = "{end}は{start}と同じか、それより後にしてください。"
MSG_CHOICE = "選択肢の中から選んでください。"
MSG_BOOLEAN = "「はい」か「いいえ」で指定してください。"
MSG_TEL = "電話番号は数字とハイフン（-）で入力してください。"
MSG_TEL_DIGITS = "電話番号の桁数が正しくありません。市外局番から入力してください。"
MSG_NOT_OBJECT = "入力の形式が正しくありません。"
MSG_NOT_LIST = "一覧の形式が正しくありません。"
MSG_TOO_MANY_ROWS = "{max}件まで入力できます（いまは{count}件です）。"
MSG_TOO_FEW_ROWS = "{min}件以上入力してください。"
MSG_UNKNOWN = "この様式にない項目です。"
MSG_NOT_YOURS = "この欄は{writer}が記入します。"

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff70\uff0d\ufe63"
_DASH_TABLE = str.maketrans(dict.fromkeys(_DASHES, "-"))
_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_YEAR_MONTH_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_TEL_RE = re.compile(r"^\+?[0-9()\-]+$")
_PRESENT_WORDS = {PRESENT, PRESENT_LABEL, "現在に至る", "現在まで"}


@dataclass
class ValidationResult:
    data: dict
    errors: dict[str, list[str]] = field(default_factory=dict)

    @property
    def is_valid(self) -> bool:
        return not self.errors

    def add(self, path: str, message: str) -> None:
        messages = self.errors.setdefault(path, [])
        if message not in messages:
            messages.append(message)


def validate(definition: SheetDefinition, data: Any, today: datetime.date | None = None) -> ValidationResult:
    """Check ``data`` (a dict as submitted) against ``definition``."""
    today = today or timezone.localdate()
    result = ValidationResult(data={})
    if data is None:
        data = {}
    if not isinstance(data, dict):
        result.add("", MSG_NOT_OBJECT)
        return result
    known = {f.key for f in definition.fields}
    for key in data:
        if key not in known:
            result.add(str(key), MSG_UNKNOWN)
    for section in definition.sections:
        for f in section.fields:
            if f.key in data:
                value = _clean(f, data[f.key], f.key, today, result)
                if value is not _DROP:
                    result.data[f.key] = value
        _apply_rules(section.rules, section.fields, result.data, "", today, result)
    return result


# Fields -------------------------------------------------------------------------------------

_DROP = object()


def _clean(f: Field, value: Any, path: str, today: datetime.date, result: ValidationResult) -> Any:
    if f.type == FieldType.GROUP:
        return _clean_object(f, value, path, today, result)
    if f.type == FieldType.REPEAT:
        return _clean_repeat(f, value, path, today, result)
    cleaned, error = clean_scalar(f, value, today)
    if error:
        result.add(path, error)
    return cleaned


def _clean_object(f: Field, value: Any, path: str, today, result: ValidationResult) -> Any:
    if value is None:
        return {}
    if not isinstance(value, dict):
        result.add(path, MSG_NOT_OBJECT)
        return _DROP
    known = {c.key for c in f.fields}
    for key in value:
        if key not in known:
            result.add(f"{path}.{key}", MSG_UNKNOWN)
    cleaned = {}
    for child in f.fields:
        if child.key in value:
            child_value = _clean(child, value[child.key], f"{path}.{child.key}", today, result)
            if child_value is not _DROP:
                cleaned[child.key] = child_value
    _apply_rules(f.rules, f.fields, cleaned, path + ".", today, result)
    return cleaned


def _clean_repeat(f: Field, value: Any, path: str, today, result: ValidationResult) -> Any:
    if value is None:
        return []
    if not isinstance(value, list):
        result.add(path, MSG_NOT_LIST)
        return _DROP
    if f.max_rows is not None and len(value) > f.max_rows:
        result.add(path, MSG_TOO_MANY_ROWS.format(max=f.max_rows, count=len(value)))
    if f.min_rows and len(value) < f.min_rows:
        result.add(path, MSG_TOO_FEW_ROWS.format(min=f.min_rows))
    rows = []
    for index, row in enumerate(value):
        cleaned = _clean_object(f, row, f"{path}.{index}", today, result)
        rows.append({} if cleaned is _DROP else cleaned)  # keep indexes stable for error paths
    return rows


def clean_scalar(f: Field, value: Any, today: datetime.date | None = None) -> tuple[Any, str | None]:
    """One scalar value: (normalised value, error message or None). Used by the Django forms too."""
    today = today or timezone.localdate()
    if f.type.is_text:
        if value is None:
            return None, None
        if not isinstance(value, str):
            return _DROP, MSG_NOT_TEXT
        text = sanitise_text(value, multiline=f.type == FieldType.TEXTAREA)
        if f.max_length is not None and len(text) > f.max_length:
            return text, MSG_TOO_LONG.format(max=f.max_length, count=len(text))
        return text, None
    if f.type == FieldType.BOOLEAN:
        if value is None or isinstance(value, bool):
            return value, None
        return _DROP, MSG_BOOLEAN
    # The rest are strings in JSON; blank is "not filled in".
    if value is None:
        return None, None
    if not isinstance(value, str):
        return _DROP, MSG_NOT_TEXT
    raw = sanitise_text(value, multiline=False)
    if not raw.strip():
        return None, None
    if f.type == FieldType.CHOICE:
        return _clean_choice(f, raw)
    if f.type == FieldType.TEL:
        return _clean_tel(f, raw)
    if f.type == FieldType.DATE:
        return _clean_date(f, raw, today)
    if f.type == FieldType.YEAR_MONTH:
        return _clean_year_month(f, raw, today)
    raise ValueError(f"unknown field type {f.type}")  # pragma: no cover


def _clean_choice(f: Field, raw: str):
    value = raw.strip()
    for c in f.choices:
        if value in (c.value, c.label):
            return c.value, None
    return raw, MSG_CHOICE


def _clean_tel(f: Field, raw: str):
    value = re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw).translate(_DASH_TABLE))
    if not _TEL_RE.match(value):
        return raw, MSG_TEL
    digits = sum(ch.isdigit() for ch in value)
    if not 10 <= digits <= 15:
        return raw, MSG_TEL_DIGITS
    if f.max_length is not None and len(value) > f.max_length:
        return raw, MSG_TOO_LONG.format(max=f.max_length, count=len(value))
    return value, None


def _read(raw: str) -> str:
    return unicodedata.normalize("NFKC", raw).translate(_DASH_TABLE).strip()


def _check_year(year: int, f: Field, today: datetime.date) -> str | None:
    if year < MIN_YEAR:
        return MSG_TOO_OLD
    if year > today.year + MAX_YEARS_AHEAD:
        return MSG_TOO_FAR
    return None


def _clean_date(f: Field, raw: str, today: datetime.date):
    match = _DATE_RE.match(_read(raw))
    if not match:
        return raw, MSG_DATE_FORMAT
    year, month, day = (int(g) for g in match.groups())
    if not 1 <= month <= 12:
        return raw, MSG_NO_SUCH_DATE_MONTH.format(month=month)
    try:
        value = datetime.date(year, month, day)
    except ValueError:
        if not 1 <= year <= 9999:
            return raw, MSG_TOO_OLD if year < MIN_YEAR else MSG_TOO_FAR
        last = calendar.monthrange(year, month)[1]
        return raw, MSG_NO_SUCH_DATE_DAY.format(year=year, month=month, last=last, day=day)
    if error := _check_year(year, f, today):
        return raw, error
    if not f.allow_future and value > today:
        return raw, MSG_FUTURE_DATE
    return value.isoformat(), None


def _clean_year_month(f: Field, raw: str, today: datetime.date):
    text = _read(raw)
    if f.allow_present and text in _PRESENT_WORDS:
        return PRESENT, None
    match = _YEAR_MONTH_RE.match(text)
    if not match:
        return raw, MSG_YEAR_MONTH_FORMAT_PRESENT if f.allow_present else MSG_YEAR_MONTH_FORMAT
    year, month = (int(g) for g in match.groups())
    if not 1 <= month <= 12:
        return raw, MSG_NO_SUCH_MONTH
    if error := _check_year(year, f, today):
        return raw, error
    if not f.allow_future and (year, month) > (today.year, today.month):
        return raw, MSG_FUTURE_MONTH_PRESENT if f.allow_present else MSG_FUTURE_MONTH
    return f"{year:04d}-{month:02d}", None


def sanitise_text(value: str, multiline: bool) -> str:
    """Remove control characters (C0, DEL, C1), lone surrogates and non-characters.

    Multi-line text keeps newlines (``\\r\\n``, ``\\r``, U+2028/U+2029 become ``\\n``) and tabs;
    one-line text turns them into spaces. Nothing else changes: HTML stays as typed.
    """
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    keep = "\n\t" if multiline else ""
    out = []
    for ch in value:
        if ch in keep:
            out.append(ch)
        elif ch in "\n\t":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cs") or _is_noncharacter(ch):
            continue
        else:
            out.append(ch)
    return "".join(out)


def _is_noncharacter(ch: str) -> bool:
    cp = ord(ch)
    return 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE


# Cross-field rules --------------------------------------------------------------------------


def _apply_rules(rules, fields, obj: dict, prefix: str, today, result: ValidationResult) -> None:
    by_key = {f.key: f for f in fields}
    for rule in rules:
        for key, message in check_rule(rule, by_key, obj, today).items():
            path = prefix + key
            if path not in result.errors:  # one problem at a time per field
                result.add(path, message)


def check_rule(rule: Rule, fields: dict[str, Field], obj: dict, today: datetime.date) -> dict[str, str]:
    """Errors (key → message) of one rule on one object whose values are already cleaned."""
    if isinstance(rule, DateOrder):
        start, end = obj.get(rule.start), obj.get(rule.end)
        if not _is_normalised(start, fields[rule.start]) or not _is_normalised(end, fields[rule.end]):
            return {}
        if start == PRESENT or end == PRESENT or end >= start:
            return {}
        return {rule.end: MSG_DATE_ORDER.format(end=fields[rule.end].label, start=fields[rule.start].label)}
    if isinstance(rule, FutureOnlyWhen):
        f = fields[rule.field]
        value = obj.get(rule.field)
        if not _is_normalised(value, f) or value == PRESENT:
            return {}
        now = today.isoformat() if f.type == FieldType.DATE else today.isoformat()[:7]
        if value <= now or obj.get(rule.choice_field) in rule.values:
            return {}
        chooser = fields[rule.choice_field]
        labels = chooser.choice_labels
        return {
            rule.field: MSG_FUTURE_ONLY_WHEN.format(
                what="日付" if f.type == FieldType.DATE else "年月",
                choice=chooser.label,
                values="」「".join(labels[v] for v in rule.values),
            )
        }
    raise TypeError(rule)  # pragma: no cover


_ISO = {
    FieldType.DATE: re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    FieldType.YEAR_MONTH: re.compile(rf"^(\d{{4}}-\d{{2}}|{PRESENT})$"),
}


def _is_normalised(value: Any, f: Field) -> bool:
    return isinstance(value, str) and bool(_ISO[f.type].match(value))


# Paths, diffs and who may write what ----------------------------------------------------------


def flatten(definition: SheetDefinition, data: dict | None) -> dict[str, Any]:
    """Leaf path → value for every scalar present in ``data`` (rows by index)."""
    out: dict[str, Any] = {}
    data = data or {}
    for f in definition.fields:
        if f.key in data:
            _flatten(f, data[f.key], f.key, out)
    return out


def _flatten(f: Field, value: Any, path: str, out: dict) -> None:
    if f.type.is_scalar:
        out[path] = value
    elif f.type == FieldType.GROUP and isinstance(value, dict):
        for child in f.fields:
            if child.key in value:
                _flatten(child, value[child.key], f"{path}.{child.key}", out)
    elif f.type == FieldType.REPEAT and isinstance(value, list):
        for index, row in enumerate(value):
            if isinstance(row, dict):
                for child in f.fields:
                    if child.key in row:
                        _flatten(child, row[child.key], f"{path}.{index}.{child.key}", out)


def is_blank(value: Any) -> bool:
    return value is None or value == "" or value is False


def changed_paths(definition: SheetDefinition, before: dict | None, after: dict | None) -> list[str]:
    """Leaf paths whose value differs (a blank and a missing value are the same)."""
    old, new = flatten(definition, before), flatten(definition, after)
    paths = []
    for path in dict.fromkeys([*old, *new]):
        a, b = old.get(path), new.get(path)
        if a != b and not (is_blank(a) and is_blank(b)):
            paths.append(path)
    return paths


def write_errors(
    definition: SheetDefinition, role: Writer, before: dict | None, after: dict | None
) -> dict[str, list[str]]:
    """Errors for every changed value that ``role`` may not write."""
    errors: dict[str, list[str]] = {}
    for path in changed_paths(definition, before, after):
        writer = definition.writer_at(path)
        if writer != role:
            errors[path] = [MSG_NOT_YOURS.format(writer=writer.label)]
    return errors


def summarise_changes(definition: SheetDefinition, paths: list[str], limit: int = 4) -> str:
    """A short Japanese summary naming the changed top-level fields, in sheet order."""
    top = {p.split(".")[0] for p in paths}
    labels = [f.label for f in definition.fields if f.key in top]
    if not labels:
        return "変更なし"
    text = "、".join(labels[:limit])
    if len(labels) > limit:
        text += f" ほか{len(labels) - limit}項目"
    return f"{text}を変更"[:200]
