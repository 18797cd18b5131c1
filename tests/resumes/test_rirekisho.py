"""The 履歴書's conventions, on the document object every renderer draws."""

import datetime

from resumes import rirekisho
from resumes.dates import Calendar
from resumes.options import RirekishoChoices, RowChoice
from resumes.rirekisho import Line
from resumes.samples import STRENGTHS, full_sheets, small_sheets
from resumes.sources import Basics

TODAY = datetime.date(2025, 6, 15)
BASICS = Basics(last_name="山田", first_name="花子", birth_date=datetime.date(1990, 4, 1), gender="女性")


def build(sheets=None, **choices):
    sheets = small_sheets() if sheets is None else sheets
    return rirekisho.build(BASICS, sheets, RirekishoChoices(**choices), today=TODAY)


def texts(lines):
    return [(line.year, line.month, line.text, line.kind) for line in lines]


def test_history_in_the_usual_order_with_headings_present_and_end():
    doc = build()
    assert texts(doc.history) == [
        ("", "", "学歴", Line.HEADING),
        ("平成23", "4", "東都大学　経済学部 経営学科　入学", Line.ENTRY),
        ("平成27", "3", "東都大学　経済学部 経営学科　卒業", Line.ENTRY),
        ("", "", "", Line.ENTRY),
        ("", "", "職歴", Line.HEADING),
        ("平成27", "4", "株式会社みなと商事　入社（総務部、正社員）", Line.ENTRY),
        ("令和2", "3", "株式会社みなと商事　退社", Line.ENTRY),
        ("令和2", "4", "さくら会計事務所　入社（パート・アルバイト）", Line.ENTRY),
        ("", "", "現在に至る", Line.PRESENT),
        ("", "", "以上", Line.END),
    ]


def test_seireki():
    doc = build(calendar=Calendar.SEIREKI)
    assert doc.history[1].year == "2011"
    assert doc.date_text == "2025年6月15日現在"
    assert doc.birth_text == "1990年4月1日生（満35歳）"


def test_wareki_date_and_age_at_the_document_date():
    doc = build()
    assert doc.date_text == "令和7年6月15日現在"
    assert doc.birth_text == "平成2年4月1日生（満35歳）"
    before_birthday = build(document_date=datetime.date(2025, 3, 31))
    assert before_birthday.birth_text == "平成2年4月1日生（満34歳）"
    assert before_birthday.date_text == "令和7年3月31日現在"


def test_leaving_out_birth_date_and_gender():
    doc = build(include_birth_date=False, include_gender=False)
    assert doc.birth_text == ""
    assert doc.show_gender is False


def test_licences_with_their_status_and_the_expired_left_out_by_default():
    sheets = small_sheets()
    sheets["3-1"]["qualifications"].append(
        {"name": "危険物取扱者乙種第4類", "acquired": "2013-07", "status": "expired"}
    )
    doc = build(sheets)
    assert texts(doc.licences) == [
        ("平成24", "8", "普通自動車第一種運転免許　取得", Line.ENTRY),
        ("令和元", "11", "日商簿記検定3級　取得", Line.ENTRY),
        ("令和7", "11", "日商簿記検定2級　受験予定", Line.ENTRY),
    ]
    expired = next(r for r in doc.sources["licences"] if r.status == "expired")
    chosen = build(sheets, rows=RowChoice(included=frozenset({expired.id})))
    assert ("平成25", "7", "危険物取扱者乙種第4類　失効", Line.ENTRY) in texts(chosen.licences)


def test_rows_left_out():
    doc = build()
    first_job = doc.sources["jobs"][0]
    doc = build(rows=RowChoice(excluded=frozenset({first_job.id})))
    assert not any("みなと商事" in line.text for line in doc.history)
    assert any("さくら会計事務所" in line.text for line in doc.history)


