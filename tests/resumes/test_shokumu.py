"""The 職務経歴書: made from 様式2 (+1-1, +3-1), 職務要約 and 自己PR editable, PDF / xlsx / docx."""

import datetime
import io

import pytest
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from resumes import shokumu
from resumes.dates import Calendar
from resumes.models import ResumeDraft
from resumes.options import RowChoice, ShokumuChoices
from resumes.samples import STRENGTHS, small_sheets
from resumes.sources import Basics

from .test_pages import form_data, pdf_text

URL = "/resume/shokumu/"
TODAY = datetime.date(2025, 6, 15)


def build(**choices):
    return shokumu.build(
        Basics(last_name="山田", first_name="花子"), small_sheets(), ShokumuChoices(**choices), today=TODAY
    )


def test_document_from_the_sheets():
    doc = build()
    assert doc.date_text == "2025年6月15日現在"  # 西暦 by default
    assert doc.name == "山田　花子"
    assert [(j.period, j.company, j.details) for j in doc.jobs] == [
        ("2015年4月～2020年3月", "株式会社みなと商事", "総務部　正社員"),
        ("2020年4月～現在", "さくら会計事務所", "パート・アルバイト"),
    ]
    assert doc.jobs[0].duties == "請求書の発行、経費精算、備品管理を担当しました。"
    assert doc.jobs[0].learnings.startswith("表計算ソフト")
    assert (doc.licences[0].date, doc.licences[0].name) == ("2012年8月", "普通自動車第一種運転免許　取得")
    assert doc.pr == STRENGTHS
    assert doc.summary.splitlines() == [
        "2015年4月から2020年3月まで、株式会社みなと商事（総務部、正社員）に勤務。請求書の発行、経費精算、備品管理を担当しました。",
        "2020年4月から現在まで、さくら会計事務所（パート・アルバイト）に勤務。記帳代行と給与計算の補助。",
    ]


def _words(block: shokumu.Block) -> list[str]:
    """Every text of a block, in reading order."""
    return [w for w in (block.text, *block.lines, *(t for row in block.rows for t in row)) if w]


