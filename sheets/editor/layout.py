"""The editor's view of a sheet, and the data read back from what the browser submits.

The submitted fields are named ``<section>-<path joined by __>`` for scalars,
``<repeat>-<row>-<child>`` for rows and ``<repeat>-TOTAL_FORMS`` (``tests.sheet_post.post_data``
builds them from nested data for tests) and the editor reads it back with ``read_submission``.

Only the parts the person writes are read from a submission; what a career consultant or a company
wrote is shown read-only and carried over from the stored data unchanged. A repeat row also
carries ``<repeat>-<row>-ORIGIN``, the index of the stored row it came from, so a row whose other
columns were written by someone else keeps them after rows are reordered.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from ..definitions.base import PRESENT, PRESENT_LABEL, Field, FieldType, Section, SheetDefinition, Writer
from ..validation import is_blank

SEP = "__"
ROW_LIMIT = 200  # never read more rows than this from a submission, whatever TOTAL_FORMS says


@dataclass
class FieldView:
    name: str
    spec: Field
    path: str
    value: Any
    errors: list[str]
    editable: bool
    writer: Writer

    @property
    def id(self) -> str:
        return f"id_{self.name}"

    @property
    def help_key(self) -> str:
        """The path with row numbers as ``*`` (help is per column, not per row)."""
        return ".".join("*" if p.isdigit() or p == "__prefix__" else p for p in self.path.split("."))

    @property
    def kind(self) -> str:
        return self.spec.type.value

    @property
    def occupation_mode(self) -> str:
        from .tools import occupation_mode_for_field

        return occupation_mode_for_field(self.spec) if self.editable else ""

    @property
    def text_value(self) -> str:
        """The value as the input shows it (raw text kept when it did not validate)."""
        value = self.value
        if value is None:
            return ""
        if self.spec.type == FieldType.YEAR_MONTH and value == PRESENT:
            return PRESENT_LABEL
        return str(value)

    @property
    def display(self) -> str:
        """The value as the check page and history show it."""
        return display_value(self.spec, self.value)

    @property
    def choices(self):
        return self.spec.choices

    @property
    def length(self) -> int:
        return len(self.value) if isinstance(self.value, str) else 0


@dataclass
class GroupView:
    spec: Field
    path: str
    items: list


@dataclass
class RowView:
    index: int
    origin: int | None
    items: list[FieldView]
    errors: list[str]


@dataclass
class RepeatView:
    spec: Field
    rows: list[RowView]
    errors: list[str]
    editable: bool  # the person may add, remove and reorder rows
    writable: bool  # the person writes at least one column

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def takes_qualifications(self) -> bool:
        from .tools import repeat_takes_qualifications

        return self.editable and repeat_takes_qualifications(self.spec)

    @property
    def qualification_field(self) -> str:
        from .tools import QUALIFICATION_NAME_KEY

        return QUALIFICATION_NAME_KEY if self.takes_qualifications else ""

    @property
    def can_add(self) -> bool:
        return self.editable and (self.spec.max_rows is None or len(self.rows) < self.spec.max_rows)

    @property
    def template_row(self) -> RowView:
        """An empty row for JavaScript to copy (``__prefix__`` stands for the row number)."""
        return _row_view(self.spec, "__prefix__", None, {}, {}, self.writer, self.role)

    writer: Writer = Writer.PERSON
    role: Writer = Writer.PERSON  # who the form is for


@dataclass
class SectionView:
    section: Section
    items: list
    editable: bool

    @property
    def key(self) -> str:
        return self.section.key

    @property
    def title(self) -> str:
        return self.section.title

    @property
    def lone_field(self) -> bool:
        """One field named like its section (記入日): shown once, not as a heading and a label."""
        return (
            len(self.items) == 1
            and isinstance(self.items[0], FieldView)
            and str(self.items[0].spec.label) == str(self.section.title)
        )


@dataclass
class SheetView:
    definition: SheetDefinition
    sections: list[SectionView]
    fields_shown: list[str] = field(default_factory=list)  # top-level keys in this view

    @property
    def error_count(self) -> int:
        count = 0
        for section in self.sections:
            for item in section.items:
                count += _count_errors(item)
        return count


def _count_errors(item) -> int:
    if isinstance(item, FieldView):
        return 1 if item.errors else 0
    if isinstance(item, GroupView):
        return sum(_count_errors(i) for i in item.items)
    if isinstance(item, RepeatView):
        return (1 if item.errors else 0) + sum(
            (1 if row.errors else 0) + sum(_count_errors(i) for i in row.items) for row in item.rows
        )
    return 0


# Building the view ------------------------------------------------------------------------------


def sheet_view(
    definition: SheetDefinition,
    data: dict | None,
    errors: dict[str, list[str]] | None = None,
    *,
    role: Writer = Writer.PERSON,
    only: list[str] | None = None,
) -> SheetView:
    """The editor's view of ``data``; ``only`` limits it to some top-level fields (page blocks)."""
    data = data or {}
    errors = errors or {}
    sections = []
    shown = []
    for section in definition.sections:
        items = []
        for f in section.fields:
            if only and f.key not in only:
                continue
            shown.append(f.key)
            writer = f.writer or section.writer
            items.append(_item(section, f, (f.key,), data.get(f.key), errors, writer, role))
        if items:
            editable = any(_writes(item) for item in items)
            sections.append(SectionView(section=section, items=items, editable=editable))
    return SheetView(definition=definition, sections=sections, fields_shown=shown)


