"""The card's PDF from Typst: every field's value printed, 1-1 on one A4 page like the official form,
tagged (PDF/UA-1, /Lang ja, a title, a bookmark per sheet), the life-line chart with its data
table, sheet 2 never leaving a row or two alone, and the renderer's confinement (data as JSON, our
fonts only, no file outside the template folder)."""

from __future__ import annotations

import io
import re

import pikepdf
import pytest
from pypdf import PdfReader

from lifeline.models import LifelinePoint
from outputs import typst_render
from outputs.exports import card_picks, export_pdf, pdf_data
from outputs.layout import sheet_layout
from sheets.services import save_version

from .conftest import entry_of, pdf_text, post_choice

pytestmark = pytest.mark.django_db


def _pages(content: bytes) -> int:
    return len(PdfReader(io.BytesIO(content)).pages)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_sheet_prints_every_value_it_holds(card, person):
    from outputs.profile import profile_values

    picks = card_picks(card)
    content = export_pdf(picks, profile_values(person))
    text = _flat("".join(pdf_text(content)))
    missing = []
    for pick in picks:
        layout = sheet_layout(pick)
        assert _flat(layout.title) in text
        for section in layout.sections:
            for block in section.blocks:
                values = []
                if block.kind == "pairs":
                    values = [p.text for p in block.pairs]
                elif block.kind == "box":
                    values = [block.text]
                elif block.kind == "table":
                    values = [c.text for r in block.rows for c in r.cells if not c.struck]
                elif block.kind == "grid":
                    values = [r.label for g in block.groups for r in g.rows]
                missing += [(pick.code, v) for v in values if v and _flat(v) not in text]
    assert not missing, missing[:10]
    for japanese in ("基本情報", "山田 花子".replace(" ", ""), "キャリアコンサルティング実施者の記入欄"):
        assert japanese in text


def test_sheet_1_1_fits_one_a4_page_with_the_consultant_box(signed_in, card):
    content = post_choice(signed_in, card, "pdf", sheets={"1-1"}).content
    assert _pages(content) == 1
    text = pdf_text(content)[0]
    assert "キャリアコンサルティング実施者の記入欄" in text
    consultant = entry_of(card, "1-1").saved_data.get("consultant_name")
    assert consultant and consultant in text  # what the consultant wrote, and who, as today


def test_pdf_is_tagged_with_language_title_and_a_bookmark_per_sheet(signed_in, card):
    content = post_choice(signed_in, card, "pdf").content
    with pikepdf.open(io.BytesIO(content)) as pdf:
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.Root.Lang) == "ja"
        assert bool(pdf.Root.MarkInfo.Marked)
        assert pdf.Root.ViewerPreferences.DisplayDocTitle
        assert "ジョブ・カード" in str(pdf.open_metadata().get("dc:title", ""))
        assert "pdfuaid:part" in str(pdf.Root.Metadata.read_bytes())
        with pdf.open_outline() as outline:
            titles = [item.title for item in outline.root]
        roles = set()
        stack = [pdf.Root.StructTreeRoot]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Dictionary):
                if "/S" in node:
                    roles.add(str(node.S))
                kids = node.get("/K")
                if isinstance(kids, pikepdf.Array):
                    stack.extend(kids)
                elif isinstance(kids, pikepdf.Dictionary):
                    stack.append(kids)
    assert titles == [entry.definition.title for entry in card.entries.order_by("pk")]
    assert {"/H1", "/Table", "/TH", "/TD"} <= roles, roles


def test_lifeline_page_has_readable_labels_and_a_data_table(signed_in, card):
    LifelinePoint.objects.create(card=card, age=22, satisfaction=60, event="初めての就職")
    LifelinePoint.objects.create(card=card, age=35, satisfaction=-40, event="転職活動")
    content = post_choice(signed_in, card, sheets={"2"}, extra={"lifeline": "1"}).content
    last = pdf_text(content)[-1]
    assert "ライフラインチャート" in last
    for expected in (
        "年齢",
        "満足度",
        "出来事",
        "22歳",
        "+60",
        "初めての就職",
        "35歳",
        "\u221240",
        "転職活動",
    ):
        assert expected in last, expected
    with pikepdf.open(io.BytesIO(content)) as pdf:
        alts = [
            str(obj.get("/Alt"))
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Dictionary) and "/Alt" in obj
        ]
    assert any("22歳から35歳まで" in alt for alt in alts), alts


