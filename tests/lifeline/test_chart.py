"""The chart: SVG for pages, my page and the PDF (lifeline.render.chart_svg), and its table."""

import io

import defusedxml.ElementTree as ET
import pytest
from django.template.loader import render_to_string

from lifeline.models import LifelinePoint
from lifeline.render import Point, chart_svg, describe, render_points
from sheets.models import Card
from tests.markup import squash

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def card():
    card, _key = Card.create_anonymous()
    for age, satisfaction, event in [
        (6, 30, "小学校入学"),
        (18, 80, "高校の部活動で県大会に出場"),
        (22, -40, "就職活動"),
        (35, 0, ""),
        (40, 60, "<b>管理職に</b> & 昇進"),
    ]:
        LifelinePoint.objects.create(card=card, age=age, satisfaction=satisfaction, event=event)
    return card


def test_chart_svg_is_accessible_and_escapes_text(card):
    svg = str(chart_svg(card))
    root = ET.fromstring(svg)  # well-formed XML
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "lifeline-title lifeline-desc"
    assert root.find(f"{SVG}title").text == "ライフラインチャート"
    desc = root.find(f"{SVG}desc").text
    assert desc == (
        "6歳から40歳までの5件の出来事の満足度を、−100から＋100の折れ線で表しています。"
        "最も高いのは18歳「高校の部活動で県大会に出場」（+80）、最も低いのは22歳「就職活動」（−40）です。"
    )
    assert len(root.findall(f"{SVG}circle")) == 5
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "年齢（歳）" in texts and "満足度" in texts and "+100" in texts and "−100" in texts
    assert "小学校入学" in texts
    assert "高校の部活動で県大会に…" in texts  # long labels are shortened; the table has them in full
    assert "<b>" not in svg and "&lt;b&gt;管理職に" in svg
    # Points are joined in age order.
    path = root.find(f"{SVG}path").get("d")
    assert path.startswith("M") and path.count("L") == 4


def test_chart_svg_ids_and_size_can_be_set(card):
    root = ET.fromstring(str(chart_svg(card, width=800, height=400, id_prefix="pdf-lifeline")))
    assert (root.get("width"), root.get("height"), root.get("viewBox")) == ("800", "400", "0 0 800 400")
    assert root.find(f"{SVG}title").get("id") == "pdf-lifeline-title"


def test_no_points_no_chart():
    card, _key = Card.create_anonymous()
    assert chart_svg(card) == ""
    assert chart_svg(None) == ""
    assert describe([]) == "まだ出来事が入力されていません。"


def test_a_single_point_still_draws():
    root = ET.fromstring(str(render_points([Point(100, -100, "")])))
    assert len(root.findall(f"{SVG}circle")) == 1
    ages = [t.text for t in root.iter(f"{SVG}text") if t.get("text-anchor") == "middle" and t.text.isdigit()]
    assert ages == ["100", "105", "110"]


def test_the_include_shows_the_chart_and_the_table(card, rf):
    html = squash(
        render_to_string("lifeline/includes/chart.html", {"card": card}, request=rf.get("/mypage/"))
    )
    assert '<h2 id="lifeline-heading" class="lifeline-chart__heading">ライフラインチャート</h2>' in html
    assert 'role="img"' in html
    assert html.count("<tr>") == 6
    assert (
        '<th scope="row">40歳</th><td class="lifeline-table__value">+60</td>'
        "<td>&lt;b&gt;管理職に&lt;/b&gt; &amp; 昇進</td>" in html
    )
    assert '<th scope="row">35歳</th><td class="lifeline-table__value">0</td><td>—</td>' in html
    assert 'href="/lifeline/">ライフラインチャートを変更する</a>' in html
    empty = render_to_string(
        "lifeline/includes/chart.html", {"card": None, "heading_level": 3}, request=rf.get("/")
    )
    assert "<h3" in empty and "まだ出来事が入力されていません。" in empty and "<svg" not in empty
    assert "ライフラインチャートを作る" in empty


def test_the_svg_embeds_in_a_pdf(card):
    """What the PDF exporter does: put chart_svg(card) in the HTML WeasyPrint prints."""
    weasyprint = pytest.importorskip("weasyprint")
    from pypdf import PdfReader

    html = f'<html lang="ja"><body><h1>ライフラインチャート</h1>{chart_svg(card)}</body></html>'
    pdf = weasyprint.HTML(string=html).write_pdf()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("年齢（歳）", "満足度", "小学校入学", "就職活動"):
        assert expected in text