def _docx_words(content: bytes) -> list[str]:
    """The docx's texts in document order: paragraphs and table cells as they come in the body."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(io.BytesIO(content))
    out = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            out.append(item.text)
        elif isinstance(item, Table):
            out += ["\n".join(p.text for p in c.paragraphs) for row in item.rows for c in row.cells]
    return [w for w in out if w]


def test_every_writer_draws_the_one_layout():
    """The xlsx, the docx, the PDF and the page's text version all draw ``shokumu.blocks``: the same
    words in the same order (the xlsx and the docx word for word)."""
    from django.template.loader import render_to_string

    from resumes import pdf, word, xlsx

    doc = build(skills="表計算ソフト（関数、ピボットテーブル）", summary="事務を10年。\n決算の補助も。")
    expected = [w for block in shokumu.blocks(doc) for w in _words(block)]
    assert [b.kind for b in shokumu.blocks(doc)][:5] == ["title", "meta", "heading", "box", "heading"]
    assert "■活かせる経験・知識・技術" in expected

    ws = load_workbook(io.BytesIO(xlsx.shokumu_workbook(doc))).active
    assert [c.value for row in ws.iter_rows() for c in row if c.value] == expected
    lines = [line for w in expected for line in w.split("\n")]  # Word: a paragraph per line
    assert [line for w in _docx_words(word.shokumu_document(doc)) for line in w.split("\n")] == lines

    def bare(value: str) -> str:  # PDF text extraction: spaces and line breaks differ
        return "".join(value.split())

    def in_order(text: str, words: list[str]) -> bool:
        at = 0
        for w in words:
            at = text.find(w, at)
            if at < 0:
                return False
            at += len(w)
        return True

    assert in_order(bare("".join(pdf_text(pdf.render_shokumu(doc)))), [bare(w) for w in expected])
    html = render_to_string("resumes/includes/shokumu_sheet.html", {"blocks": shokumu.blocks(doc)})
    assert in_order(html, [line for w in expected for line in w.split("\n")])
    assert not in_order(html, [*expected[1:], expected[0]])  # the check can fail


def test_choices():
    doc = build()
    first = doc.sources["jobs"][0]
    doc = build(
        rows=RowChoice(excluded=frozenset({first.id})),
        include_learnings=False,
        calendar=Calendar.WAREKI,
        summary="要約",
        pr="",
    )
    assert [j.company for j in doc.jobs] == ["さくら会計事務所"]
    assert doc.jobs[0].learnings == ""
    assert doc.jobs[0].period == "令和2年4月～現在"
    assert (doc.summary, doc.pr) == ("要約", "")


pytestmark_db = pytest.mark.django_db


@pytestmark_db
def test_page_prefills_the_summary_and_pr(signed_in, fixed_today):
    response = signed_in.get(URL)
    assert response.status_code == 200
    form = response.context["form"]
    assert form["summary"].value().startswith("2015年4月から2020年3月まで、株式会社みなと商事")
    assert form["pr"].value() == STRENGTHS
    assert "職務経歴書をつくる" in response.content.decode()


@pytestmark_db
def test_edits_are_kept_on_the_card_and_in_every_format(signed_in, person, fixed_today, monkeypatch):
    events = []
    monkeypatch.setattr("resumes.views.record", lambda request, name, **kw: events.append(kw))
    page = signed_in.get(URL)
    data = form_data(
        page,
        summary="総務と経理の事務を10年経験しました。\r\n決算業務の補助もできます。",
        pr="数字に強く、正確です。",
        skills="Excel（関数・ピボットテーブル）",
    )
    assert signed_in.post(URL, data).status_code == 302
    draft = ResumeDraft.objects.get(card__owner=person, document="shokumu")
    assert draft.data["summary"] == "総務と経理の事務を10年経験しました。\n決算業務の補助もできます。"
    assert draft.data["pr"] == "数字に強く、正確です。"
    # Shown again on the next visit.
    assert signed_in.get(URL).context["form"]["pr"].value() == "数字に強く、正確です。"

    pdf = signed_in.get(reverse("resumes:shokumu_download", args=["pdf"]))
    assert pdf["Content-Type"] == "application/pdf"
    text = "\n".join(pdf_text(pdf.content))
    order = [
        "職務経歴書",
        "■職務要約",
        "総務と経理の事務を10年経験しました。",
        "■職務経歴",
        "株式会社みなと商事",
        "さくら会計事務所",
        "■活かせる経験・知識・技術",
        "■資格",
        "日商簿記検定3級",
        "■自己PR",
        "数字に強く、正確です。",
        "以上",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)

    xlsx = signed_in.get(reverse("resumes:shokumu_download", args=["xlsx"]))
    ws = load_workbook(io.BytesIO(xlsx.content)).active
    values = [c.value for row in ws.iter_rows() for c in row if c.value]
    assert values[0] == "職務経歴書"
    assert "総務と経理の事務を10年経験しました。\n決算業務の補助もできます。" in values
    assert "2015年4月～2020年3月　株式会社みなと商事" in values
    assert values[values.index("所属・雇用形態") + 1] == "総務部　正社員"
    assert values[-1] == "以上"

    docx = signed_in.get(reverse("resumes:shokumu_download", args=["docx"]))
    assert docx["Content-Type"].endswith("wordprocessingml.document")
    assert "20250615.docx" in docx["Content-Disposition"]
    document = Document(io.BytesIO(docx.content))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[:3] == ["職務経歴書", "2025年6月15日現在", "氏名　山田　花子"]
    assert paragraphs.index("■職務要約") < paragraphs.index("総務と経理の事務を10年経験しました。")
    assert "決算業務の補助もできます。" in paragraphs
    assert "2015年4月～2020年3月　株式会社みなと商事" in paragraphs
    assert paragraphs[-1] == "以上"
    assert document.paragraphs[-1].alignment == 2  # right
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "請求書の発行、経費精算、備品管理を担当しました。" in cells
    assert "日商簿記検定3級　取得" in cells
    assert [e["format"] for e in events] == ["pdf", "xlsx", "docx"]
    assert {e["document"] for e in events} == {"shokumu"}


@pytestmark_db
def test_too_long_text_gives_an_error_and_keeps_what_was_typed(signed_in, person, fixed_today):
    page = signed_in.get(URL)
    long_summary = "あ" * 1001
    response = signed_in.post(URL, form_data(page, summary=long_summary, pr="自己PRの下書き", action="docx"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "1000文字以内で入力してください（いまは1001文字です）。" in html
    assert 'id="id_summary-error"' in html
    assert f">{long_summary}</textarea>" in html
    assert ">自己PRの下書き</textarea>" in html
    assert not ResumeDraft.objects.filter(card__owner=person).exists()


@pytestmark_db
def test_text_equal_to_the_sheets_follows_the_sheets(signed_in, person, fixed_today):
    page = signed_in.get(URL)
    signed_in.post(URL, form_data(page, calendar="wareki"))  # prefilled texts sent back unchanged
    draft = ResumeDraft.objects.get(card__owner=person, document="shokumu")
    assert draft.data["summary"] is None and draft.data["pr"] is None


@pytestmark_db
def test_anonymous_shokumu(anonymous, fixed_today):
    page = anonymous.get(URL)
    assert page.status_code == 200
    response = anonymous.post(URL, form_data(page, last_name="佐藤", first_name="一郎", action="docx"))
    assert response.status_code == 200
    document = Document(io.BytesIO(response.content))
    assert document.paragraphs[2].text == "氏名　佐藤　一郎"
    assert ResumeDraft.objects.get(card=anonymous.card, document="shokumu").data["basics"] == {
        "last_name": "佐藤",
        "first_name": "一郎",
    }


@pytestmark_db
def test_pdf_is_not_offered_as_an_unknown_format(signed_in):
    assert signed_in.get("/resume/shokumu/download/csv/").status_code == 404