def _sheet2_with_jobs(card, n):
    entry = entry_of(card, "2")
    jobs = [
        {
            "period_from": f"{2000 + i}-04",
            "period_to": f"{2000 + i}-09",
            "company_name": f"会社{i:02d}番",
            "employment_type": "regular",
            "duties": "請求書の発行と経費精算、備品管理、月次の締め作業を担当しました。" * 3
            + f"（終わり{i:02d}）",
        }
        for i in range(n)
    ]
    save_version(entry, dict(entry.saved_data, jobs=jobs), entry.lock_version, card.owner)


@pytest.mark.parametrize("jobs", [7, 8, 9, 10, 11, 12])
def test_sheet_2_never_leaves_one_or_two_rows_alone_on_a_page(signed_in, card, jobs):
    _sheet2_with_jobs(card, jobs)
    pages = pdf_text(post_choice(signed_in, card, "pdf", sheets={"2"}).content)
    rows_per_page = [len(re.findall(r"会社\d\d番", text)) for text in pages]
    assert sum(rows_per_page) == jobs
    used = [n for n in rows_per_page if n]
    assert used[0] >= 2 and used[-1] >= 3, rows_per_page  # no lone first or last rows
    assert all("会社名" in text for text, n in zip(pages, rows_per_page, strict=True) if n)  # header repeated


def test_narrow_columns_keep_their_words_whole(signed_in, card):
    _sheet2_with_jobs(card, 3)
    pages = pdf_text(post_choice(signed_in, card, "pdf", sheets={"2"}).content)
    text = "\n".join(pages)
    assert "雇用形態" in text  # the heading is not broken inside the word
    assert "期間（開始）" in text and "期間（終了）" in text
    for i in range(3):
        assert f"{2000 + i}年4月" in text and f"{2000 + i}年9月" in text


def test_blank_form_of_1_1_is_one_page_and_tagged(client):
    response = client.get("/card/download/blank/1-1.pdf")
    assert response.status_code == 200
    assert _pages(response.content) == 1
    with pikepdf.open(io.BytesIO(response.content)) as pdf:
        assert "/StructTreeRoot" in pdf.Root and str(pdf.Root.Lang) == "ja"


def test_long_latin_text_in_narrow_cells_wraps_inside_the_page(card, person):
    from outputs.profile import profile_values

    entry = entry_of(card, "2")
    url = "https://example.jp/" + "very-long-path-segment/" * 3
    jobs = [{"period_from": "2001-04", "period_to": "2002-03", "company_name": url, "department": url}]
    save_version(entry, dict(entry.saved_data, jobs=jobs), entry.lock_version, card.owner)
    content = export_pdf([p for p in card_picks(card) if p.code == "2"], profile_values(person))
    assert _flat(url) in _flat("".join(pdf_text(content)))  # whole, on several lines
    assert _pages(content) == 1


# The renderer --------------------------------------------------------------------------------------


def test_templates_import_no_packages_and_read_no_files():
    for path in typst_render.TEMPLATE_DIR.glob("*.typ"):
        source = path.read_text(encoding="utf-8")
        assert "@preview" not in source and "@local" not in source, path.name
        assert "read(" not in source, path.name


def test_only_the_vendored_fonts_are_known():
    families = set(typst_render._fonts().families())
    assert families == {"BIZ UDGothic", "BIZ UDPGothic", "BIZ UDMincho", "BIZ UDPMincho"}


def test_a_template_outside_the_folder_is_refused():
    with pytest.raises(typst_render.RenderError):
        typst_render.render("../typst_render", {})
    with pytest.raises(typst_render.RenderError):
        typst_render.render("no-such-template", {})


def test_rayon_uses_one_thread():
    import os

    assert os.environ["RAYON_NUM_THREADS"] == "1"


def test_pdf_data_is_plain_json(card):
    import json

    data = pdf_data(card_picks(card), [])
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
