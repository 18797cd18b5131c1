"""Writes the hostile files of this folder (run from the repository root when they need remaking):

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python tests/outputs/hostile/make_files.py

Each file is something a person (or an attacker) might upload as a Job Card workbook; the test
``tests/outputs/test_hostile.py`` checks that every one is refused with a clear Japanese message
and that nothing is written. The files are kept in the repository so the test reads exactly these
bytes; the script documents how each was made.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def _blank_workbook() -> bytes:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from outputs.exports import blank_pick, export_xlsx

    return export_xlsx([blank_pick("1-1")], [], blank=True)


def _rewrite(source: bytes, changes: dict[str, bytes | None], extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename in changes:
                data = changes[info.filename]
                if data is None:
                    continue
            new.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return out.getvalue()


def _skeleton(extra: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b'<?xml version="1.0"?><Types/>')
        archive.writestr("xl/workbook.xml", b'<?xml version="1.0"?><workbook/>')
        for name, data in extra.items():
            archive.writestr(name, data)
    return out.getvalue()


def main() -> None:
    blank = _blank_workbook()
    with zipfile.ZipFile(io.BytesIO(blank)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
        types = archive.read("[Content_Types].xml")
    files = {
        "not_a_workbook.xlsx": "これはExcelファイルではありません。\n".encode(),
        "pdf_renamed.xlsx": b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
        "old_format.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504,
        "zip_not_workbook.xlsx": _zip({"hello.txt": b"hello"}),
        # 25 MB of spaces in one part: a few dozen kilobytes packed (ratio ~1000:1).
        "zip_bomb.xlsx": _skeleton({"xl/worksheets/sheet1.xml": b" " * (25 * 1024 * 1024)}),
        "many_entries.xlsx": _skeleton({f"xl/media/{i}.xml": b"<a/>" for i in range(300)}),
        "external_entity.xlsx": _rewrite(
            blank,
            {
                "xl/worksheets/sheet1.xml": (
                    b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                    + sheet
                ).replace(
                    b"</sheetData>",
                    b'<row r="999"><c r="A999" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData>',
                    1,
                )
            },
        ),
        "billion_laughs.xlsx": _rewrite(
            blank,
            {
                "xl/worksheets/sheet1.xml": b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                + sheet.replace(
                    b"</sheetData>",
                    b'<row r="999"><c r="A999" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData>',
                    1,
                )
            },
        ),
        "macro.xlsm": _rewrite(
            blank,
            {
                "[Content_Types].xml": types.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
            },
            {
                "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
                + b'Attribute VB_Name = "Module1"\nSub AutoOpen()\nEnd Sub\n'
            },
        ),
        "utf16_part.xlsx": _rewrite(
            blank, {"xl/worksheets/sheet1.xml": sheet.decode("utf-8").encode("utf-16")}
        ),
        "no_marker.xlsx": _plain_workbook(),
        "tampered_marker.xlsx": _tampered(blank),
        # PDFs offered as 3-3 evaluations or certificates
        "javascript.pdf": _pdf(b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"),
        "escaped_name.pdf": _pdf(b"/OpenAction << /S /J#61vaScript /JS (app.alert(1)) >>"),
        "launch.pdf": _pdf(b"/OpenAction << /S /Launch /F (calc.exe) >>"),
        "embedded_file.pdf": _pdf(b"/Names << /EmbeddedFiles << /Names [(a.exe) 3 0 R] >> >>"),
        "html_renamed.pdf": b"<html><script>alert(1)</script></html>",
        "truncated.pdf": _pdf(b"")[:-8],
    }
    for name, data in files.items():
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data):,} bytes")


def _pdf(catalog_extra: bytes) -> bytes:
    """A one-page PDF whose catalog carries ``catalog_extra``."""
    return (
        b"%PDF-1.4\n"
        b"1 0 obj << /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def _plain_workbook() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "強み等"
    wb.active["B1"] = "自分で作った表"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _tampered(blank: bytes) -> bytes:
    """The marker rewritten to point a cell at a field path the sheet does not have."""
    from openpyxl import load_workbook

    from outputs.xlsx import MARKER_SHEET

    wb = load_workbook(io.BytesIO(blank))
    ws = wb[MARKER_SHEET]
    ws["E2"] = '{"cells":{"__class__.__init__":"A1","strengths":"ZZZ99999999"},"tables":{},"labels":{}}'
    ws["E2"].data_type = "s"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


if __name__ == "__main__":
    main()
