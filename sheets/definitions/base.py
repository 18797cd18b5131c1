"""The vocabulary a sheet definition is written in.

A definition is plain, immutable data (frozen dataclasses and tuples): a sheet has sections, a
section has fields, a field has a type, limits and the party who writes it. Validation, the JSON
Schema, the Django forms and docs/data-definitions.md are all derived from it; nothing else in the
code base names a sheet's fields. See docs/features/sheet-definitions.md.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from content.taxonomy import SheetBox


class Writer(StrEnum):
    """Who may write a part of a sheet (spec: "Who fills what")."""

    PERSON = "person"
    CONSULTANT = "consultant"
    COMPANY = "company"

    @property
    def label(self) -> str:
        return WRITER_LABELS[self]


WRITER_LABELS = {
    Writer.PERSON: "本人",
    Writer.CONSULTANT: "キャリアコンサルタント",
    Writer.COMPANY: "企業・訓練実施機関",
}


class FieldType(StrEnum):
    TEXT = "text"  # one line
    TEXTAREA = "textarea"  # several lines; newlines kept
    DATE = "date"  # stored as YYYY-MM-DD
    YEAR_MONTH = "year_month"  # stored as YYYY-MM (or "present" where allowed)
    CHOICE = "choice"  # one of ``choices``; stored as the choice's value
    BOOLEAN = "boolean"
    TEL = "tel"  # telephone number: digits, "-", "+", "(", ")"
    GROUP = "group"  # a fixed object of child fields
    REPEAT = "repeat"  # a list of rows, each an object of child fields

    @property
    def is_scalar(self) -> bool:
        return self not in (FieldType.GROUP, FieldType.REPEAT)

    @property
    def is_text(self) -> bool:
        return self in (FieldType.TEXT, FieldType.TEXTAREA)


# The stored value of a year-month that is still running (期間の「現在」).
PRESENT = "present"
PRESENT_LABEL = "現在"

KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
VERSION_RE = re.compile(r"^\d{4}\.\d+$")


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


# Cross-field rules ------------------------------------------------------------------------------
# A rule lives on the object it compares fields of: a section (top-level keys) or a repeat/group
# field (keys of one row). Its keys are sibling keys in that object. The checks themselves are in
# sheets/validation.py; the description is for the docs and the JSON Schema.


@dataclass(frozen=True)
class DateOrder:
    """``end`` must not be before ``start``; an ``end`` of 「現在」 always passes."""

    start: str
    end: str

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.start, self.end)

    def describe(self, fields: dict[str, Field]) -> str:
        end = fields[self.end]
        present = "（「現在」も可）" if end.allow_present else ""
        return f"「{end.label}」は「{fields[self.start].label}」と同じかそれより後{present}"

    def as_json(self) -> dict:
        return {"rule": "date_order", "start": self.start, "end": self.end}


@dataclass(frozen=True)
class FutureOnlyWhen:
    """``field`` may lie in the future only when ``choice_field`` holds one of ``values``."""

    field: str
    choice_field: str
    values: tuple[str, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.field, self.choice_field)

    def describe(self, fields: dict[str, Field]) -> str:
        chooser = fields[self.choice_field]
        allowed = "」「".join(chooser.choice_labels[v] for v in self.values)
        return f"「{fields[self.field].label}」が未来になるのは「{chooser.label}」が「{allowed}」のときだけ"

    def as_json(self) -> dict:
        return {
            "rule": "future_only_when",
            "field": self.field,
            "choice_field": self.choice_field,
            "values": list(self.values),
        }


Rule = DateOrder | FutureOnlyWhen


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    type: FieldType
    max_length: int | None = None
    choices: tuple[Choice, ...] = ()
    help_text: str = ""
    box: SheetBox | None = None  # the 記入例 box this field is, if any
    writer: Writer | None = None  # None: the enclosing field's or section's writer
    allow_future: bool = False  # dates: a date after today is accepted
    allow_present: bool = False  # year_month: 「現在」 is accepted
    fields: tuple[Field, ...] = ()  # children of a group or a repeat
    min_rows: int = 0  # repeat
    max_rows: int | None = None  # repeat
    order_by: tuple[str, ...] = ()  # repeat: child keys rows are sorted by when a version is saved
    # repeat whose columns several parties write (3-3's technical rows): who adds, removes and
    # orders the rows; the others fill their columns of the existing rows.
    rows_by: Writer | None = None
    rules: tuple[Rule, ...] = ()  # rules between children (applied per row for a repeat)

    @property
    def choice_labels(self) -> dict[str, str]:
        return {c.value: c.label for c in self.choices}

    def child(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    writer: Writer
    fields: tuple[Field, ...]
    help_text: str = ""
    # The key of a boolean field (written by the person) that records the person's agreement to
    # what others wrote in this section (1-1/1-2 consultant box: 本人同意済み). Any change to the
    # section's other fields clears it again.
    consent_field: str | None = None
    # Other sections the consent covers (3-3's 本人同意 covers every part the company writes): a
    # change by anyone but the person to their fields clears it too.
    consent_covers: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()


@dataclass(frozen=True)
class Leaf:
    """A scalar field with where it sits: ``path`` uses "*" for a repeat's row index."""

    path: tuple[str, ...]
    field: Field
    writer: Writer
    section: Section
    labels: tuple[str, ...] = ()  # the labels from the top-level field down to this one

    @property
    def dotted(self) -> str:
        return ".".join(self.path)


