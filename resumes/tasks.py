"""Background work for the 履歴書 and 職務経歴書 (django-tasks): their PDFs rendered ahead.

``prerender_resume_pdfs`` renders both PDFs as the person's saved choices make them (or the
defaults) and keeps them (``outputs.parts``), so that the download that usually follows a preview
or a save only reads them. Enqueued by ``resumes.signals`` when ``JOBCARD_PDF_PRERENDER`` is on.
"""

from __future__ import annotations

from django_tasks import task

from forms.models import Card


@task()
def prerender_resume_pdfs(card_id: int, draft_id: int | None = None, stamp: str = "") -> int:
    """Render (or find kept) the 履歴書 and 職務経歴書 PDFs of card ``card_id``; returns how many.

    Queued after a saved preview with that choice's ``draft_id`` and ``stamp`` (its ``updated_at``):
    every preview saves the choices, so when a newer save has come since, this task does nothing
    and leaves the work to the task that newer save queued.
    """
    from .models import ResumeDraft
    from .views import RirekishoPage, ShokumuPage

    if draft_id is not None:
        current = ResumeDraft.objects.filter(pk=draft_id).values_list("updated_at", flat=True).first()
        if current is None or current.isoformat() != stamp:
            return 0
    card = Card.objects.select_related("owner").filter(pk=card_id).first()
    if card is None:
        return 0
    done = 0
    for page_class in (RirekishoPage, ShokumuPage):
        page = page_class(card=card, user=card.owner)
        if page.sheets or page.draft is not None:
            page.file("pdf")
            done += 1
    return done