def _writes(item) -> bool:
    if isinstance(item, FieldView):
        return item.editable
    if isinstance(item, GroupView):
        return any(_writes(i) for i in item.items)
    if isinstance(item, RepeatView):
        return item.writable
    return False


def _item(section: Section, f: Field, path: tuple[str, ...], value, errors, writer: Writer, role: Writer):
    writer = f.writer or writer
    dotted = ".".join(path)
    if f.type == FieldType.GROUP:
        value = value if isinstance(value, dict) else {}
        children = [
            _item(section, child, (*path, child.key), value.get(child.key), errors, writer, role)
            for child in f.fields
        ]
        return GroupView(spec=f, path=dotted, items=children)
    if f.type == FieldType.REPEAT:
        rows_data = value if isinstance(value, list) else []
        rows = [
            _row_view(f, index, index, row if isinstance(row, dict) else {}, errors, writer, role)
            for index, row in enumerate(rows_data)
        ]
        leaf_writers = {child.writer or writer for child in f.fields}
        return RepeatView(
            spec=f,
            rows=rows,
            errors=list(errors.get(dotted, [])),
            editable=owns_rows(f, writer, role),
            writable=role in leaf_writers,
            writer=writer,
            role=role,
        )
    name = f"{section.key}-{SEP.join(path)}"
    return FieldView(
        name=name,
        spec=f,
        path=dotted,
        value=value,
        errors=list(errors.get(dotted, [])),
        editable=writer == role,
        writer=writer,
    )


def _row_view(f: Field, index, origin, row: dict, errors, writer: Writer, role: Writer) -> RowView:
    items = []
    for child in f.fields:
        child_writer = child.writer or writer
        path = f"{f.key}.{index}.{child.key}"
        items.append(
            FieldView(
                name=f"{f.key}-{index}-{child.key}",
                spec=child,
                path=path,
                value=row.get(child.key),
                errors=list(errors.get(path, [])),
                editable=child_writer == role,
                writer=child_writer,
            )
        )
    return RowView(index=index, origin=origin, items=items, errors=list(errors.get(f"{f.key}.{index}", [])))


# Reading a submission ---------------------------------------------------------------------------


