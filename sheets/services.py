"""Every write to a sheet goes through here: validated, locked, versioned, in one transaction.

- ``save_draft``: autosave. Keeps what was typed even if it does not validate yet (the errors come
  back for the editor to show); refuses only a stale edit or a write to someone else's part.
- ``save_version``: 「保存」. The data must validate; a revision is written, the draft cleared.
- ``restore_revision``: an earlier revision becomes the saved version again (a new revision).

Each takes ``expected_lock_version``: the ``lock_version`` the editor loaded. The row is locked
(``select_for_update``) and, if another save got there first, ``StaleEdit`` is raised carrying both
versions — nothing is overwritten. Each successful write bumps ``lock_version``.

``role`` says in which capacity the user writes (本人, キャリアコンサルタント, 企業・訓練実施機関);
changing a value another party writes is refused. When the parties that may act on a card are
decided (sharing), the caller derives ``role`` from that grant; it defaults to the person.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .definitions import get_definition
from .definitions.base import FieldType, SheetDefinition, Writer
from .definitions.migrations import migrate_data
from .models import Card, SheetEntry, SheetRevision
from .validation import changed_paths, is_blank, summarise_changes, validate, write_errors

MAX_DATA_BYTES = 512 * 1024  # far above any real sheet; stops abuse of the JSON columns


class StaleEdit(Exception):
    """Someone saved this sheet since the editor loaded it. Nothing was written."""

    def __init__(self, entry: SheetEntry, expected_lock_version: int, submitted_data: dict | None):
        self.entry = entry
        self.expected_lock_version = expected_lock_version
        self.current_lock_version = entry.lock_version
        self.current_draft_data = entry.draft_data
        self.current_saved_data = entry.saved_data
        self.submitted_data = submitted_data
        super().__init__(
            f"sheet entry {entry.pk}: expected lock version {expected_lock_version}, "
            f"found {entry.lock_version}"
        )

    @property
    def current_data(self) -> dict:
        return self.entry.current_data

    message = (
        "ほかの画面や端末で、この様式が先に保存されました。内容を確かめてから、もう一度保存してください。"
    )


class SheetValidationError(Exception):
    """The data cannot be saved; ``errors`` maps field paths to messages."""

    def __init__(self, errors: dict[str, list[str]]):
        self.errors = errors
        super().__init__(f"{len(errors)} field(s) in error: {', '.join(sorted(errors)[:10])}")


class PartBeingWritten(SheetValidationError):
    """A supporter is writing their part of this sheet (sharing): the person waits. Nothing was
    written; what the person typed stays on their screen. A ``SheetValidationError`` so that every
    caller that already refuses a write without losing input refuses this one too."""

    def __init__(self, entry: SheetEntry):
        self.label = entry.writing_label
        self.until = entry.writing_until
        self.message = _(
            "%(who)sがこの様式の記入欄を記入中のため、%(until)s まで変更を保存できません。"
            "入力した内容はこの画面に残っています。記入が終わると保存できるようになります。"
        ) % {
            "who": self.label or _("支援者"),
            "until": timezone.localtime(self.until).strftime("%H:%M"),
        }
        super().__init__({"": [self.message]})


@dataclass
class DraftResult:
    entry: SheetEntry
    errors: dict[str, list[str]]  # what would stop 「保存」 (the draft was kept all the same)


@dataclass
class SaveResult:
    entry: SheetEntry
    revision: SheetRevision | None  # None when nothing changed since the last saved version


def start_entry(card: Card, sheet_code: str, version: str | None = None) -> SheetEntry:
    """A new, empty entry of a sheet (latest definition unless ``version``)."""
    definition = get_definition(sheet_code, version)
    return SheetEntry.objects.create(
        card=card, sheet_code=definition.code, definition_version=definition.version
    )


def save_draft(entry: SheetEntry, data: dict, expected_lock_version: int, user=None, *, role=Writer.PERSON):
    """Keep ``data`` as the entry's draft. Returns a ``DraftResult`` with the validation errors."""
    with transaction.atomic():
        locked = _lock(entry, expected_lock_version, data)
        _check_writer(locked, user)
        definition = locked.definition
        result = validate(definition, data)
        _check_size(result.data)
        cleaned = _apply_writes(definition, role, locked.current_data, result.data)
        locked.draft_data = cleaned
        locked.draft_saved_at = timezone.now()
        locked.lock_version += 1
        locked.save(update_fields=["draft_data", "draft_saved_at", "lock_version", "updated_at"])
        Card.objects.filter(pk=locked.card_id).update(updated_at=timezone.now())
    _refresh(entry, locked)
    return DraftResult(entry=entry, errors=result.errors)


