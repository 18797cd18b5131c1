"""The 履歴書 and 職務経歴書 PDFs are rendered in the background (``resumes.tasks``) after the
person saves their choices (a preview), a sheet version, or their 基本情報 — when
``JOBCARD_PDF_PRERENDER`` is on (``outputs.signals.prerender_enabled``). A queue that cannot take
the task is logged; it never fails the save."""

import logging

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from outputs.signals import card_printed_data_changed, prerender_enabled

from .models import ResumeDraft

logger = logging.getLogger(__name__)


def _enqueue(card_id: int, **superseded_by) -> None:
    from .tasks import prerender_resume_pdfs

    prerender_resume_pdfs.enqueue(card_id, **superseded_by)


def _enqueue_safely(card_id: int, **superseded_by) -> None:
    try:
        _enqueue(card_id, **superseded_by)
    except Exception as exc:  # the choices are saved; only the rendering ahead is lost
        logger.warning("résumé rendering ahead not queued for card %s: %s", card_id, type(exc).__name__)


@receiver(post_save, sender=ResumeDraft)
def prerender_after_choices(sender, instance: ResumeDraft, **kwargs):
    if not prerender_enabled():
        return
    # Every preview saves the choices: only the task of the latest save renders.
    card_id, marks = instance.card_id, {"draft_id": instance.pk, "stamp": instance.updated_at.isoformat()}
    transaction.on_commit(lambda: _enqueue_safely(card_id, **marks))


@receiver(card_printed_data_changed)
def prerender_after_card_change(sender, card_id: int, **kwargs):
    _enqueue(card_id)  # sent after the commit, through send_robust: a failure is logged there
