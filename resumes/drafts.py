"""Reading and writing a person's ``ResumeDraft``, always through their own card.

The card comes from ``sheets.cards.get_card(request)`` — never from an id in a URL — so no one
reaches another person's choices or photo. Saving creates the card when there is none yet (an
anonymous visitor gets one, as the sheet editor would give them).
"""

from __future__ import annotations

from django.db import transaction

from sheets.cards import get_card

from .models import ResumeDraft

KEEP = object()  # ``save(photo=KEEP)``: leave the stored photo as it is


def load(card, document: str) -> ResumeDraft | None:
    """The draft on ``card`` (the request's own card, from ``get_card``)."""
    if card is None:
        return None
    return ResumeDraft.objects.filter(card=card, document=document).first()


def save(request, document: str, data: dict, *, photo=KEEP) -> ResumeDraft:
    card = get_card(request, create=True)
    with transaction.atomic():
        draft, _created = ResumeDraft.objects.select_for_update().get_or_create(card=card, document=document)
        draft.data = data
        fields = ["data", "updated_at"]
        if photo is not KEEP:
            draft.photo = photo
            fields.append("photo")
        draft.save(update_fields=fields)
    return draft


def photo_of(draft: ResumeDraft | None) -> bytes | None:
    if draft is None or not draft.photo:
        return None
    return bytes(draft.photo)
