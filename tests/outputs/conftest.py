"""Fixtures of the export tests: a person with a 基本情報 and a card holding every sheet, saved the
way the parties would (company and consultant parts by them, the rest by the person)."""

from __future__ import annotations

import copy
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from sheets.definitions import get_definition
from sheets.definitions.base import FieldType, SheetDefinition, Writer
from sheets.examples import GOOD
from sheets.models import Card
from sheets.services import save_version, start_entry

from ..factories import hanako

PARTIES = (Writer.COMPANY, Writer.CONSULTANT, Writer.PERSON)


def only_written_by(definition: SheetDefinition, data: dict, writers: set[Writer]) -> dict:
    """``data`` without the values no party in ``writers`` writes (rows keep their positions)."""

    def walk(f, value, path, writer):
        writer = f.writer or writer
        if f.type.is_scalar:
            return value if writer in writers else None
        if f.type == FieldType.GROUP and isinstance(value, dict):
            out = {}
            for child in f.fields:
                if child.key in value:
                    kept = walk(child, value[child.key], f"{path}.{child.key}", writer)
                    if kept is not None:
                        out[child.key] = kept
            return out
        if f.type == FieldType.REPEAT and isinstance(value, list):
            rows = []
            for row in value:
                kept = {}
                for child in f.fields:
                    if child.key in row:
                        v = walk(child, row[child.key], path, writer)
                        if v is not None:
                            kept[child.key] = v
                rows.append(kept)
            return rows
        return None

    out = {}
    for section in definition.sections:
        for f in section.fields:
            if f.key in data:
                kept = walk(f, data[f.key], f.key, section.writer)
                if kept is not None:
                    out[f.key] = kept
    return out


def save_as_parties(entry, data: dict, user=None):
    """Save ``data`` in three steps, each by the party that writes that part."""
    definition = entry.definition
    allowed: set[Writer] = set()
    for role in PARTIES:
        allowed.add(role)
        part = only_written_by(definition, copy.deepcopy(data), allowed)
        save_version(entry, part, entry.lock_version, user, role=role)
    entry.refresh_from_db()
    return entry


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.OUTPUTS_PRIVATE_ROOT = tmp_path / "private"
    return settings.OUTPUTS_PRIVATE_ROOT


@pytest.fixture
def person(db):
    return hanako()


@pytest.fixture
def card(person):
    card = Card.objects.create(owner=person)
    for code, data in GOOD.items():
        save_as_parties(start_entry(card, code), data, person)
    return card


@pytest.fixture
def signed_in(client, person):
    client.force_login(person)
    return client


def entry_of(card, code):
    return card.entries.get(sheet_code=code)


def open_xlsx(content: bytes):
    return load_workbook(io.BytesIO(content))


def pdf_text(content: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


def post_choice(
    client, card, fmt="pdf", *, profile=None, omit_fields=(), rows=None, sheets=None, extra=None, url=None
):
    """POST the download form as the page would, everything ticked except what is left out."""
    from outputs.choice import sheet_views
    from outputs.exports import card_picks
    from outputs.profile import profile_keys

    picks = card_picks(card)
    data = {"format": fmt, "p": profile if profile is not None else profile_keys(), "s": []}
    for view in sheet_views(picks, set()):
        if sheets is not None and view.pick.code not in sheets:
            continue
        data["s"].append(str(view.id))
        for group in view.fields:
            for option in group.options:
                if (view.pick.code, option.value) not in omit_fields:
                    data.setdefault(option.name, []).append(option.value)
        for group in view.tables:
            for option in group.options:
                wanted = (rows or {}).get((view.pick.code, option.name.rsplit("-", 1)[-1]))
                if wanted is None or int(option.value) in wanted:
                    data.setdefault(option.name, []).append(option.value)
    data.update(extra or {})
    return client.post(url or "/card/download/", data)


def definition(code):
    return get_definition(code)
