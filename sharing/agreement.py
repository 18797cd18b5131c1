"""What a supporter wrote that the person has not agreed to yet (nothing counts before they agree)."""

from __future__ import annotations

from forms.definitions import get_definition
from forms.definitions.base import Writer
from forms.models import SheetEntry


def awaiting_agreement(user) -> list[dict]:
    """Sheets of ``user``'s card whose supporter-written box is filled and not yet agreed to."""
    out = []
    for entry in SheetEntry.objects.filter(card__owner=user, saved_data__isnull=False).order_by("sheet_code"):
        definition = get_definition(entry.sheet_code, entry.definition_version)
        data = entry.saved_data or {}
        for section in definition.sections:
            if not section.consent_field or data.get(section.consent_field):
                continue
            written = [
                f.key
                for f in section.fields
                if f.key != section.consent_field
                and (f.writer or section.writer) != Writer.PERSON
                and data.get(f.key) not in (None, "", [], {})
            ]
            if written:
                out.append(
                    {
                        "code": entry.sheet_code,
                        "title": definition.title,
                        "section": section.title,
                        "key": section.key,
                    }
                )
    return out
