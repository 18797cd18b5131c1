"""JSON Schema (draft 2020-12) of a sheet's stored data, generated from its definition.

The schema describes data as it is stored, after ``sheets.validation`` has normalised it (dates as
``YYYY-MM-DD``, year-months as ``YYYY-MM`` or ``present``, 半角 telephone numbers, no control
characters). What JSON Schema cannot say — dates not in the future, end not before start — is
given as ``x-rules`` annotations and in the descriptions; ``sheets.validation`` enforces both.
Custom annotations: ``x-writer`` (who writes the value), ``x-box`` (the 記入例 box),
``x-order-by`` (row order of a repeat), ``x-consent-field``.
"""

from __future__ import annotations

from .definitions.base import PRESENT, Field, FieldType, SheetDefinition, Writer

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# Characters the validator removes: C0 controls but tab and newline, DEL, C1 controls.
_NO_CONTROLS_MULTILINE = "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]*$"
_NO_CONTROLS_LINE = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"
_DATE = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
_YEAR_MONTH = "^[0-9]{4}-(0[1-9]|1[0-2])$"
_TEL = "^\\+?[0-9()\\-]+$"


def schema_id(definition: SheetDefinition, base_url: str = "") -> str:
    return f"{base_url}/api/v1/schemas/{definition.code}/{definition.version}.json"


def json_schema(definition: SheetDefinition, base_url: str = "") -> dict:
    """The JSON Schema of ``definition``. ``base_url`` (scheme and host) makes ``$id`` absolute."""
    properties = {}
    rules = []
    for section in definition.sections:
        for f in section.fields:
            properties[f.key] = _field_schema(f, f.writer or section.writer)
            properties[f.key]["x-section"] = section.key
        rules.extend(r.as_json() for r in section.rules)
    schema = {
        "$schema": DIALECT,
        "$id": schema_id(definition, base_url),
        "title": definition.title,
        "description": definition.description,
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
        "x-sheet": definition.code,
        "x-version": definition.version,
        "x-sections": [
            {
                "key": s.key,
                "title": s.title,
                "writer": s.writer.value,
                "fields": [f.key for f in s.fields],
                **({"x-consent-field": s.consent_field} if s.consent_field else {}),
            }
            for s in definition.sections
        ],
    }
    if rules:
        schema["x-rules"] = rules
    return schema


def _field_schema(f: Field, writer: Writer) -> dict:
    writer = f.writer or writer
    schema: dict = {"title": f.label}
    if f.help_text:
        schema["description"] = f.help_text
    if f.type == FieldType.GROUP:
        schema.update(_object_schema(f, writer))
    elif f.type == FieldType.REPEAT:
        schema["type"] = "array"
        schema["items"] = _object_schema(f, writer)
        if f.min_rows:
            schema["minItems"] = f.min_rows
        if f.max_rows is not None:
            schema["maxItems"] = f.max_rows
        if f.order_by:
            schema["x-order-by"] = list(f.order_by)
    else:
        schema.update(_scalar_schema(f))
    schema["x-writer"] = writer.value
    if f.box:
        schema["x-box"] = f.box.value
    return schema


def _object_schema(f: Field, writer: Writer) -> dict:
    schema = {
        "type": "object",
        "properties": {c.key: _field_schema(c, writer) for c in f.fields},
        "additionalProperties": False,
    }
    if f.rules:
        schema["x-rules"] = [r.as_json() for r in f.rules]
    return schema


def _scalar_schema(f: Field) -> dict:
    if f.type in (FieldType.TEXT, FieldType.TEXTAREA):
        schema = {
            "type": ["string", "null"],
            "pattern": _NO_CONTROLS_MULTILINE if f.type == FieldType.TEXTAREA else _NO_CONTROLS_LINE,
        }
        if f.max_length is not None:
            schema["maxLength"] = f.max_length
        return schema
    if f.type == FieldType.BOOLEAN:
        return {"type": ["boolean", "null"]}
    if f.type == FieldType.CHOICE:
        return {"oneOf": [{"const": c.value, "title": c.label} for c in f.choices] + [{"type": "null"}]}
    if f.type == FieldType.TEL:
        return {"type": ["string", "null"], "pattern": _TEL, "maxLength": f.max_length}
    if f.type == FieldType.DATE:
        schema = {"type": ["string", "null"], "format": "date", "pattern": _DATE}
        if not f.allow_future:
            schema["x-not-future"] = True
        return schema
    if f.type == FieldType.YEAR_MONTH:
        schema = {"type": ["string", "null"], "pattern": _YEAR_MONTH}
        if f.allow_present:
            schema = {
                "anyOf": [
                    {"type": ["string", "null"], "pattern": _YEAR_MONTH},
                    {"const": PRESENT, "title": "現在"},
                ]
            }
        if not f.allow_future:
            schema["x-not-future"] = True
        return schema
    raise ValueError(f.type)  # pragma: no cover
