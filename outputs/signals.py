"""Clean-up and background rendering tied to other apps' rows.

- Uploaded files leave the private storage with their row (also when a card or account is
  deleted). The file is removed only once the deletion is committed: a rolled-back deletion keeps
  its file.
- A card's kept workbook (``outputs.parts``) is removed with the card.
- When a sheet version is saved or the 基本情報 changes, the card's workbook is built in the
  background (``outputs.tasks.prerender_card_pdf``) if ``JOBCARD_PDF_PRERENDER`` is on.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver

from accounts.models import Profile
from sheets.models import Card, SheetEntry

from .models import UploadedDocument

logger = logging.getLogger(__name__)

NAME_FIELDS = {"last_name", "first_name", "last_name_kana", "first_name_kana"}


@receiver(post_delete, sender=UploadedDocument)
def delete_stored_file(sender, instance: UploadedDocument, **kwargs):
    if instance.file and instance.file.name:
        storage, name = instance.file.storage, instance.file.name
        transaction.on_commit(lambda: storage.delete(name))


@receiver(post_delete, sender=Card)
def forget_kept_files(sender, instance: Card, **kwargs):
    from .exports import part_scope
    from .parts import forget

    scope = part_scope(instance)
    if scope:
        transaction.on_commit(lambda: forget(scope))


# Sent (with ``card_id``) after a change to what a card's documents print has been committed: a
# sheet version saved, the owner's 基本情報 or name changed. Receivers build ahead.
card_printed_data_changed = Signal()


def prerender_enabled() -> bool:
    """``JOBCARD_PDF_PRERENDER``; unset: on only when a task worker is configured (the immediate
    backend would make the save itself wait for the rendering)."""
    setting = getattr(settings, "JOBCARD_PDF_PRERENDER", None)
    if setting is not None:
        return bool(setting)
    backend = settings.TASKS.get("default", {}).get("BACKEND", "")
    return not backend.endswith(("ImmediateBackend", "DummyBackend"))


def _changed(card_ids) -> None:
    if not prerender_enabled():
        return
    for card_id in card_ids:
        transaction.on_commit(lambda card_id=card_id: _announce(card_id))


def _announce(card_id: int) -> None:
    """Tell the receivers; a queue that cannot take the task never fails the save that is done."""
    for receiver_function, result in card_printed_data_changed.send_robust(Card, card_id=card_id):
        if isinstance(result, Exception):
            logger.warning(
                "rendering ahead not queued for card %s by %s: %s",
                card_id,
                getattr(receiver_function, "__qualname__", receiver_function),
                type(result).__name__,
            )


@receiver(card_printed_data_changed)
def prerender_card(sender, card_id: int, **kwargs):
    from .tasks import prerender_card_pdf

    prerender_card_pdf.enqueue(card_id)


@receiver(post_save, sender=SheetEntry)
def prerender_after_save(sender, instance: SheetEntry, update_fields=None, **kwargs):
    if update_fields is not None and "saved_data" not in update_fields:
        return  # a draft (autosave) changes nothing that is printed
    if instance.saved_data is not None:
        _changed([instance.card_id])


@receiver(post_save, sender=Profile)
def prerender_after_profile(sender, instance: Profile, **kwargs):
    _changed_owned(instance.user_id)


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def prerender_after_name(sender, instance, created=False, update_fields=None, **kwargs):
    """氏名 and ふりがな live on the user; a login (``last_login`` only) changes nothing printed."""
    if not created and (update_fields is None or NAME_FIELDS & set(update_fields)):
        _changed_owned(instance.pk)


def _changed_owned(user_id) -> None:
    if prerender_enabled():
        _changed(Card.objects.filter(owner_id=user_id).values_list("pk", flat=True))
