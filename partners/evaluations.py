"""A 3-3 evaluation from a training body as an import the person reviews (#18 item 4).

A partner with ``propose:3-3`` sends the parts of one 様式3-3 sheet that the company or training
provider writes (duties, its ratings, the overall comment, the evaluators). Anything the person
writes — the self-assessment, the agreement — is refused by field, as the editor refuses it from a
supporter (``sheets.validation.write_errors``); the rest is validated as the editor validates. On
「連携先からの取り込み候補」 the person reads every proposed value beside what the sheet holds now and
takes the evaluation as a whole or not at all (an evaluation is signed as one). Taking it saves one
version of the sheet with the training body's role, so the person's own answers stay as they were
and an earlier 「本人同意」 is cleared when the evaluation changed; the person then adds their
self-assessment and agrees on the sheet, as with an evaluation a supporter wrote.
"""

from __future__ import annotations

import copy

from django.utils.translation import gettext as _

from sheets.definitions import Writer, get_definition, sheet_codes
from sheets.definitions.base import FieldType
from sheets.models import Card
from sheets.validation import flatten, is_blank, validate, write_errors

from .models import ImportProposal
from .proposals import ProposalRefused, count_use, deciding, save_on_sheet

SCOPE = "propose:3-3"
SECTION = "evaluation"  # ImportProposal.section of a 3-3 proposal


def codes() -> list[str]:
    return [code for code in sheet_codes() if code.startswith("3-3")]


def merge(current: dict | None, proposed: dict) -> dict:
    """``proposed`` laid over ``current``: groups key by key, repeat rows index by index (a row the
    person already holds keeps its own values where the proposal says nothing)."""
    out = copy.deepcopy(current or {})
    for key, value in proposed.items():
        mine = out.get(key)
        if isinstance(value, dict) and isinstance(mine, dict):
            out[key] = merge(mine, value)
        elif isinstance(value, list) and isinstance(mine, list):
            rows = []
            for index, row in enumerate(value):
                old = mine[index] if index < len(mine) else None
                rows.append(merge(old, row) if isinstance(row, dict) and isinstance(old, dict) else row)
            out[key] = rows
        else:
            out[key] = copy.deepcopy(value)
    return out


def _saved(user, code: str) -> dict:
    card = Card.objects.filter(owner=user).order_by("pk").first()
    entry = card.entries.filter(sheet_code=code).order_by("pk").first() if card else None
    return dict(entry.saved_data or {}) if entry else {}


def propose(user, client, code, data) -> ImportProposal:
    if code not in codes():
        raise ProposalRefused(
            _("様式3-3のいずれか（%(codes)s）を指定してください。") % {"codes": "、".join(codes())},
            {"sheet": [_("様式3-3のコードではありません。")]},
        )
    if not isinstance(data, dict) or not data:
        raise ProposalRefused(
            _("評価の内容を、様式の項目名と値の組（オブジェクト）で送ってください。"),
            {"data": [_("1項目以上必要です。")]},
        )
    definition = get_definition(code)
    unknown = sorted(set(data) - {f.key for f in definition.fields})
    if unknown:
        raise ProposalRefused(
            _("この様式にない項目があります：%(names)s") % {"names": "、".join(unknown)},
            {name: [_("この様式にない項目です。")] for name in unknown},
        )
    current = _saved(user, code)
    merged = merge(current, data)
    result = validate(definition, merged)
    if result.errors:
        raise ProposalRefused(
            _("取り込み候補に誤りがあります。項目ごとの内容を確認してください。"), result.errors
        )
    not_theirs = write_errors(definition, Writer.COMPANY, current, result.data)
    if not_theirs:
        raise ProposalRefused(_("本人が記入する欄は送れません。"), not_theirs)
    proposal = ImportProposal.objects.create(
        user=user, client=client, sheet_code=code, section=SECTION, rows=[data]
    )
    count_use(client, "proposals")
    return proposal


def review(proposal: ImportProposal) -> dict:
    """The sheet's title and, for every proposed value, where it sits, what is there now and what comes."""
    definition = get_definition(proposal.sheet_code)
    current = flatten(definition, _saved(proposal.user, proposal.sheet_code))
    proposed = flatten(definition, proposal.rows[0] if proposal.rows else {})
    rows = []
    for path, value in proposed.items():
        if is_blank(value):
            continue
        rows.append(
            {
                "path": path,
                "where": _where(definition, path),
                "now": _shown(definition, path, current.get(path)),
                "proposed": _shown(definition, path, value),
            }
        )
    return {"title": definition.title, "rows": rows}


def _where(definition, path: str) -> str:
    """「働く意識と取組 › 法令や職場のルール… › 企業評価」: the labels from the top to the value."""
    parts = path.split(".")
    labels = []
    current = None
    for part in parts:
        if part.isdigit():
            labels.append(_("%(n)s行目") % {"n": int(part) + 1})
            continue
        current = definition.field(part) if current is None else current.child(part)
        labels.append(current.label)
    return " › ".join(labels)


def _shown(definition, path: str, value) -> str:
    if is_blank(value):
        return ""
    field = definition.field_at(path)
    if field.type == FieldType.CHOICE:
        return field.choice_labels.get(value, str(value))
    if field.type == FieldType.BOOLEAN:
        return _("はい") if value else _("いいえ")
    return str(value)


def accept(proposal: ImportProposal, user) -> None:
    """Save the evaluation on the person's sheet with the training body's role (their answers stay)."""
    with deciding(proposal) as locked:
        summary = _("連携先「%(name)s」からの評価を取り込みました") % {"name": locked.client.name}
        save_on_sheet(
            locked, user, lambda saved: merge(saved, locked.rows[0]), summary=summary, role=Writer.COMPANY
        )
