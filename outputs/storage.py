"""Private file storage: outside MEDIA_ROOT, no URL. Files are read only through an owner-checked view.

``OUTPUTS_PRIVATE_ROOT`` (default ``<project>/private-media``) is read on every use, so tests can
point it at a temporary folder with ``settings.OUTPUTS_PRIVATE_ROOT = tmp_path``.
"""

from __future__ import annotations

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible
class PrivateStorage(FileSystemStorage):
    """A FileSystemStorage whose root follows the setting and which has no public URL."""

    def __init__(self):
        super().__init__(base_url=None, file_permissions_mode=0o600, directory_permissions_mode=0o700)

    @property
    def base_location(self):
        return os.fspath(settings.OUTPUTS_PRIVATE_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("private files have no URL; serve them through outputs.views.document_file")


private_storage = PrivateStorage()


def get_private_storage():
    return private_storage