@dataclass(frozen=True)
class SheetDefinition:
    code: str
    version: str
    title: str  # the official caption
    description: str
    sections: tuple[Section, ...]
    valid_from: str = ""  # ISO date the version applies from (documentation)

    # Lookups -----------------------------------------------------------------------------------

    @property
    def key(self) -> tuple[str, str]:
        return (self.code, self.version)

    @property
    def version_tuple(self) -> tuple[int, ...]:
        return version_tuple(self.version)

    @property
    def fields(self) -> tuple[Field, ...]:
        """The top-level fields of every section, in order (the keys of a sheet's data)."""
        return tuple(f for s in self.sections for f in s.fields)

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)

    def section(self, key: str) -> Section:
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)

    def section_of(self, field_key: str) -> Section:
        for s in self.sections:
            if any(f.key == field_key for f in s.fields):
                return s
        raise KeyError(field_key)

    def walk(self) -> Iterator[Leaf]:
        """Every field, depth first (a group or repeat before its children), with its path ("*" for a
        repeat's row), effective writer and label chain: the one walk over a definition."""
        for section in self.sections:
            for f in section.fields:
                yield from _walk(f, (f.key,), f.writer or section.writer, section, (f.label,))

    def leaves(self) -> Iterator[Leaf]:
        """Every scalar field, depth first, with its path and effective writer."""
        return (node for node in self.walk() if node.field.type.is_scalar)

    def field_at(self, path: str | tuple[str, ...]) -> Field:
        """The field at a dotted path; row indexes (digits or "*") are skipped."""
        parts = path.split(".") if isinstance(path, str) else path
        parts = [p for p in parts if not (p == "*" or p.isdigit())]
        current = self.field(parts[0])
        for part in parts[1:]:
            current = current.child(part)
        return current

    def writer_at(self, path: str | tuple[str, ...]) -> Writer:
        parts = path.split(".") if isinstance(path, str) else path
        parts = [p for p in parts if not (p == "*" or p.isdigit())]
        section = self.section_of(parts[0])
        current = self.field(parts[0])
        writer = current.writer or section.writer
        for part in parts[1:]:
            current = current.child(part)
            writer = current.writer or writer
        return writer

    def boxes(self) -> set[SheetBox]:
        return {leaf.field.box for leaf in self.leaves() if leaf.field.box}

    # Deriving a new version (a new version is new data, never an edit in place) ---------------

    def evolve(self, version: str, renames: dict[str, str] | None = None, **changes) -> SheetDefinition:
        """A copy under a new version, with fields renamed by dotted path (``{"jobs.learnings":
        "skills"}``) and any top-level attribute replaced. Pair it with a data migration."""
        sections = self.sections
        for path, new_key in (renames or {}).items():
            sections = tuple(_rename_in_section(s, path.split("."), new_key) for s in sections)
        return dataclasses.replace(self, version=version, sections=sections, **changes)


