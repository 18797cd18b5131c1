"""Background work for the 履歴書 and 職務経歴書 (django-tasks): their PDFs rendered ahead.

``prerender_resume_pdfs`` renders both PDFs as the person's saved choices make them (or the
defaults) and keeps them (``outputs.parts``), so that the download that usually follows a preview
or a save only reads them. Enqueued by ``resumes.signals`` when ``JOBCARD_PDF_PRERENDER`` is on.
"""

from __future__ import annotations

from django_tasks import task

from forms.models import Card


@task()
def prerender_resume_pdfs(card_id: int) -> int:
    """Render (or find kept) the 履歴書 and 職務経歴書 PDFs of card ``card_id``; returns how many."""
    from .views import RirekishoPage, ShokumuPage

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
