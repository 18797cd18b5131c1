"""Checking and storing uploaded PDFs (3-3 evaluation sheets, certificates).

A file is accepted only if it is at most ``OUTPUTS_MAX_PDF_BYTES``, starts with the PDF signature
(``%PDF-`` within the first 1024 bytes, as readers accept it) and ends with ``%%EOF`` near its end,
and holds no active content (JavaScript, launch actions, embedded files, forms with scripts): a
scanned certificate or a printed evaluation never needs them. The name the person gave the file is
kept for display only; on disk it gets a random name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from .models import UploadedDocument

PDF_SIGNATURE = b"%PDF-"
# Names of PDF objects that run something or carry other files. PDF names may hide letters as
# #xx escapes (/J#61vaScript), so names are unescaped before matching.
ACTIVE_CONTENT = (
    b"/JavaScript",
    b"/JS",
    b"/Launch",
    b"/EmbeddedFile",
    b"/EmbeddedFiles",
    b"/RichMedia",
    b"/XFA",
    b"/SubmitForm",
)
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


class DocumentRejected(Exception):
    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def check_pdf(data: bytes) -> None:
    """Raise ``DocumentRejected`` (a Japanese message) unless ``data`` is an acceptable PDF."""
    limit = settings.OUTPUTS_MAX_PDF_BYTES
    if len(data) > limit:
        raise DocumentRejected(
            _("ファイルが大きすぎます。%(limit)sMB以下のPDFを選んでください。")
            % {"limit": limit // (1024 * 1024)}
        )
    if not data:
        raise DocumentRejected(_("ファイルが空です。"))
    if PDF_SIGNATURE not in data[:1024]:
        raise DocumentRejected(_("PDFファイルではありません。PDF形式で保存したファイルを選んでください。"))
    if b"%%EOF" not in data[-2048:]:
        raise DocumentRejected(_("PDFファイルが壊れているか、途中までしかありません。"))
    names = _NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), data)
    for marker in ACTIVE_CONTENT:
        if re.search(re.escape(marker) + rb"(?![A-Za-z])", names):
            raise DocumentRejected(
                _(
                    "このPDFにはスクリプトや埋め込みファイルが含まれているため、受け付けられません。"
                    "印刷機能などで「PDFとして保存」し直したファイルを選んでください。"
                )
            )


def clean_display_name(name: str) -> str:
    """The file name shown back to the person: no folders, no control characters, at most 200 chars."""
    name = unicodedata.normalize("NFC", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    if not name.lower().endswith(".pdf"):
        name = (name + ".pdf") if name else ""
    return name[-200:]


def store_document(card, kind: str, title: str, uploaded) -> UploadedDocument:
    """Check and store one uploaded file (a Django ``UploadedFile``) for ``card``."""
    limit = settings.OUTPUTS_MAX_PDF_BYTES
    if uploaded.size is not None and uploaded.size > limit:
        check_pdf(b"\0" * (limit + 1))  # raises the size message without reading the file
    data = uploaded.read(limit + 1)
    check_pdf(data)
    with transaction.atomic():
        document = UploadedDocument(
            card=card,
            kind=kind,
            title=title.strip()[:100],
            original_name=clean_display_name(uploaded.name),
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
        )
        document.file.save("upload.pdf", ContentFile(data), save=False)
        document.save()
    return document


def register_export():
    """Add the uploaded files' list (not their contents) to 「登録データのダウンロード」."""
    from accounts.export import register_export_section

    def uploaded_documents(user):
        return [
            {
                "kind": doc.kind,
                "title": doc.title,
                "original_name": doc.original_name,
                "size": doc.size,
                "sha256": doc.sha256,
                "uploaded_at": doc.uploaded_at,
            }
            for doc in UploadedDocument.objects.filter(card__owner=user).order_by("uploaded_at", "pk")
        ]

    register_export_section("uploaded_documents", uploaded_documents, covers=["outputs.UploadedDocument"])

    def export_preferences(user):
        from .models import ExportPreference

        return [
            {"profile_keys": p.profile_keys, "updated_at": p.updated_at}
            for p in ExportPreference.objects.filter(card__owner=user).order_by("pk")
        ]

    register_export_section("export_preferences", export_preferences, covers=["outputs.ExportPreference"])