def get_path(data: dict, path: str) -> Any:
    """The value at a dotted path of a sheet's data (``jobs.0.company_name``: digits index a repeat's
    rows), or None where anything on the way is missing."""
    value: Any = data
    for part in path.split("."):
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def set_path(data: dict, path: str, value) -> None:
    """Put ``value`` at a dotted path outside any repeat, making the groups on the way."""
    parts = path.split(".")
    target = data
    for part in parts[:-1]:
        if not isinstance(target.get(part), dict):
            target[part] = {}
        target = target[part]
    target[parts[-1]] = value


def _walk(
    f: Field, path: tuple[str, ...], writer: Writer, section: Section, labels: tuple[str, ...]
) -> Iterator[Leaf]:
    yield Leaf(path, f, writer, section, labels)
    prefix = (*path, "*") if f.type == FieldType.REPEAT else path
    for child in f.fields:
        yield from _walk(child, (*prefix, child.key), child.writer or writer, section, (*labels, child.label))


def _rename_in_section(section: Section, parts: list[str], new_key: str) -> Section:
    if not any(f.key == parts[0] for f in section.fields):
        return section
    fields = tuple(_rename(f, parts, new_key) if f.key == parts[0] else f for f in section.fields)
    rules = _rename_rules(section.rules, parts[0], new_key) if len(parts) == 1 else section.rules
    consent = new_key if len(parts) == 1 and section.consent_field == parts[0] else section.consent_field
    return dataclasses.replace(section, fields=fields, rules=rules, consent_field=consent)


def _rename(f: Field, parts: list[str], new_key: str) -> Field:
    if len(parts) == 1:
        return dataclasses.replace(f, key=new_key)
    children = tuple(_rename(c, parts[1:], new_key) if c.key == parts[1] else c for c in f.fields)
    rules = _rename_rules(f.rules, parts[1], new_key) if len(parts) == 2 else f.rules
    order_by = tuple(new_key if k == parts[1] and len(parts) == 2 else k for k in f.order_by)
    return dataclasses.replace(f, fields=children, rules=rules, order_by=order_by)


def _rename_rules(rules: tuple[Rule, ...], old: str, new: str) -> tuple[Rule, ...]:
    def swap(rule: Rule) -> Rule:
        values = {
            name: (new if getattr(rule, name) == old else getattr(rule, name))
            for name in ("start", "end", "field", "choice_field")
            if hasattr(rule, name)
        }
        return dataclasses.replace(rule, **values)

    return tuple(swap(r) for r in rules)


def version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


# Small constructors that keep the definition files readable ----------------------------------


def text(key, label, max_length=100, **kw) -> Field:
    return Field(key, label, FieldType.TEXT, max_length=max_length, **kw)


def textarea(key, label, max_length=1000, **kw) -> Field:
    return Field(key, label, FieldType.TEXTAREA, max_length=max_length, **kw)


def date(key, label, **kw) -> Field:
    return Field(key, label, FieldType.DATE, **kw)


def year_month(key, label, **kw) -> Field:
    return Field(key, label, FieldType.YEAR_MONTH, **kw)


def choice(key, label, choices, **kw) -> Field:
    return Field(key, label, FieldType.CHOICE, choices=tuple(Choice(v, lbl) for v, lbl in choices), **kw)


def boolean(key, label, **kw) -> Field:
    return Field(key, label, FieldType.BOOLEAN, **kw)


def tel(key, label, **kw) -> Field:
    return Field(key, label, FieldType.TEL, max_length=20, **kw)


def group(key, label, fields, **kw) -> Field:
    return Field(key, label, FieldType.GROUP, fields=tuple(fields), **kw)


def repeat(key, label, fields, max_rows, **kw) -> Field:
    return Field(key, label, FieldType.REPEAT, fields=tuple(fields), max_rows=max_rows, **kw)
