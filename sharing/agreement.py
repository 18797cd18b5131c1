"""What a supporter wrote that waits for the person: an agreement (本人同意済み) to give, or the
自己評価 beside a company's ratings on an evaluation sheet (3-3)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from sheets.definitions import get_definition
from sheets.definitions.base import Writer
from sheets.models import SheetEntry
from sheets.validation import flatten, is_blank

from .services import rating_pairs


def _written_by_others(definition, section, data) -> bool:
    """Whether someone but the person wrote a value the consent of ``section`` covers (its own
    fields and those of ``consent_covers``: all company parts of a 3-3)."""
    parts = [section, *(definition.section(key) for key in section.consent_covers)]
    keys = {f.key for part in parts for f in part.fields} - {section.consent_field}
    return any(
        path.split(".")[0] in keys and definition.writer_at(path) != Writer.PERSON and not is_blank(value)
        for path, value in flatten(definition, data).items()
    )


def awaiting_agreement(user) -> list[dict]:
    """Sheets of ``user``'s card with a supporter-written part that waits for the person."""
    out = []
    for entry in SheetEntry.objects.filter(card__owner=user, saved_data__isnull=False).order_by("sheet_code"):
        definition = get_definition(entry.sheet_code, entry.definition_version)
        data = entry.saved_data or {}
        item = {"code": entry.sheet_code, "title": definition.title}
        for section in definition.sections:
            if (
                section.consent_field
                and not data.get(section.consent_field)
                and _written_by_others(definition, section, data)
            ):
                out.append({**item, "section": section.title, "key": section.key})
        if any(theirs and not own for own, theirs in rating_pairs(data)):
            out.append(
                {
                    **item,
                    "section": _("自己評価（企業・訓練実施機関が評価を記入しました）"),
                    "key": "basic_abilities",
                }
            )
    return out
