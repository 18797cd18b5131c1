"""The card as the partner API serves it, shared with the person's own JSON download (``outputs.portable``):
one sheet's saved entries with the JSON Schema they validate against."""

from __future__ import annotations

from sheets.definitions import UnknownDefinition, get_definition
from sheets.schema import schema_id

API_VERSION = "1"


def schema_ref(base_url: str, definition) -> dict:
    return {"$id": schema_id(definition, base_url.rstrip("/")), "version": definition.version}


def sheet_body(base_url: str, code: str, entries: list) -> dict:
    """``{"sheet", "title", "schema", "entries": [{"saved_at", "data"}]}`` for the saved ``entries``."""
    try:
        definition = get_definition(code, entries[0].definition_version if entries else None)
    except UnknownDefinition:
        definition = get_definition(code)
    return {
        "sheet": code,
        "title": definition.title,
        "schema": schema_ref(base_url, definition),
        "entries": [{"saved_at": e.saved_at, "data": e.saved_data} for e in entries],
    }
