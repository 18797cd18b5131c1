"""A workbook upload is checked before it is parsed, and parsed within a budget (#14 item 3): the
marker sheet is looked up in xl/workbook.xml first, a worksheet's declared range is checked, and
openpyxl stops past ``MAX_PART_XML_BYTES`` of one part. Each refusal: 400, the message next to the
field, nothing stored. The files are generated here (numbers are what a person's own sheet holds)."""

import io
import random
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from sheets.models import SheetEntry, SheetRevision

from .conftest import post_choice

pytestmark = pytest.mark.django_db

MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ROW = re.compile(rb'(<row r="(\d+)"[^>]*>)(.*?)(</row>)', re.S)


def _unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rezip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _sheet_part(parts: dict[str, bytes], title: str) -> str:
    rid = re.search(rf'name="{title}"[^>]*r:id="(rId\d+)"', parts["xl/workbook.xml"].decode()).group(1)
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    relationship = re.search(rf'<Relationship [^>]*Id="{rid}"[^>]*>', rels).group(0)
    target = re.search(r'Target="([^"]+)"', relationship).group(1)
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def _numbers(nbytes: int, first_row: int = 1) -> tuple[bytes, int]:
    rng = random.Random(14)
    rows, size, row = [], 0, first_row
    while size < nbytes:
        cells = "".join(f'<c r="{c}{row}"><v>{rng.random() * 1e5:.3f}</v></c>' for c in "ABCDEFGHIJKL")
        rows.append(f'<row r="{row}">{cells}</row>'.encode())
        size += len(rows[-1])
        row += 1
    return b"".join(rows), row - 1


def _widen(content: bytes, title: str, nbytes: int) -> bytes:
    """Numbers to the right of the form (column M on) in the rows of ``title``; <dimension> kept."""
    from openpyxl.utils import get_column_letter

    rng = random.Random(3)
    parts = _unzip(content)
    name = _sheet_part(parts, title)
    xml, out, pos, added = parts[name], [], 0, 0
    for match in ROW.finditer(xml):
        out.append(xml[pos : match.start(4)])
        pos = match.start(4)
        column = 13
        while added < nbytes and column <= 16384:
            coordinate = f"{get_column_letter(column)}{match.group(2).decode()}"
            out.append(f'<c r="{coordinate}"><v>{rng.random():.9f}</v></c>'.encode())
            added += len(out[-1])
            column += 1
    out.append(xml[pos:])
    parts[name] = b"".join(out)
    assert added >= nbytes
    return _rezip(parts)


def _state():
    return (
        list(SheetEntry.objects.order_by("pk").values_list("pk", "lock_version", "saved_data")),
        SheetRevision.objects.count(),
    )


def _refused(client, content: bytes, message: str):
    before = _state()
    response = client.post("/card/upload/", {"file": SimpleUploadedFile("card.xlsx", content)})
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert 'aria-invalid="true"' in page  # next to the file field
    assert "この内容で反映する" not in page
    assert _state() == before


def test_numbers_without_the_marker_are_refused_from_the_workbook_part_alone(signed_in, card):
    # 1.5 MB of numbers and no marker sheet; the worksheet's XML is cut short, so a parser that
    # reached it would call the file broken: the answer shows that it was never parsed.
    rows, last = _numbers(1_500_000)
    sheet = b'<worksheet xmlns="' + MAIN_NS + b'"><dimension ref="A1:L%d"/><sheetData>' % last + rows
    parts = _unzip(post_choice(signed_in, card, "xlsx").content)
    name = _sheet_part(parts, "様式2")
    workbook = parts["xl/workbook.xml"]
    parts["xl/workbook.xml"] = re.sub(rb'<sheet [^>]*name="_jobcard"[^>]*/>', b"", workbook)
    parts[name] = sheet
    content = _rezip(parts)
    assert len(content) < 1_000_000  # well within the upload limit: the zip checks let it through
    _refused(signed_in, content, "このサイトでダウンロードしたExcelファイルではない")


def test_a_listed_sheet_grown_past_the_part_budget_is_refused(signed_in, card):
    exported = post_choice(signed_in, card, "xlsx").content
    content = _widen(exported, "様式2", 1_200_000)  # the budget of one part is 1 MiB
    _refused(signed_in, content, "ファイルの中身が多すぎるため、読み込みを中止しました")


def test_a_listed_sheet_declaring_a_huge_range_is_refused(signed_in, card):
    parts = _unzip(post_choice(signed_in, card, "xlsx").content)
    name = _sheet_part(parts, "様式2")
    rows, last = _numbers(300_000, first_row=5000)
    xml = parts[name].replace(b"</sheetData>", rows + b"</sheetData>")
    parts[name] = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:L%d"/>' % last, xml)
    assert last > 5000  # importer.MAX_SHEET_ROWS
    _refused(signed_in, _rezip(parts), "シート「様式2」の使われている範囲が広すぎるため、読み込めません")


def test_shared_strings_past_the_budget_are_refused(signed_in, card):
    parts = _unzip(post_choice(signed_in, card, "xlsx").content)
    count = 1_200_000 // 40  # the budget of one part is 1 MiB
    items = b"".join(b"<si><t>shared text number %012d</t></si>" % i for i in range(count))
    parts["xl/sharedStrings.xml"] = b'<sst xmlns="' + MAIN_NS + b'">' + items + b"</sst>"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    _refused(signed_in, _rezip(parts), "ファイルの中身が多すぎるため、読み込みを中止しました")


def test_numbers_beside_and_below_the_form_are_not_read_and_the_import_works(signed_in, card):
    """A sheet the marker does not list is never parsed; rows below the form are not reached."""
    content = post_choice(signed_in, card, "xlsx").content
    parts = _unzip(content)
    name = _sheet_part(parts, "様式2")
    rows, _last = _numbers(1_500_000, first_row=2000)
    parts[name] = parts[name].replace(b"</sheetData>", rows + b"</sheetData>")  # dimension kept
    response = signed_in.post("/card/upload/", {"file": SimpleUploadedFile("card.xlsx", _rezip(parts))})
    assert response.status_code == 200
    page = response.content.decode()
    assert "いま保存されている内容と同じです。" in page  # 様式2 read as it was exported
    assert "field-error" not in page
