"""What a supporter wrote that waits for the person: an agreement (本人同意済み) to give, or the
自己評価 beside a company's ratings on an evaluation sheet (3-3)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from forms.definitions import get_definition
from forms.definitions.base import Writer
from forms.models import SheetEntry

from .services import rating_pairs


def _written_by_others(section, data) -> bool:
    return any(
        f.key != section.consent_field
        and (f.writer or section.writer) != Writer.PERSON
        and data.get(f.key) not in (None, "", [], {})
        for f in section.fields
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
                and _written_by_others(section, data)
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
