"""Checks on an uploaded workbook *before* anything parses it.

An .xlsx is a zip of XML parts. Before openpyxl opens it, ``inspect_xlsx`` refuses:

- anything larger than ``OUTPUTS_MAX_XLSX_BYTES``;
- what is not a zip (an old .xls, a PDF, text renamed to .xlsx) or not a workbook;
- zip bombs: more than ``MAX_ENTRIES`` entries, more than ``MAX_UNPACKED_BYTES`` unpacked in total,
  one entry more than ``MAX_ENTRY_BYTES``, or a compression ratio above ``MAX_RATIO`` — all read
  from the central directory, without inflating anything; while reading, zipfile itself stops at
  the declared size and checks the CRC, so a lying directory fails too;
- macro-enabled workbooks (.xlsm, .xltm, .xlam: a ``vbaProject.bin`` or a macro content type),
  binary workbooks (.xlsb) and encrypted ones;
- XML with a document type declaration (``<!DOCTYPE`` / ``<!ENTITY``): no part of a real workbook
  has one, and it is how external entities and entity-expansion bombs come in. openpyxl parses
  through defusedxml too, which refuses them again.

Formulas are never evaluated: openpyxl does not compute, and the importer refuses formula cells.
"""

from __future__ import annotations

import io
import re
import zipfile

from django.conf import settings
from django.utils.translation import gettext as _

MAX_ENTRIES = 200
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ENTRY_BYTES = 20 * 1024 * 1024
MAX_RATIO = 200
MACRO_MARKERS = (b"macroEnabled", b"vbaProject", b"ms-office.vbaProject", b"sheet.binary")
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and encrypted .xlsx
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class ImportRefused(Exception):
    """The whole file is refused (message in Japanese, for the person)."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def _not_xlsx():
    return ImportRefused(
        _(
            "Excelファイル（.xlsx）として読み込めませんでした。このサイトでダウンロードしたファイルを選んでください。"
        )
    )


def inspect_xlsx(data: bytes) -> zipfile.ZipFile:
    """Refuse a hostile or foreign file; return the opened zip (nothing inflated but small XML)."""
    limit = settings.OUTPUTS_MAX_XLSX_BYTES
    if len(data) > limit:
        raise ImportRefused(
            _("ファイルが大きすぎます（%(limit)sMBまで）。") % {"limit": round(limit / (1024 * 1024), 1)}
        )
    if data.startswith(OLE_SIGNATURE):
        raise ImportRefused(
            _(
                "古い形式（.xls）か、パスワードで保護されたファイルです。"
                "パスワードを外し、「Excel ブック（.xlsx）」形式で保存してから選んでください。"
            )
        )
    if not data.startswith(b"PK\x03\x04"):
        raise _not_xlsx()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise _not_xlsx() from None
    if len(infos) > MAX_ENTRIES:
        raise ImportRefused(_("ファイルの中身が多すぎるため、読み込みを中止しました。"))
    total = 0
    for info in infos:
        total += info.file_size
        if (
            info.file_size > MAX_ENTRY_BYTES
            or total > MAX_UNPACKED_BYTES
            or (info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1))
        ):
            raise ImportRefused(_("展開すると大きくなりすぎるファイルのため、読み込みを中止しました。"))
        if info.flag_bits & 0x1:
            raise ImportRefused(_("暗号化されたファイルは読み込めません。"))
    names = {info.filename for info in infos}
    lowered = {name.lower() for name in names}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise _not_xlsx()
    content_types = _read(archive, "[Content_Types].xml")
    if any(name.endswith("vbaproject.bin") for name in lowered) or any(
        m in content_types for m in MACRO_MARKERS
    ):
        raise ImportRefused(
            _(
                "マクロを含むブック（.xlsm など）は読み込めません。"
                "「Excel ブック（.xlsx）」形式で保存してから選んでください。"
            )
        )
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels", ".vml")):
            head = _read(archive, info.filename)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
                raise _not_xlsx()  # UTF-16 XML: no site workbook, and it hides markup from the scan
            if _DTD.search(head):
                raise ImportRefused(_("安全でない内容（外部参照の定義）を含むため、読み込めません。"))
    return archive


def _read(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        with archive.open(name) as handle:
            return handle.read(MAX_ENTRY_BYTES + 1)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError, ValueError):
        raise _not_xlsx() from None
