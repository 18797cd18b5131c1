"""A save from a stale tab: show both versions, let the person choose field by field.

Nothing is overwritten silently: the refused text travels back to the browser inside the
conflict page (a hidden field — it is the person's own text, on their own screen), the saved
version is shown beside it, and the person picks one per field (their text by default).
"""

from __future__ import annotations

import json

from django.shortcuts import render

from portal import jsonbody

from ..definitions.base import Field, FieldType, SheetDefinition, Writer
from ..services import MAX_DATA_BYTES, StaleEdit
from ..validation import changed_paths
from .layout import display_value


def describe(f: Field, value) -> list[str]:
    """A field's value as lines of text (rows and groups flattened with their labels)."""
    if f.type == FieldType.REPEAT:
        lines = []
        for index, row in enumerate(value if isinstance(value, list) else [], start=1):
            parts = [
                f"{child.label}：{display_value(child, row.get(child.key))}"
                for child in f.fields
                if isinstance(row, dict) and row.get(child.key) not in (None, "")
            ]
            lines.append(f"{index}件目　" + "　".join(parts))
        return lines
    if f.type == FieldType.GROUP:
        lines = []
        for child in f.fields:
            sub = describe(child, (value or {}).get(child.key) if isinstance(value, dict) else None)
            lines += [f"{child.label}：{line}" for line in sub]
        return lines
    text = display_value(f, value)
    return [text] if text else []


def person_writes(definition: SheetDefinition, key: str) -> bool:
    return any(leaf.writer == Writer.PERSON for leaf in definition.leaves() if leaf.path[0] == key)


def differences(definition: SheetDefinition, mine: dict, theirs: dict) -> list[dict]:
    changed = {path.split(".")[0] for path in changed_paths(definition, theirs, mine)}
    rows = []
    for f in definition.fields:
        if f.key not in changed or not person_writes(definition, f.key):
            continue
        mine_lines, theirs_lines = describe(f, mine.get(f.key)), describe(f, theirs.get(f.key))
        if mine_lines == theirs_lines:
            continue  # stored differently (an empty row, 2024年4月1日 and 2024-04-01) but the same to read
        rows.append({"key": f.key, "label": f.label, "mine": mine_lines, "theirs": theirs_lines})
    return rows


def render_conflict(request, definition: SheetDefinition, entry, mine: dict, exc: StaleEdit):
    theirs = exc.current_data
    return render(
        request,
        "jobcard/conflict.html",
        {
            "definition": definition,
            "entry": exc.entry,
            "differences": differences(definition, mine, theirs),
            "mine_json": json.dumps(mine, ensure_ascii=False),
            "lock_version": exc.current_lock_version,
        },
        status=409,
    )


def read_mine(raw: str) -> dict | None:
    """The person's refused text, sent back from the conflict page (size and nesting capped)."""
    if not raw:
        return None
    try:
        value = jsonbody.loads(raw, limit=MAX_DATA_BYTES)
    except jsonbody.JSONBodyError:
        return None
    return value if isinstance(value, dict) else None


def merge(definition: SheetDefinition, mine: dict, theirs: dict, post) -> dict:
    """Per top-level field: ``choice-<key>`` = ``theirs`` keeps the saved value, else the person's."""
    merged = {}
    for f in definition.fields:
        keep_theirs = post.get(f"choice-{f.key}") == "theirs" or not person_writes(definition, f.key)
        source = theirs if keep_theirs else mine
        if f.key in source:
            merged[f.key] = source[f.key]
    return merged
