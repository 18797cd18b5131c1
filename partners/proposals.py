"""Imports the person reviews (#18 item 4): a partner proposes 様式3-2 訓練歴 rows; the person accepts
them row by row, and only then are they saved on the card — through ``sheets.services.save_version``, in one
transaction, validated as the editor validates, with a revision naming the partner."""

from __future__ import annotations

from contextlib import contextmanager

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from sheets.definitions import UnknownDefinition, Writer, get_definition
from sheets.models import Card
from sheets.services import PartBeingWritten, SheetValidationError, save_version, start_entry
from sheets.validation import validate

from .models import ImportProposal, PartnerDailyUse

# What may be proposed: (sheet, repeat) → scope. Only the training rows of 3-2 for now.
PROPOSABLE = {("3-2", "trainings"): "propose:3-2"}
MAX_ROWS = 20


class ProposalRefused(Exception):
    def __init__(self, message: str, errors: dict | None = None):
        super().__init__(message)
        self.message = message
        self.errors = errors or {}


def check_rows(sheet_code: str, section: str, rows) -> list[dict]:
    """The proposed rows, validated as the sheet's editor would; every error by field, nothing kept."""
    if not isinstance(rows, list) or not rows:
        raise ProposalRefused(
            _("取り込み候補の行を1行以上、配列で送ってください。"), {section: ["1行以上必要です。"]}
        )
    if len(rows) > MAX_ROWS:
        raise ProposalRefused(
            _("一度に送れるのは%(n)d行までです。") % {"n": MAX_ROWS}, {section: ["多すぎます。"]}
        )
    result = validate(get_definition(sheet_code), {section: rows})
    if result.errors:
        raise ProposalRefused(
            _("取り込み候補に誤りがあります。項目ごとの内容を確認してください。"), result.errors
        )
    return list(result.data.get(section) or [])


def propose(user, client, sheet_code: str, section: str, rows) -> ImportProposal:
    cleaned = check_rows(sheet_code, section, rows)
    proposal = ImportProposal.objects.create(
        user=user, client=client, sheet_code=sheet_code, section=section, rows=cleaned
    )
    count_use(client, "proposals")
    return proposal


def count_use(client, column: str) -> None:
    """One more proposal or accepted import for ``client`` today (statistics, no personal data)."""
    use, _created = PartnerDailyUse.objects.get_or_create(client=client, date=timezone.localdate())
    PartnerDailyUse.objects.filter(pk=use.pk).update(**{column: F(column) + 1})


@contextmanager
def deciding(proposal: ImportProposal):
    """The proposal, locked inside one transaction and still pending (else ``ProposalRefused``).
    When the block ends without an error it is marked accepted (with ``accepted_rows`` as the block
    set them) and counted for its client; on an error nothing of the block is kept."""
    with transaction.atomic():
        locked = ImportProposal.objects.select_for_update().get(pk=proposal.pk)
        if locked.status != ImportProposal.Status.PENDING:
            raise ProposalRefused(_("この取り込み候補は、すでに確認済みです。"))
        yield locked
        locked.status = ImportProposal.Status.ACCEPTED
        locked.decided_at = timezone.now()
        locked.save(update_fields=["status", "accepted_rows", "decided_at"])
        count_use(locked.client, "imports")
    proposal.refresh_from_db()


def save_on_sheet(locked: ImportProposal, user, change, *, summary: str, role=Writer.PERSON) -> None:
    """Save ``change(saved data)`` as a new version of the person's first entry of the proposal's
    sheet (started if there is none). Refused while the person has an unsaved draft of the sheet
    (it would be buried), or when the result does not validate."""
    card = Card.objects.filter(owner=user).order_by("pk").first() or Card.objects.create(owner=user)
    entry = card.entries.filter(sheet_code=locked.sheet_code).order_by("pk").first()
    if entry is None:
        entry = start_entry(card, locked.sheet_code)
    if entry.draft_data is not None:
        raise ProposalRefused(
            _(
                "この様式に保存していない下書きがあります。先に下書きを保存するか破棄してから、取り込んでください。"
            )
        )
    try:
        save_version(
            entry, change(entry.saved_data or {}), entry.lock_version, user, role=role, summary=summary
        )
    except PartBeingWritten as exc:
        raise ProposalRefused(exc.message) from exc
    except (SheetValidationError, UnknownDefinition) as exc:
        raise ProposalRefused(
            _("取り込むと様式の決まりに合わなくなるため、取り込めません（行数の上限など）。"),
            getattr(exc, "errors", {}),
        ) from exc


def accept(proposal: ImportProposal, user, chosen: list[int]) -> None:
    """Add the chosen rows to the person's sheet (after their own rows) and save it as a new version
    (``save_on_sheet``: refused while a draft is open or when the result does not validate)."""
    chosen = sorted({i for i in chosen if 0 <= i < len(proposal.rows)})
    if not chosen:
        raise ProposalRefused(
            _("取り込む行を1行以上選んでください。取り込まない場合は「取り込まない」を押してください。")
        )
    with deciding(proposal) as locked:

        def add_rows(saved: dict) -> dict:
            rows = list(saved.get(locked.section) or []) + [locked.rows[i] for i in chosen]
            return {**saved, locked.section: rows}

        summary = _("連携先「%(name)s」からの取り込み候補を取り込みました") % {"name": locked.client.name}
        save_on_sheet(locked, user, add_rows, summary=summary)
        locked.accepted_rows = chosen


def reject(proposal: ImportProposal) -> None:
    ImportProposal.objects.filter(pk=proposal.pk, status=ImportProposal.Status.PENDING).update(
        status=ImportProposal.Status.REJECTED, decided_at=timezone.now()
    )
    proposal.refresh_from_db()


def row_view(sheet_code: str, section: str, row: dict) -> list[tuple[str, str]]:
    """(label, shown value) for every field of one proposed row, in the definition's order."""
    definition = get_definition(sheet_code)
    repeat = definition.field(section)
    out = []
    for f in repeat.fields:
        value = row.get(f.key, "")
        choices = f.choice_labels
        if value == "present":
            value = _("現在")
        out.append((f.label, choices.get(value, value) if value not in (None, "") else "—"))
    return out