def read_submission(
    definition: SheetDefinition,
    post,
    current: dict | None,
    *,
    role: Writer = Writer.PERSON,
    only: list[str] | None = None,
    keep_blank_rows: bool = False,
) -> dict:
    """The sheet's data after the person's submission: their parts from ``post``, the rest from
    ``current``. Raw text is kept as typed (validation happens when it is stored).

    Rows the person left entirely blank are dropped (no empty 「2.」 on the check page), unless
    ``keep_blank_rows`` (a row button without JavaScript: the row just added stays to be filled in)."""
    data = copy.deepcopy(current) if isinstance(current, dict) else {}
    for section in definition.sections:
        for f in section.fields:
            if only and f.key not in only:
                continue
            writer = f.writer or section.writer
            if f.type == FieldType.REPEAT:
                rows = _read_rows(f, post, data.get(f.key), writer, role, keep_blank_rows)
                if rows is not None:
                    data[f.key] = rows
            else:
                _read_scalars(section, f, (f.key,), post, data, writer, role)
    return data


def rows_over_limit(
    definition: SheetDefinition, post, *, role: Writer = Writer.PERSON, only: list[str] | None = None
) -> list[dict]:
    """The repeats whose submission said more rows than ``ROW_LIMIT``: ``read_submission`` keeps
    the first ``ROW_LIMIT`` and drops the rest, and the person must be told (#14 item 9).

    One entry per such repeat: its key, section title, label, the limit, the number sent and a
    plain Japanese ``message`` naming the section and the limit."""
    found = []
    for section in definition.sections:
        for f in section.fields:
            if f.type != FieldType.REPEAT or (only and f.key not in only):
                continue
            if not owns_rows(f, f.writer or section.writer, role):
                continue  # rows someone else writes are never read from a submission
            sent = _int(post.get(f"{f.key}-TOTAL_FORMS"))
            if sent is None or sent <= ROW_LIMIT:
                continue
            message = _(
                "「%(section)s」の「%(label)s」は、一度に%(limit)s行までしか保存できません。"
                "送られた%(sent)s行のうち、%(next)s行目から後の%(dropped)s行は保存していません。"
            ) % {
                "section": section.title,
                "label": f.label,
                "limit": f"{ROW_LIMIT:,}",
                "sent": f"{sent:,}",
                "next": f"{ROW_LIMIT + 1:,}",
                "dropped": f"{sent - ROW_LIMIT:,}",
            }
            found.append(
                {
                    "field": f.key,
                    "section": section.title,
                    "label": f.label,
                    "limit": ROW_LIMIT,
                    "sent": sent,
                    "message": message,
                }
            )
    return found


def _read_scalars(section, f: Field, path, post, data: dict, writer: Writer, role: Writer) -> None:
    writer = f.writer or writer
    if f.type == FieldType.GROUP:
        for child in f.fields:
            _read_scalars(section, child, (*path, child.key), post, data, writer, role)
        return
    if writer != role:
        return
    name = f"{section.key}-{SEP.join(path)}"
    target = data
    for part in path[:-1]:
        if not isinstance(target.get(part), dict):
            target[part] = {}
        target = target[part]
    target[path[-1]] = _read_value(post, name, f)


def _read_rows(
    f: Field, post, current_rows, writer: Writer, role: Writer, keep_blank: bool = False
) -> list | None:
    total_raw = post.get(f"{f.key}-TOTAL_FORMS")
    if total_raw is None:
        return None  # this repeat was not in the form
    try:
        total = max(0, min(int(total_raw), ROW_LIMIT))
    except (TypeError, ValueError):
        return None
    current_rows = current_rows if isinstance(current_rows, list) else []
    owns = owns_rows(f, writer, role)
    if not owns:
        total = len(current_rows)  # rows someone else writes: the person cannot add or drop them
    rows = []
    for index in range(total):
        prefix = f"{f.key}-{index}-"
        if post.get(prefix + "DELETE"):
            continue
        origin = _int(post.get(prefix + "ORIGIN"))
        if not owns:
            origin = index if origin is None else origin
        base = {}
        if origin is not None and 0 <= origin < len(current_rows) and isinstance(current_rows[origin], dict):
            base = copy.deepcopy(current_rows[origin])
        for child in f.fields:
            if (child.writer or writer) == role:
                base[child.key] = _read_value(post, prefix + child.key, child)
        if not keep_blank and owns and all(is_blank(value) for value in base.values()):
            continue  # a row added and left untouched (or emptied) is not a row: no empty 「2.」
        rows.append(base)
    return rows


