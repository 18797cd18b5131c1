"""Background work for the exports (django-tasks): build a card's workbook after a save.

``prerender_card_pdf`` (the name kept for queued tasks) builds the workbook for the card as the
download page offers it by default (every saved sheet, every row and field, the 基本情報 items the
person last chose, in the language of their last download) and keeps it (``outputs.parts``), so
the download only reads it. The PDF is not rendered ahead any more: Typst renders it in the
request. Enqueued by ``outputs.signals`` when ``JOBCARD_PDF_PRERENDER`` is on (by default: when a
task worker is configured).
"""

from __future__ import annotations

from django.utils import translation
from django_tasks import task

from sheets.models import Card


@task()
def prerender_card_pdf(card_id: int) -> int:
    """Build (or find kept) the workbook of card ``card_id``; returns 1 when there was one to build."""
    from . import exports
    from .models import remembered_language, remembered_profile_keys
    from .profile import profile_keys, profile_values

    card = Card.objects.select_related("owner").filter(pk=card_id).first()
    if card is None:
        return 0
    picks = exports.card_picks(card)
    if not picks:
        return 0
    with translation.override(remembered_language(card)):
        lines = []
        if card.owner_id:
            keys = remembered_profile_keys(card, profile_keys())
            lines = profile_values(card.owner, keys)
        exports.export_xlsx(picks, lines, scope=exports.part_scope(card))
    return 1
