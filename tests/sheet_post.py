"""What a browser submits for a sheet's data: the editor's field names (``sheets.editor.layout``).

``<section>-<path joined by __>`` for values, ``<repeat>-<row>-<column>`` plus the management fields
for rows; a ticked checkbox is ``on``, an unticked one is absent. Tests build POST bodies with it.
"""

from __future__ import annotations

from typing import Any

from sheets.definitions.base import Field, FieldType, SheetDefinition
from sheets.editor.layout import SEP


def post_data(definition: SheetDefinition, data: dict) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for section in definition.sections:
        for f in section.fields:
            if f.type == FieldType.REPEAT:
                rows = data.get(f.key) or []
                out[f"{f.key}-TOTAL_FORMS"] = str(len(rows))
                out[f"{f.key}-INITIAL_FORMS"] = str(len(rows))
                for index, row in enumerate(rows):
                    for child in f.fields:
                        _put(out, f"{f.key}-{index}-{child.key}", (row or {}).get(child.key), child)
            else:
                _scalars(out, section.key, f, (f.key,), data.get(f.key))
    return out


def _scalars(out: dict, section_key: str, f: Field, path: tuple[str, ...], value) -> None:
    if f.type == FieldType.GROUP:
        for child in f.fields:
            child_value = value.get(child.key) if isinstance(value, dict) else None
            _scalars(out, section_key, child, (*path, child.key), child_value)
        return
    _put(out, f"{section_key}-{SEP.join(path)}", value, f)


def _put(out: dict, name: str, value: Any, spec: Field) -> None:
    if spec.type == FieldType.BOOLEAN:
        if value:
            out[name] = "on"
    elif value is not None:
        out[name] = value
