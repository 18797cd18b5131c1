"""What the task list and my page say about each sheet of a card."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from content.taxonomy import Sheet

from ..definitions import get_definition
from ..models import Card, SheetEntry

# The sheets a person fills in the editor, in the order the task list shows them. 3-3 (評価シート)
# is filled mainly by a company or training institution and comes as a PDF at first (policy).
EDITOR_SHEETS = [s.value for s in Sheet]

# The recommended order (students start from what they learnt; others from their work history).
RECOMMENDED_ORDER = {
    "student": ["3-2", "3-1", "1-2"],
    "default": ["2", "3-1", "3-2", "1-1"],
}

NOT_STARTED = "not_started"
DRAFT = "draft"
SAVED = "saved"
STATUS_LABELS = {NOT_STARTED: _("未着手"), DRAFT: _("下書き"), SAVED: _("保存済み")}


@dataclass
class SheetStatus:
    code: str
    title: str
    description: str
    entry: SheetEntry | None

    @property
    def status(self) -> str:
        if self.entry is None:
            return NOT_STARTED
        if self.entry.status == SheetEntry.Status.SAVED:
            return SAVED
        if self.entry.draft_data:
            return DRAFT
        return NOT_STARTED

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def has_newer_draft(self) -> bool:
        return self.entry is not None and self.status == SAVED and self.entry.draft_data is not None

    @property
    def last_update(self):
        if self.entry is None:
            return None
        times = [t for t in (self.entry.saved_at, self.entry.draft_saved_at) if t]
        return max(times) if times else None


def sheet_statuses(card: Card | None) -> list[SheetStatus]:
    entries = {}
    if card is not None:
        for entry in card.entries.filter(sheet_code__in=EDITOR_SHEETS):
            entries.setdefault(entry.sheet_code, entry)
    out = []
    for code in EDITOR_SHEETS:
        definition = get_definition(code)
        out.append(
            SheetStatus(
                code=code,
                title=definition.title,
                description=definition.description,
                entry=entries.get(code),
            )
        )
    return out


def recommended_next(statuses: list[SheetStatus], user_type: str) -> SheetStatus | None:
    order = RECOMMENDED_ORDER["student" if user_type == "student" else "default"]
    by_code = {s.code: s for s in statuses}
    for code in order:
        if by_code[code].status != SAVED:
            return by_code[code]
    return None
