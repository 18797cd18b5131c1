"""Every file in tests/outputs/hostile/ is refused, with a Japanese message, and changes nothing."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from outputs.models import UploadedDocument
from outputs.safety import ImportRefused, inspect_xlsx
from sheets.models import SheetEntry, SheetRevision

pytestmark = pytest.mark.django_db

HOSTILE = Path(__file__).parent / "hostile"

WORKBOOKS = {
    "not_a_workbook.xlsx": "Excelファイル（.xlsx）として読み込めませんでした",
    "pdf_renamed.xlsx": "Excelファイル（.xlsx）として読み込めませんでした",
    "old_format.xls": "古い形式（.xls）か、パスワードで保護されたファイルです",
    "zip_not_workbook.xlsx": "Excelファイル（.xlsx）として読み込めませんでした",
    "zip_bomb.xlsx": "展開すると大きくなりすぎるファイル",
    "many_entries.xlsx": "ファイルの中身が多すぎる",
    "external_entity.xlsx": "安全でない内容（外部参照の定義）",
    "billion_laughs.xlsx": "安全でない内容（外部参照の定義）",
    "macro.xlsm": "マクロを含むブック",
    "utf16_part.xlsx": "Excelファイル（.xlsx）として読み込めませんでした",
    "no_marker.xlsx": "このサイトでダウンロードしたExcelファイルではない",
    "tampered_marker.xlsx": "読み込み用の情報が壊れている",
}
PDFS = {
    "javascript.pdf": "スクリプトや埋め込みファイル",
    "escaped_name.pdf": "スクリプトや埋め込みファイル",
    "launch.pdf": "スクリプトや埋め込みファイル",
    "embedded_file.pdf": "スクリプトや埋め込みファイル",
    "html_renamed.pdf": "PDFファイルではありません",
    "truncated.pdf": "壊れているか、途中までしかありません",
}


def test_every_file_in_the_folder_is_covered():
    names = {p.name for p in HOSTILE.iterdir() if p.suffix in (".xlsx", ".xlsm", ".xls", ".pdf")}
    assert names == set(WORKBOOKS) | set(PDFS)


@pytest.mark.parametrize(("name", "message"), sorted(WORKBOOKS.items()))
def test_hostile_workbook_is_refused_and_nothing_changes(signed_in, card, name, message):
    before = (
        list(SheetEntry.objects.order_by("pk").values_list("pk", "lock_version", "saved_data")),
        SheetRevision.objects.count(),
    )
    upload = SimpleUploadedFile(name, (HOSTILE / name).read_bytes())
    response = signed_in.post("/card/upload/", {"file": upload})
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert 'aria-invalid="true"' in page
    assert "この内容で反映する" not in page
    after = (
        list(SheetEntry.objects.order_by("pk").values_list("pk", "lock_version", "saved_data")),
        SheetRevision.objects.count(),
    )
    assert after == before


def test_zip_bomb_is_refused_from_the_directory_alone(monkeypatch):
    """The bomb's 25 MB part is never inflated: refusing it reads only the central directory."""
    import zipfile

    def no_inflating(*args, **kwargs):
        raise AssertionError("inflated a part of the bomb")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflating)
    with pytest.raises(ImportRefused):
        inspect_xlsx((HOSTILE / "zip_bomb.xlsx").read_bytes())


def test_too_large_workbook_is_refused_before_reading(signed_in, card, settings):
    settings.OUTPUTS_MAX_XLSX_BYTES = 1000
    response = signed_in.post(
        "/card/upload/", {"file": SimpleUploadedFile("big.xlsx", b"PK\x03\x04" + b"0" * 2000)}
    )
    assert response.status_code == 400
    assert "ファイルが大きすぎます" in response.content.decode()


@pytest.mark.parametrize(("name", "message"), sorted(PDFS.items()))
def test_hostile_pdf_is_refused(signed_in, card, name, message):
    upload = SimpleUploadedFile(name, (HOSTILE / name).read_bytes(), content_type="application/pdf")
    response = signed_in.post("/card/documents/", {"kind": "certificate", "file": upload})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not UploadedDocument.objects.exists()


def test_openpyxl_parses_through_defusedxml():
    """The second line of defence behind the scan for DTDs in inspect_xlsx."""
    from openpyxl import load_workbook
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True
    with pytest.raises(Exception):  # noqa: B017 - openpyxl wraps defusedxml's EntitiesForbidden
        load_workbook(HOSTILE / "external_entity.xlsx")
