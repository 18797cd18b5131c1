"""PDF exports (Typst): Japanese text, BIZ UD fonts embedded, rows kept whole across pages, 3-3's
struck cells; and the WeasyPrint fetcher (kept for HTML prints) that loads nothing but our static files."""

import io
import re

import pytest
from pypdf import PdfReader

from outputs import html_pdf as pdf_module
from outputs.exports import export_pdf, pdf_data
from outputs.html_pdf import RefusedResource, static_url_fetcher
from outputs.selection import SheetPick
from sheets.services import save_version

from .conftest import definition, entry_of, pdf_text, post_choice

pytestmark = pytest.mark.django_db


def _fonts(content: bytes) -> dict[str, bool]:
    """Base font name -> embedded (has a font file), for every font the pages use."""
    fonts = {}
    for page in PdfReader(io.BytesIO(content)).pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor").get_object()
            fonts[str(font["/BaseFont"])] = any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return fonts


def test_whole_card_pdf_has_japanese_and_embedded_bizud_fonts(signed_in, card):
    response = post_choice(signed_in, card, "pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    content = response.content
    assert content.startswith(b"%PDF-")
    text = "\n".join(pdf_text(content))
    for expected in (
        "様式1-1 キャリア・プランシート",
        "様式2 職務経歴シート",
        "株式会社みなと商事",
        "日商簿記検定3級",
        "山田 花子",
        "1990年4月1日",
        "電話応対は自己評価より高く評価しました",
    ):
        assert expected in text, expected
    fonts = _fonts(content)
    assert fonts and all(fonts.values()), fonts  # every font embedded
    assert all("BIZUD" in name.replace("-", "") for name in fonts), fonts  # and only ours
    reader = PdfReader(io.BytesIO(content))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (210, 297)  # A4


def test_each_sheet_starts_a_page(signed_in, card):
    pages = pdf_text(post_choice(signed_in, card, "pdf").content)
    titles = [entry.definition.title for entry in card.entries.order_by("pk")]
    # each sheet's first page is page 「1 / n」 of that sheet, and prints its title
    firsts = [text for text in pages if re.search(r"(^|\n)1 / \d+$", text.strip())]
    assert len(firsts) == len(titles)
    for text, title in zip(firsts, titles, strict=True):
        assert re.sub(r"\s+", "", title) in re.sub(r"\s+", "", text)


def test_table_rows_are_never_split_across_pages(signed_in, card):
    entry = entry_of(card, "2")
    duty = "請求書の発行と経費精算、備品管理、月次の締め作業を担当しました。" * 6
    jobs = [
        {
            "period_from": f"{2000 + i}-04",
            "period_to": f"{2000 + i}-09",
            "company_name": f"会社{i:02d}番",
            "duties": duty + f"（終わり{i:02d}）",
            "learnings": "表計算ソフトの集計",
        }
        for i in range(20)
    ]
    save_version(entry, dict(entry.saved_data, jobs=jobs), entry.lock_version, card.owner)
    pages = pdf_text(post_choice(signed_in, card, "pdf", sheets={"2"}).content)
    assert len(pages) >= 3  # the table really runs over several pages
    for i in range(20):
        where_name = [n for n, text in enumerate(pages) if f"会社{i:02d}番" in text]
        where_end = [n for n, text in enumerate(pages) if f"（終わり{i:02d}）" in text.replace("\n", "")]
        assert len(where_name) == 1 and where_name == where_end, (i, where_name, where_end)
    # the header row is repeated on every page of the table
    assert all("会社名" in text for text in pages if "会社" in text.replace("会社名", ""))


def test_rating_grid_strikes_through_not_evaluated_cells(card):
    entry = entry_of(card, "3-3-1-1")
    pick = SheetPick(definition=entry.definition, data=entry.saved_data)
    data = pdf_data([pick], [])
    grids = [b for s in data["sheets"][0]["sections"] for b in s["blocks"] if b["kind"] == "grid"]
    struck = [c for b in grids for g in b["groups"] for r in g["rows"] for c in r["cells"] if c["struck"]]
    assert len(struck) == 1 and struck[0]["text"] == "C"  # communication c3: company rating C
    text = "\n".join(pdf_text(export_pdf([pick], [])))
    assert "職務遂行のための基本的能力" in text and "コミュニケーション" in text
    assert "A：常にできている　B：大体できている　C：評価しない" in text.replace("\n", "")
    assert "／" in text  # the struck cell, drawn as a slash instead of its letter


def test_blank_forms_render_for_every_sheet(client):
    from sheets.definitions import sheet_codes

    for code in sheet_codes():
        response = client.get(f"/card/download/blank/{code}.pdf")
        assert response.status_code == 200, code
        pages = pdf_text(response.content)
        assert re.sub(r"\s+", "", definition(code).title) in re.sub(r"\s+", "", pages[0]), code
        assert "氏名" in pages[0] and "生年月日" in pages[0]


# The fetcher ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://example.com/x.png",
        "https://example.com/static/fonts/bizud/BIZUDGothic-Regular.ttf",
        "data:image/png;base64,iVBORw0KGgo=",
        pdf_module.BASE_URL + "etc/passwd",
        pdf_module.BASE_URL + "static/../../../etc/passwd",
        pdf_module.BASE_URL + "static/%2e%2e/%2e%2e/etc/passwd",
        pdf_module.BASE_URL + "static/fonts/bizud/OFL.txt",
        pdf_module.BASE_URL + "static/no-such-file.css",
    ],
)
def test_fetcher_refuses_everything_but_our_static_files(url):
    with pytest.raises(RefusedResource):
        static_url_fetcher(url)


def test_fetcher_serves_a_vendored_font():
    response = static_url_fetcher(pdf_module.BASE_URL + "static/fonts/bizud/BIZUDGothic-Regular.ttf")
    assert response.read(4) == b"\x00\x01\x00\x00"


def test_user_text_is_text_never_markup_or_a_url(signed_in, card):
    """The data reaches Typst as JSON: HTML, Typst markup and code print as they were typed."""
    entry = entry_of(card, "1-1")
    hostile = (
        '<img src="file:///etc/passwd"> #read("/etc/passwd") #image("/etc/hostname") '
        "$x^2$ *太字* = 見出し @ref <label> \\ `raw`"
    )
    save_version(entry, dict(entry.saved_data, strengths=hostile), entry.lock_version, card.owner)
    text = "".join(pdf_text(post_choice(signed_in, card, "pdf", sheets={"1-1"}).content)).replace("\n", "")
    assert hostile.replace(" ", "") in text.replace(" ", "")
    assert "root:" not in text
