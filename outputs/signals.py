"""Uploaded files leave the private storage with their row (also when a card or account is deleted).

The file is removed only once the deletion is committed: a rolled-back deletion keeps its file.
"""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import UploadedDocument


@receiver(post_delete, sender=UploadedDocument)
def delete_stored_file(sender, instance: UploadedDocument, **kwargs):
    if instance.file and instance.file.name:
        storage, name = instance.file.storage, instance.file.name
        transaction.on_commit(lambda: storage.delete(name))
