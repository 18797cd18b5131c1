"""Outputs and supporters (issue #15 item 7): the card's PDF and Excel show what a supporter wrote and
who; an Excel re-import by the person never changes a supporter's part; a supporter downloads only
what was shared with them."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from outputs.exports import card_picks, export_pdf, export_xlsx
from sharing.models import AccessRecord, Share
from sheets.models import Card, SheetEntry
from sheets.services import save_version, start_entry

from .conftest import mfa_client
from .test_sharing import receive, share_by_code

pytestmark = pytest.mark.django_db

COMMENT = "月次決算の経験を活かし、経理職での再就職を目指すことで合意しました。"


def _text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _cells(xlsx: bytes) -> list[str]:
    wb = load_workbook(io.BytesIO(xlsx))
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value]


@pytest.fixture
def written(person, person_client, consultant):
    """The consultant received 1-1 and 2 and wrote the consultant box of 1-1."""
    card = Card.objects.get(owner=person)
    entry = start_entry(card, "2")
    save_version(entry, {"jobs": [{"period_from": "2019-04", "company_name": "みなと商事"}]}, 0, person)
    client = mfa_client(consultant)
    receive(client, share_by_code(person_client, sheets=("1-1",)))
    share = Share.objects.get(owner=person)
    one = SheetEntry.objects.get(card=card, sheet_code="1-1")
    response = client.post(
        reverse("supporter:sheet", args=[share.pk, "1-1"]),
        {
            "lock_version": one.lock_version,
            "consultant-consultant_name": "佐藤 相談員",
            "consultant-consultant_affiliation": "ハローワーク品川",
            "consultant-consultation_date": "2026-11-25",
            "consultant-consultant_comment": COMMENT,
        },
    )
    assert response.status_code == 302
    return client, share, card


def test_pdf_and_excel_show_what_the_consultant_wrote_and_who(written):
    _client, _share, card = written
    text = _text(export_pdf(card_picks(card), []))
    assert COMMENT[:20] in text
    assert "佐藤 相談員" in text
    assert "キャリアコンサルタントが記入" in text
    cells = _cells(export_xlsx(card_picks(card), []))
    assert COMMENT in cells and "佐藤 相談員" in cells
    assert any("キャリアコンサルタントが記入" in c for c in cells)


def test_a_supporter_downloads_only_the_shared_sheet_and_the_person_sees_it(written, person, person_client):
    client, share, _card = written
    response = client.get(reverse("supporter:download", args=[share.pk, "1-1", "xlsx"]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="jobcard_1-1_')
    cells = _cells(response.content)
    assert COMMENT in cells
    assert "みなと商事" not in cells  # 様式2 was not shared
    assert "hanako@example.jp" not in cells  # no 基本情報
    pdf = client.get(reverse("supporter:download", args=[share.pk, "1-1", "pdf"]))
    assert pdf.status_code == 200 and COMMENT[:20] in _text(pdf.content)

    # 様式2 exists on the card but was not shared; unknown formats too
    assert client.get(reverse("supporter:download", args=[share.pk, "2", "xlsx"])).status_code == 404
    assert client.get(reverse("supporter:download", args=[share.pk, "1-1", "docx"])).status_code == 404
    assert AccessRecord.objects.filter(owner=person, action=AccessRecord.Action.DOWNLOAD).count() == 2
    assert "ダウンロードしました" in person_client.get(reverse("sharing:index")).content.decode()
    page = client.get(reverse("supporter:sheet", args=[share.pk, "1-1"])).content.decode()
    assert reverse("supporter:download", args=[share.pk, "1-1", "pdf"]) in page

    Share.objects.filter(pk=share.pk).update(revoked_at="2026-01-01T00:00Z")
    assert client.get(reverse("supporter:download", args=[share.pk, "1-1", "xlsx"])).status_code == 404


def test_an_excel_reimport_never_changes_the_company_confirmation(person, person_client):
    """様式2's 企業による確認 is the company's: a person's edit of it in Excel is refused, cell named."""
    import json
    import re

    from django.core.files.uploadedfile import SimpleUploadedFile

    from outputs.xlsx import MARKER_SHEET

    card = Card.objects.get(owner=person)
    entry = start_entry(card, "2")
    data = {
        "jobs": [{"period_from": "2019-04", "company_name": "みなと商事"}],
        "confirmation_company": "株式会社みなと商事",
    }
    entry.saved_data = data  # as a company's save left it (tested through the pages elsewhere)
    entry.status = SheetEntry.Status.SAVED
    entry.save()
    wb = load_workbook(io.BytesIO(export_xlsx(card_picks(card), [])))
    maps = {}
    for row in wb[MARKER_SHEET].iter_rows(min_row=2, values_only=True):
        if row[0]:
            maps[row[0]] = json.loads("".join(c for c in row[4:] if c))
    cell = maps["様式2"]["cells"]["confirmation_company"]
    wb["様式2"][cell] = "本人が書き換えた会社"
    out = io.BytesIO()
    wb.save(out)
    response = person_client.post("/card/upload/", {"file": SimpleUploadedFile("card.xlsx", out.getvalue())})
    assert response.status_code == 400
    page = response.content.decode()
    assert re.search(
        rf'<td class="outputs-cell">{cell}</td><td>[^<]*</td><td>この欄は企業・訓練実施機関が記入します。',
        page,
    )
    entry.refresh_from_db()
    assert entry.saved_data["confirmation_company"] == "株式会社みなと商事"