def save_version(
    entry: SheetEntry,
    data: dict,
    expected_lock_version: int,
    user=None,
    *,
    role=Writer.PERSON,
    kind: str = SheetRevision.Kind.SAVE,
    summary: str | None = None,
) -> SaveResult:
    """Save ``data`` as the entry's new saved version, with a revision. Clears the draft."""
    with transaction.atomic():
        locked = _lock(entry, expected_lock_version, data)
        _check_writer(locked, user)
        definition = locked.definition
        result = validate(definition, data)
        if result.errors:
            raise SheetValidationError(result.errors)
        _check_size(result.data)
        cleaned = _apply_writes(definition, role, locked.current_data, result.data)
        cleaned = tidy(definition, cleaned)
        changed = changed_paths(definition, locked.saved_data, cleaned)
        revision = None
        if changed or locked.saved_data is None or kind != SheetRevision.Kind.SAVE:
            revision = SheetRevision.objects.create(
                entry=locked,
                data=cleaned,
                definition_version=locked.definition_version,
                author=user if getattr(user, "is_authenticated", False) else None,
                kind=kind,
                changed_fields=changed[:500],
                summary=(summary or summarise_changes(definition, changed))[:200],
            )
        now = timezone.now()
        locked.saved_data = cleaned
        locked.draft_data = None
        locked.status = SheetEntry.Status.SAVED
        locked.saved_at = now
        locked.lock_version += 1
        locked.save(
            update_fields=["saved_data", "draft_data", "status", "saved_at", "lock_version", "updated_at"]
        )
        Card.objects.filter(pk=locked.card_id).update(updated_at=now)
    _refresh(entry, locked)
    return SaveResult(entry=entry, revision=revision)


def restore_revision(
    entry: SheetEntry, revision: SheetRevision, expected_lock_version: int, user=None, *, role=Writer.PERSON
) -> SaveResult:
    """Make ``revision`` the saved version again (migrated to the entry's current version).

    Only the parts ``role`` writes are restored; the other parties' parts stay as they are now.
    Restoring writes a new revision: history only grows.
    """
    if revision.entry_id != entry.pk:
        raise ValueError("the revision belongs to another sheet entry")
    definition = entry.definition
    old = migrate_data(entry.sheet_code, revision.definition_version, entry.definition_version, revision.data)
    current = entry.saved_data or {}
    data = {}
    for f in definition.fields:
        source = old if _writes_whole(definition, f.key, role) else current
        if f.key in source:
            data[f.key] = copy.deepcopy(source[f.key])
    when = timezone.localtime(revision.created_at).strftime("%Y-%m-%d %H:%M")
    return save_version(
        entry,
        data,
        expected_lock_version,
        user,
        role=role,
        kind=SheetRevision.Kind.RESTORE,
        summary=f"{when} に保存した内容を復元",
    )


# Helpers --------------------------------------------------------------------------------------


def _lock(entry: SheetEntry, expected_lock_version: int, data) -> SheetEntry:
    locked = SheetEntry.objects.select_for_update().get(pk=entry.pk)
    if locked.lock_version != expected_lock_version:
        raise StaleEdit(locked, expected_lock_version, data)
    return locked


def _check_writer(locked: SheetEntry, user) -> None:
    """While a supporter holds the sheet to write their part, the person's changes wait (and so do
    other supporters'); the holder writes."""
    holder = locked.writer_now()
    if holder and holder[0] != getattr(user, "pk", None):
        raise PartBeingWritten(locked)


def _refresh(entry: SheetEntry, locked: SheetEntry) -> None:
    for name in (
        "draft_data",
        "saved_data",
        "status",
        "lock_version",
        "draft_saved_at",
        "saved_at",
        "definition_version",
        "updated_at",
    ):
        setattr(entry, name, getattr(locked, name))


def _check_size(data: dict) -> None:
    if len(json.dumps(data, ensure_ascii=False).encode()) > MAX_DATA_BYTES:
        raise SheetValidationError({"": ["入力された内容が多すぎるため保存できません。"]})


def _apply_writes(definition: SheetDefinition, role: Writer, before: dict, after: dict) -> dict:
    """Refuse changes to another party's values; clear a consent that no longer holds."""
    errors = write_errors(definition, role, before, after)
    if errors:
        raise SheetValidationError(errors)
    after = copy.deepcopy(after)
    for section in definition.sections:
        if not section.consent_field:
            continue
        covered = [section, *(definition.section(key) for key in section.consent_covers)]
        keys = [f.key for part in covered for f in part.fields if f.key != section.consent_field]
        before_part = {k: before[k] for k in keys if k in (before or {})}
        after_part = {k: after[k] for k in keys if k in after}
        changed = [
            path
            for path in changed_paths(definition, before_part, after_part)
            if definition.writer_at(path) != Writer.PERSON  # the person's own answers keep it
        ]
        if changed and after.get(section.consent_field):
            after[section.consent_field] = False  # the person agreed to something else
    return after


def _writes_whole(definition: SheetDefinition, key: str, role: Writer) -> bool:
    f = definition.field(key)
    return all(leaf.writer == role for leaf in definition.leaves() if leaf.path[0] == f.key)


def tidy(definition: SheetDefinition, data: dict) -> dict:
    """What 「保存」 does besides validating: drop empty rows, sort rows by their ``order_by``."""
    out = copy.deepcopy(data)
    for f in definition.fields:
        if f.type != FieldType.REPEAT or not isinstance(out.get(f.key), list):
            continue
        rows = [row for row in out[f.key] if any(not is_blank(v) for v in flatten_row(row))]
        if f.order_by:
            # Rows without the key go last; the sort is stable, so equal keys keep their order.
            rows.sort(key=lambda row: tuple((row.get(k) in (None, ""), row.get(k) or "") for k in f.order_by))
        out[f.key] = rows
    return out


def flatten_row(row: dict) -> list:
    return list(row.values()) if isinstance(row, dict) else []


__all__ = [
    "DraftResult",
    "SaveResult",
    "SheetValidationError",
    "StaleEdit",
    "restore_revision",
    "save_draft",
    "save_version",
    "start_entry",
    "tidy",
]
