"""Data migrations between versions of a sheet definition.

A new version of a sheet is a new definition plus a function that turns data of the old version
into data of the new one::

    @register("2", "2018.1", "2026.1")
    def _rename_learnings(data):
        for row in data.get("jobs", []):
            row["skills"] = row.pop("learnings", None)
        return data

Stored entries are then moved with ``migrate_stored_entries("2", "2026.1")`` from a Django data
migration (pass the historical models: ``entry_model=apps.get_model("jobcard_forms",
"SheetEntry")``). Revisions keep the version they were written in; restoring one migrates its
data forward with ``migrate_data``. Migration functions must be pure: data in, data out.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from .base import version_tuple

Migration = Callable[[dict], dict]

_MIGRATIONS: dict[tuple[str, str, str], Migration] = {}


class NoMigrationPath(LookupError):
    def __init__(self, code: str, from_version: str, to_version: str):
        super().__init__(f"no data migration for sheet {code} from {from_version} to {to_version}")


def register(code: str, from_version: str, to_version: str):
    """Decorator: register ``func(data) -> data`` migrating sheet ``code`` between two versions."""
    if version_tuple(to_version) <= version_tuple(from_version):
        raise ValueError("a data migration goes from an older version to a newer one")

    def decorator(func: Migration) -> Migration:
        key = (code, from_version, to_version)
        if key in _MIGRATIONS and _MIGRATIONS[key] is not func:
            raise ValueError(f"a data migration for {key} is already registered")
        _MIGRATIONS[key] = func
        return func

    return decorator


def unregister(code: str, from_version: str, to_version: str) -> None:
    _MIGRATIONS.pop((code, from_version, to_version), None)


def migration_path(code: str, from_version: str, to_version: str) -> list[tuple[str, str, Migration]]:
    """The chain of steps from one version to another (shortest, by breadth-first search)."""
    if from_version == to_version:
        return []
    frontier = [(from_version, [])]
    seen = {from_version}
    while frontier:
        next_frontier = []
        for version, steps in frontier:
            for (c, src, dst), func in sorted(_MIGRATIONS.items()):
                if c != code or src != version or dst in seen:
                    continue
                path = [*steps, (src, dst, func)]
                if dst == to_version:
                    return path
                seen.add(dst)
                next_frontier.append((dst, path))
        frontier = next_frontier
    raise NoMigrationPath(code, from_version, to_version)


def migrate_data(code: str, from_version: str, to_version: str, data: dict | None) -> dict | None:
    """``data`` of one version as data of another; the input is not modified."""
    if data is None:
        return None
    result = copy.deepcopy(data)
    for _src, _dst, func in migration_path(code, from_version, to_version):
        result = func(result)
    return result


def migrate_stored_entries(code: str, to_version: str, *, entry_model=None, revision_model=None) -> int:
    """Move every stored entry of sheet ``code`` to ``to_version``; returns how many moved.

    Each entry is locked, its saved data and draft migrated, the saved data validated against the
    new definition, its ``lock_version`` bumped (an editor open on the old version must reload), and
    a revision noting the migration written. Earlier revisions are kept as they were.
    """
    from django.db import transaction

    from sheets.validation import validate

    from . import get_definition

    if entry_model is None or revision_model is None:
        from sheets.models import SheetEntry, SheetRevision

        entry_model = entry_model or SheetEntry
        revision_model = revision_model or SheetRevision

    definition = get_definition(code, to_version)
    moved = 0
    ids = list(
        entry_model.objects.filter(sheet_code=code)
        .exclude(definition_version=to_version)
        .values_list("pk", flat=True)
    )
    for pk in ids:
        with transaction.atomic():
            entry = entry_model.objects.select_for_update().get(pk=pk)
            old_version = entry.definition_version
            if version_tuple(old_version) > version_tuple(to_version):
                continue
            saved = migrate_data(code, old_version, to_version, entry.saved_data)
            draft = migrate_data(code, old_version, to_version, entry.draft_data)
            if saved is not None:
                result = validate(definition, saved)
                if result.errors:
                    raise ValueError(
                        f"entry {pk}: migrated data does not fit {code} {to_version}: {result.errors}"
                    )
                saved = result.data
            entry.saved_data = saved
            entry.draft_data = draft
            entry.definition_version = to_version
            entry.lock_version += 1
            entry.save(update_fields=["saved_data", "draft_data", "definition_version", "lock_version"])
            if saved is not None:
                revision_model.objects.create(
                    entry=entry,
                    data=saved,
                    definition_version=to_version,
                    author=None,
                    kind="migration",
                    changed_fields=[],
                    summary=f"様式の版の移行（{old_version} → {to_version}）"[:200],
                )
            moved += 1
    return moved
