"""Formula injection, over every writer: a person's text that begins like a formula (= + - @, tab,
carriage return) goes into the 履歴書 and 職務経歴書 workbooks, the card's workbook, the card's CSV
and the 職務経歴書 docx as text — exactly as typed, never a formula — and is marked as text the
same way everywhere (quote prefix in xlsx, a leading apostrophe in CSV; docx has text runs only)."""

import copy
import csv
import datetime
import io
import zipfile

from docx import Document
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from outputs.csv_export import csv_bytes
from outputs.exports import export_xlsx
from outputs.selection import SheetPick
from outputs.values import FORMULA_STARTS, looks_like_formula, unescape_ooxml
from resumes import rirekisho, shokumu
from resumes.options import RirekishoChoices, ShokumuChoices
from resumes.samples import small_sheets
from resumes.sources import Basics
from resumes.word import shokumu_document
from resumes.xlsx import rirekisho_workbook, shokumu_workbook
from sheets.definitions import get_definition

TODAY = datetime.date(2025, 6, 15)

hostile = st.builds(
    lambda start, rest: start + rest,
    st.sampled_from(FORMULA_STARTS),
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from('()",!A1'),
        min_size=1,
        max_size=30,
    ).filter(str.strip),
)


def _documents(name: str, job: str, licence: str):
    basics = Basics(last_name=name, first_name="花子", address=job, birth_date=datetime.date(1990, 4, 1))
    sheets = small_sheets()
    sheets["2"] = copy.deepcopy(sheets["2"])
    sheets["2"]["jobs"][0]["company_name"] = job
    sheets["3-1"] = copy.deepcopy(sheets["3-1"])
    sheets["3-1"]["qualifications"][0]["name"] = licence
    rk = rirekisho.build(basics, sheets, RirekishoChoices(), today=TODAY)
    sk = shokumu.build(basics, sheets, ShokumuChoices(), today=TODAY)
    return rk, sk


def _xlsx_cells(content: bytes):
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                xml = archive.read(name).decode()
                assert "<f>" not in xml and "<f " not in xml, name  # no formula anywhere
    wb = load_workbook(io.BytesIO(content))
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


def _assert_kept_as_text(content: bytes, texts: set[str]) -> None:
    found = set()
    for cell in _xlsx_cells(content):
        # control characters are stored as _xHHHH_ escapes (XlsxWriter): read them as the importer does
        value = unescape_ooxml(cell.value) if isinstance(cell.value, str) else cell.value
        if isinstance(value, str) and looks_like_formula(value):
            assert cell.data_type == "s"
            assert cell.quotePrefix, (cell.coordinate, value)
            found.add(value)
    # The builders trim surrounding whitespace: what still reads as a formula must be found, marked.
    expected = {text.strip() for text in texts if looks_like_formula(text.strip())}
    assert all(any(text in value for value in found) for text in expected), (expected, found)


# Building the five documents takes about a second, so few generated examples and no shrinking
# (a failure prints its example); the explicit ones are the report's.
@settings(
    max_examples=4,
    deadline=None,
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow],
)
@given(name=hostile, job=hostile, licence=hostile)
@example(name='=HYPERLINK("https://example.com","開く")', job="+cmd|' /C calc'!A0", licence="@SUM(1+1)")
@example(name="-2+3", job="\t=1+1", licence="\r=A1")
def test_every_writer_keeps_formula_like_text_as_text(name, job, licence):
    rk, sk = _documents(name, job, licence)
    _assert_kept_as_text(rirekisho_workbook(rk), {name, job, licence})
    # there the name follows 「氏名」 and the company the job's period: only what starts a cell counts
    _assert_kept_as_text(shokumu_workbook(sk), {text for text in (job,) if not sk.jobs[0].period})

    document = Document(io.BytesIO(shokumu_document(sk)))
    body = document.element.body.xml
    assert "fldSimple" not in body and "instrText" not in body
    text = "\n".join(p.text for p in document.paragraphs) + "".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert job.strip() in text  # Word keeps a leading tab as a tab element

    rows = list(csv.reader(io.StringIO(csv_bytes([[name, job, licence, "ふつうの文"]]).decode("utf-8-sig"))))
    assert rows == [["'" + name, "'" + job, "'" + licence, "ふつうの文"]]

    card = _card_workbook(name, job, licence)
    _assert_kept_as_text(card, {name, job, licence})


def _card_workbook(name: str, job: str, licence: str) -> bytes:
    """The card's workbook (written by XlsxWriter, unlike the résumés'): 様式1-1 with the texts in
    its boxes and the name in 基本情報."""
    data = {"strengths": job, "values_interests": licence, "future_work": "ふつうの文"}
    pick = SheetPick(definition=get_definition("1-1"), data=data)
    return export_xlsx([pick], [("name", "氏名", name)])


def test_ordinary_text_is_not_marked():
    wb = load_workbook(io.BytesIO(_card_workbook("山田 花子", "株式会社みなと商事", "普通自動車免許")))
    texts = {c.value: c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value}
    assert {"山田 花子", "株式会社みなと商事", "普通自動車免許"} <= set(texts)
    assert not any(texts[t].quotePrefix for t in ("山田 花子", "株式会社みなと商事", "普通自動車免許"))
    assert csv_bytes([["株式会社みなと商事"]]).decode("utf-8-sig").strip() == "株式会社みなと商事"
