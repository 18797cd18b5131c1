"""Background work for the exports (django-tasks): render a card's PDF parts after a save.

``prerender_card_pdf`` renders, for the card as the download page offers it by default (every
saved sheet, every row and field, the 基本情報 items the person last chose — all at first —, the
life-line chart when there is one, in the language of their last download), the
sheet PDFs that are not kept yet and the workbook (``outputs.parts``), so the download only joins
pages or reads the file. It is
enqueued by ``outputs.signals`` when ``JOBCARD_PDF_PRERENDER`` is on (by default: when a task
worker is configured, so the immediate backend of a development machine never makes a save wait).
"""

from __future__ import annotations

from django.utils import translation
from django_tasks import task

from forms.models import Card


@task()
def prerender_card_pdf(card_id: int) -> int:
    """Render the missing PDF parts of card ``card_id``; returns how many were rendered."""
    from lifeline.render import chart_svg

    from . import exports
    from .models import remembered_language, remembered_profile_keys
    from .parts import render_parts
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
        chart = chart_svg(card) if card.lifeline_points.exists() else ""
        scope = exports.part_scope(card)
        exports.export_xlsx(picks, lines, scope=scope)
        parts = exports.pdf_parts(picks, lines, lifeline=chart)
        return render_parts(parts, scope).rendered