def test_no_job_gives_nashi_and_still_closes_with_ijo():
    sheets = small_sheets()
    sheets["2"]["jobs"] = []
    doc = build(sheets)
    assert texts(doc.history)[-3:] == [
        ("", "", "職歴", Line.HEADING),
        ("", "", "なし", Line.ENTRY),
        ("", "", "以上", Line.END),
    ]


def test_nothing_at_all_gives_an_empty_table():
    assert build({}).history == []


def test_students_and_training_wordings():
    sheets = {
        "3-2": {
            "studies": [
                {
                    "period_from": "2023-04",
                    "period_to": "2027-03",
                    "school_name": "東都大学",
                    "status": "expected",
                },
                {
                    "period_from": "2020-04",
                    "period_to": "2023-03",
                    "school_name": "みなと高等学校",
                    "status": "graduated",
                },
                {
                    "period_from": "2018-04",
                    "period_to": "2019-03",
                    "school_name": "さくら専門学校",
                    "status": "withdrew",
                },
            ],
            "trainings": [
                {
                    "period_from": "2024-07",
                    "period_to": "2024-12",
                    "institution": "ポリテクセンター",
                    "course": "CAD科",
                    "status": "attending",
                },
            ],
        }
    }
    lines = [line.text for line in build(sheets).history]
    assert "さくら専門学校　中途退学" in lines
    assert "東都大学　卒業見込み" in lines
    assert "ポリテクセンター　CAD科　入校" in lines
    assert "ポリテクセンター　CAD科　受講中" in lines
    assert lines.index("みなと高等学校　卒業") < lines.index("東都大学　入学")


def test_appeal_defaults_to_the_strengths_box_and_can_be_replaced():
    assert build().appeal == STRENGTHS
    assert build(appeal="").appeal == ""
    assert build(appeal="書き直した文章").appeal == "書き直した文章"


def test_basics_typed_on_the_page_replace_the_account():
    doc = build(basics={"address": "大阪府大阪市", "birth_date": "2000-01-02"})
    assert doc.basics.address == "大阪府大阪市"
    assert doc.birth_text == "平成12年1月2日生（満25歳）"


def test_rows_fit_the_two_pages_of_the_form():
    doc = build(full_sheets(jobs=10, qualifications=20))
    page1, page2 = rirekisho.split_history(doc.history)
    assert len(page1) == rirekisho.HISTORY_ROWS_PAGE_1
    assert [line.text for line in page1 + page2 if line.text] == [
        line.text for line in doc.history if line.text
    ]
    assert page2[-1].text == "以上" or any(line.text == "以上" for line in page2)
    assert len(rirekisho.licence_rows(doc.licences)) == 20

    short = build()
    page1, page2 = rirekisho.split_history(short.history)
    assert (len(page1), len(page2)) == (rirekisho.HISTORY_ROWS_PAGE_1, rirekisho.HISTORY_ROWS_PAGE_2)
    assert len(rirekisho.licence_rows(short.licences)) == rirekisho.LICENCE_ROWS


def test_the_pdf_and_the_xlsx_print_the_same_words():
    """The 履歴書's printed words come from one place (``rirekisho.labels``): every one of them is in
    the PDF's text and in the workbook's cells (the title spaced 「履　歴　書」 in Excel)."""
    import io

    from openpyxl import load_workbook

    from resumes import pdf, xlsx

    from .test_pages import pdf_text

    doc = build(include_birth_date=False)  # the blank 「年　月　日生」 line is printed then
    words = rirekisho.labels()
    expected = [w for key, w in words.items() if key not in ("photo", "photo_note")]
    expected += words["photo_note"]
    ws = load_workbook(io.BytesIO(xlsx.rirekisho_workbook(doc))).active
    cells = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
    pages = "".join(pdf_text(pdf.render_rirekisho(doc)))

    def bare(text: str) -> str:
        return "".join(text.replace("\u3000", " ").split())

    assert [w for w in expected if bare(w) not in bare(cells)] == []
    assert [w for w in expected if bare(w) not in bare(pages)] == []
