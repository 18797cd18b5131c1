"""The filled card as one workbook: a worksheet per sheet, values where the marker says, text kept
as text, A4 print setup, Japanese font, Excel's own input checks, the hidden marker."""

import io
import json
import zipfile

import pytest

from outputs.exports import export_xlsx
from outputs.importer import read_workbook
from outputs.selection import SheetPick
from outputs.values import escape_ooxml
from outputs.xlsx import JAPANESE_FONT, MARKER_SHEET
from sheets.definitions import get_definition
from sheets.services import save_version

from .conftest import entry_of, open_xlsx, post_choice

pytestmark = pytest.mark.django_db


def _marker(wb):
    ws = wb[MARKER_SHEET]
    rows = {}
    for row in ws.iter_rows(min_row=2, values_only=True):
        if row[0]:
            rows[row[0]] = {
                "code": row[1],
                "version": row[2],
                "map": json.loads("".join(c for c in row[4:] if c)),
            }
    return rows


def test_one_worksheet_per_saved_sheet_with_values_in_place(signed_in, card):
    response = post_choice(signed_in, card, "xlsx")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"].startswith('attachment; filename="jobcard_')
    wb = open_xlsx(response.content)
    assert wb.sheetnames == ["様式1-1", "様式1-2", "様式2", "様式3-1", "様式3-2", "様式3-3-1-1", MARKER_SHEET]
    assert wb[MARKER_SHEET].sheet_state == "veryHidden"
    marker = _marker(wb)
    assert marker["様式2"]["code"] == "2" and marker["様式2"]["version"] == "2018.1"

    ws = wb["様式2"]
    assert ws["A1"].value == "様式2 職務経歴シート"
    cells = marker["様式2"]["map"]["cells"]
    assert ws[cells["entry_date"]].value == "2025年6月1日"
    table = marker["様式2"]["map"]["tables"]["jobs"]
    first = table["first_row"]
    assert ws[f"{table['columns']['company_name']}{first}"].value == "株式会社みなと商事"
    assert ws[f"{table['columns']['employment_type']}{first}"].value == "正社員"
    assert ws[f"{table['columns']['period_to']}{first + 1}"].value == "現在"
    assert table["sources"] == [0, 1]
    assert table["rows"] == 2 + 3  # two filled lines and three spare ones

    # 基本情報 at the top of every sheet
    values = {c.value for row in ws.iter_rows(max_row=10) for c in row if c.value}
    assert {"山田 花子", "やまだ はなこ", "1990年4月1日", "女性"} <= values


def test_print_setup_font_and_input_checks(signed_in, card):
    wb = open_xlsx(post_choice(signed_in, card, "xlsx").content)
    ws = wb["様式3-1"]
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 == "9"
    assert ws.page_setup.orientation == "portrait"
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    # one page wide (fitToWidth left out: 1 is its default in the file format), as tall as needed
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
    assert ws["A1"].font.name == JAPANESE_FONT
    lists = [dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert '"取得,受験予定,失効,一部合格"' in lists
    lengths = {dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "textLength"}
    assert {"100", "500"} <= lengths
    # input cells are formatted as text so Excel keeps what is typed
    marker = _marker(wb)["様式3-1"]["map"]
    table = marker["tables"]["qualifications"]
    assert ws[f"{table['columns']['acquired']}{table['first_row']}"].number_format == "@"


def test_rating_grid_strikes_not_evaluated_cells(signed_in, card):
    wb = open_xlsx(post_choice(signed_in, card, "xlsx").content)
    ws = wb["様式3-3-1-1"]
    cells = _marker(wb)["様式3-3-1-1"]["map"]["cells"]
    c_cell = ws[cells["basic_abilities.communication.c3.company_rating"]]
    assert c_cell.value == "C"
    assert c_cell.border.diagonalUp and c_cell.border.diagonal.style == "thin"
    b_cell = ws[cells["basic_abilities.work_attitude.c2.company_rating"]]
    assert b_cell.value == "B" and not b_cell.border.diagonalUp
    assert '"A,B,C"' in [dv.formula1 for dv in ws.data_validations.dataValidation]


def test_formula_like_text_is_stored_as_a_string(signed_in, card):
    entry = entry_of(card, "1-1")
    data = dict(
        entry.saved_data,
        strengths='=HYPERLINK("http://evil.example","x")',
        next_actions="_x0041_ と @SUM(A1)",
    )
    save_version(entry, data, entry.lock_version, card.owner)
    content = post_choice(signed_in, card, "xlsx", sheets={"1-1"}).content
    wb = open_xlsx(content)
    cells = _marker(wb)["様式1-1"]["map"]["cells"]
    cell = wb["様式1-1"][cells["strengths"]]
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("http://evil.example","x")'
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
        strings_xml = archive.read("xl/sharedStrings.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    # a literal _x0041_ is escaped so Excel does not turn it into "A", and read back exactly
    assert "_x005F_x0041_ と @SUM(A1)" in strings_xml
    sheet = read_workbook(content, card).sheets[0]
    assert sheet.data["next_actions"] == "_x0041_ と @SUM(A1)"
    assert sheet.data["strengths"] == '=HYPERLINK("http://evil.example","x")'
    assert not sheet.changes and not sheet.errors


def test_chained_escapes_read_back_exactly():
    """Text that looks like Excel's own escapes, chained (they share an underscore), comes back as
    typed: each underscore that starts an ``_xHHHH_`` is escaped, not each whole pattern."""
    texts = ["_x005F_x0041_", "_x0041__x0042_", "a_x00_x0041_b", "_x0041_x0042_"]
    data = {"values_interests": texts[0], "strengths": texts[1], "future_work": texts[2]}
    pick = SheetPick(definition=get_definition("1-1"), data=data)
    content = export_xlsx([pick], [("name", "氏名", texts[3])])
    sheet = read_workbook(content, None, stored={("1-1", 1): data}).sheets[0]
    assert [sheet.data[k] for k in data] == texts[:3]
    assert not sheet.changes
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        strings_xml = archive.read("xl/sharedStrings.xml").decode()
    assert escape_ooxml(texts[3]) in strings_xml  # 基本情報 is not read back: its escape, checked as written
