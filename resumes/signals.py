"""The 履歴書 and 職務経歴書 PDFs are rendered in the background (``resumes.tasks``) after the
person saves their choices (a preview), a sheet version, or their 基本情報 — when
``JOBCARD_PDF_PRERENDER`` is on (``outputs.signals.prerender_enabled``)."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from outputs.signals import card_printed_data_changed, prerender_enabled

from .models import ResumeDraft


def enqueue(card_id: int, **superseded_by) -> None:
    if not prerender_enabled():
        return
    from .tasks import prerender_resume_pdfs

    transaction.on_commit(lambda: prerender_resume_pdfs.enqueue(card_id, **superseded_by))


@receiver(post_save, sender=ResumeDraft)
def prerender_after_choices(sender, instance: ResumeDraft, **kwargs):
    # Every preview saves the choices: only the task of the latest save renders.
    enqueue(instance.card_id, draft_id=instance.pk, stamp=instance.updated_at.isoformat())


@receiver(card_printed_data_changed)
def prerender_after_card_change(sender, card_id: int, **kwargs):
    enqueue(card_id)