def _read_value(post, name: str, f: Field):
    if f.type == FieldType.BOOLEAN:
        return bool(post.get(name))
    value = post.get(name)
    if value is None or not isinstance(value, str) or value == "":
        return None
    return value


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# Row actions without JavaScript ---------------------------------------------------------------


def is_row_action(action: str) -> bool:
    return action.partition(":")[0] in {"add", "remove", "up", "down"}


def owns_rows(f: Field, writer: Writer, role: Writer) -> bool:
    """Whether ``role`` adds, removes and orders the rows of repeat ``f`` (``writer``: the writer
    its columns inherit): the repeat's only writer, or the one its definition names (``rows_by``)."""
    return {child.writer or f.writer or writer for child in f.fields} == {role} or f.rows_by == role


def apply_row_action(
    definition: SheetDefinition, data: dict, action: str, role: Writer = Writer.PERSON
) -> str | None:
    """Apply ``add:<key>``, ``remove:<key>:<i>``, ``up:<key>:<i>`` or ``down:<key>:<i>``.

    Returns the anchor to return to (the row), or None when the action is not a row action."""
    verb, _, rest = action.partition(":")
    if verb not in {"add", "remove", "up", "down"}:
        return None
    key, _, index_raw = rest.partition(":")
    try:
        spec = definition.field(key)
    except KeyError:
        return None
    if spec.type != FieldType.REPEAT:
        return None
    section = definition.section_of(key)
    if not owns_rows(spec, section.writer, role):
        return None
    rows = data.get(key) if isinstance(data.get(key), list) else []
    data[key] = rows
    if verb == "add":
        if spec.max_rows is None or len(rows) < spec.max_rows:
            rows.append({})
        return f"row-{key}-{len(rows) - 1}"
    index = _int(index_raw)
    if index is None or not 0 <= index < len(rows):
        return f"repeat-{key}"
    if verb == "remove":
        rows.pop(index)
        return f"repeat-{key}"
    other = index - 1 if verb == "up" else index + 1
    if 0 <= other < len(rows):
        rows[index], rows[other] = rows[other], rows[index]
        return f"row-{key}-{other}"
    return f"row-{key}-{index}"


# Showing values -------------------------------------------------------------------------------


def display_value(spec: Field, value) -> str:
    if value is None or value == "":
        return ""
    if spec.type == FieldType.BOOLEAN:
        return "はい" if value else "いいえ"
    if spec.type == FieldType.CHOICE:
        return spec.choice_labels.get(value, str(value))
    if spec.type == FieldType.YEAR_MONTH:
        if value == PRESENT:
            return PRESENT_LABEL
        if isinstance(value, str) and len(value) == 7 and value[4] == "-":
            return f"{value[:4]}年{int(value[5:])}月"
    if spec.type == FieldType.DATE and isinstance(value, str) and len(value) == 10 and value[4] == "-":
        try:
            return f"{value[:4]}年{int(value[5:7])}月{int(value[8:])}日"
        except ValueError:
            return value
    return str(value)


def name_for_path(definition: SheetDefinition, path: str) -> str | None:
    """The submitted field name for an error path (``jobs.0.period_from`` → ``jobs-0-period_from``)."""
    parts = path.split(".")
    try:
        top = definition.field(parts[0])
        section = definition.section_of(parts[0])
    except KeyError:
        return None
    if top.type == FieldType.REPEAT:
        if len(parts) == 3:
            return f"{parts[0]}-{parts[1]}-{parts[2]}"
        return None
    return f"{section.key}-{SEP.join(parts)}"
