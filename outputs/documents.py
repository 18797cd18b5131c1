"""Checking and storing uploaded PDFs (3-3 evaluation sheets, certificates).

A file is accepted only if it is at most ``OUTPUTS_MAX_PDF_BYTES``, begins with the PDF signature
``%PDF-`` (first byte; an HTML page or a workbook carrying the signature further in is not a PDF),
ends with ``%%EOF`` near its end, is not also a ZIP archive (a workbook behind a PDF header), opens
with pikepdf (a file it cannot read, or one that needs a password, is refused) and holds no active
content anywhere: every object is walked (``pdf.objects``, so objects packed in compressed object
streams too, and the trailer), looking for JavaScript, /OpenAction other than "open at this page",
/AA additional actions, Launch / SubmitForm / ImportData / GoToR / GoToE / Rendition actions,
embedded files, RichMedia, 3D, sound and movie annotations, and XFA forms. A scanned certificate or
a printed evaluation never needs them. (The former scan of the raw bytes for such names is gone:
it missed compressed object streams, and refused scans whose JPEG bytes held ``/JS`` by chance.)
The file is stored as sent (a rewrite would break a certificate's digital signature). The name the person
gave the file is kept for display only; on disk it gets a random name.
"""

from __future__ import annotations

import hashlib
import io
import logging
import unicodedata
import zipfile

import pikepdf
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from .models import UploadedDocument

PDF_SIGNATURE = b"%PDF-"
# What the object walk refuses (pikepdf gives names unescaped: /J#61vaScript is /JavaScript).
ACTIVE_KEYS = frozenset(
    {"/JS", "/JavaScript", "/AA", "/EmbeddedFile", "/EmbeddedFiles", "/EF", "/XFA", "/RichMedia"}
    | {"/RichMediaContent", "/RichMediaSettings", "/RichMediaExecute"}
)
ACTIVE_ACTIONS = frozenset(
    {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToR", "/GoToE", "/GoTo3DView"}
    | {"/Rendition", "/RichMediaExecute", "/Movie", "/Sound"}
)
ACTIVE_TYPES = frozenset(
    {"/EmbeddedFile", "/Filespec", "/RichMedia", "/FileAttachment", "/Screen", "/3D", "/Movie", "/Sound"}
)

# Walking costs ~0.2 ms an object: a scan or a printed sheet has hundreds, a 10 MB file could pack
# hundreds of thousands of tiny ones to tie up a worker.
MAX_PDF_OBJECTS = 50_000

_CONTAINERS = (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array)

logger = logging.getLogger(__name__)


class DocumentRejected(Exception):
    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def _active_message() -> str:
    return _(
        "このPDFにはスクリプトや埋め込みファイルが含まれているため、受け付けられません。"
        "印刷機能などで「PDFとして保存」し直したファイルを選んでください。"
    )


def _not_pdf_message() -> str:
    return _("PDFファイルではありません。PDF形式で保存したファイルを選んでください。")


def _is_zip(data: bytes) -> bool:
    """True when ``data`` also reads as a ZIP archive (an .xlsx/.docx), whatever comes before it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return bool(archive.infolist())
    except Exception:  # anything unreadable as a zip is simply not one
        return False


def _is_active(obj) -> bool:
    """True when this dictionary (or stream dictionary) runs something or carries a file."""
    for key in obj.keys():
        if key in ACTIVE_KEYS:
            return True
        value = obj.get(key)
        if key in ("/S", "/Type", "/Subtype") and isinstance(value, pikepdf.Name):
            name = str(value)
            if (key == "/S" and name in ACTIVE_ACTIONS) or (key != "/S" and name in ACTIVE_TYPES):
                return True
        if key == "/OpenAction":
            # "Open at this page" (a destination, or a GoTo action) is harmless; anything else runs.
            if isinstance(value, pikepdf.Array):
                continue
            if isinstance(value, pikepdf.Dictionary) and value.get("/S") == pikepdf.Name.GoTo:
                continue
            return True
    return False


def find_active_content(pdf: pikepdf.Pdf) -> bool:
    """Walk the trailer and every object of ``pdf`` (object streams included), iteratively."""
    stack = [pdf.trailer, *pdf.objects]
    while stack:
        obj = stack.pop()
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            if _is_active(obj):
                return True
            children = [obj.get(key) for key in obj.keys()]
        elif isinstance(obj, pikepdf.Array):
            children = list(obj)
        else:
            continue
        # Indirect children are in pdf.objects already; direct ones are only reached from here.
        stack.extend(
            child
            for child in children
            if isinstance(child, pikepdf.Dictionary | pikepdf.Stream | pikepdf.Array)
            and not child.is_indirect
        )
    return False


def _parse(data: bytes) -> None:
    """Open ``data`` with pikepdf and refuse it if it cannot be read or holds active content."""
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            too_many = len(pdf.objects) > MAX_PDF_OBJECTS
            active = not too_many and find_active_content(pdf)
    except pikepdf.PasswordError:
        raise DocumentRejected(
            _(
                "パスワードで保護されたPDFは受け付けられません。"
                "パスワードを外して保存し直したファイルを選んでください。"
            )
        ) from None
    except Exception:  # qpdf's errors, broken streams, anything: the file is not readable as a PDF
        logger.info("Uploaded PDF could not be read", exc_info=True)
        raise DocumentRejected(
            _(
                "このPDFは読み取れませんでした。壊れているおそれがあります。"
                "作成したアプリで「PDFとして保存」し直したファイルを選んでください。"
            )
        ) from None
    if too_many:
        raise DocumentRejected(
            _(
                "このPDFは中身が複雑すぎるため、確認できませんでした。"
                "ページを分けるか、印刷機能などで「PDFとして保存」し直したファイルを選んでください。"
            )
        )
    if active:
        raise DocumentRejected(_active_message())


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
    if not data.startswith(PDF_SIGNATURE) or _is_zip(data):
        raise DocumentRejected(_not_pdf_message())
    if b"%%EOF" not in data[-2048:]:
        raise DocumentRejected(_("PDFファイルが壊れているか、途中までしかありません。"))
    _parse(data)


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
