"""The 履歴書 page: who sees what, the choices kept on the card, the downloaded files, the photo."""

import io
import re

import pytest
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

from resumes.models import ResumeDraft
from resumes.samples import small_sheets
from sheets.cards import get_card
from sheets.models import Card

from .conftest import TODAY, fill_card

pytestmark = pytest.mark.django_db

URL = "/resume/"


def pdf_text(body: bytes) -> list[str]:
    """Each page's text, with the spacing of letter-spaced headings removed."""
    reader = PdfReader(io.BytesIO(body))
    return [re.sub(r"[ \u3000]+", "", page.extract_text()) for page in reader.pages]


def form_data(response, **changes) -> dict:
    """What the browser would post back: the form's current values, changed by ``changes``."""
    form = response.context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        if name in ("photo", "delete_photo"):
            continue
        if isinstance(value, bool):
            if value:
                data[name] = "on"
        elif isinstance(value, list):
            data[name] = value
        elif value is not None:
            data[name] = str(value)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def jpeg(size=(900, 1200)) -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", size, (30, 120, 200)).save(out, "JPEG")
    out.seek(0)
    out.name = "photo.jpg"
    return out


# Who sees what ---------------------------------------------------------------------------------


def test_anonymous_visitor_without_a_card_gets_an_empty_form(client, fixed_today):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("no-store")
    html = response.content.decode()
    assert "履歴書をつくる" in html
    assert "学歴・職歴・免許・資格は空欄です" in html
    assert response.context["doc"].history == []
    assert not Card.objects.filter(owner__isnull=True).exists()  # looking creates nothing


def test_anonymous_card_is_read(anonymous, fixed_today):
    response = anonymous.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "東都大学　経済学部 経営学科　入学" in html
    assert "現在に至る" in html
    assert response.context["form"]["last_name"].value() == ""  # no account: nothing to prefill


def test_signed_in_person_sees_their_profile_and_sheets(signed_in, fixed_today):
    response = signed_in.get(URL)
    html = response.content.decode()
    assert "山田　花子" in html
    assert "平成2年4月1日生（満35歳）" in html
    assert "令和7年6月15日現在" in html
    assert "株式会社みなと商事　入社（総務部、正社員）" in html
    form = response.context["form"]
    assert form["last_name"].value() == "山田"
    assert form["birth_date"].value() == "1990年4月1日"


def test_english_prefix_serves_the_page(signed_in, fixed_today):
    assert signed_in.get("/en/resume/").status_code == 200


# Choosing what goes out -----------------------------------------------------------------------


def test_choices_are_saved_on_the_card_and_shown(signed_in, person, fixed_today):
    page = signed_in.get(URL)
    first_job = page.context["doc"].sources["jobs"][0]
    rows = [r for r in page.context["form"]["rows_jobs"].value() if r != first_job.id]
    data = form_data(
        page,
        include_birth_date=None,
        calendar="seireki",
        rows_jobs=rows,
        wishes="勤務地は東京都内を希望します。",
    )
    response = signed_in.post(URL, data)
    assert response.status_code == 302
    assert response["Location"] == "/resume/?updated=1#preview"

    draft = ResumeDraft.objects.get(card__owner=person, document="rirekisho")
    assert draft.data["include_birth_date"] is False
    assert draft.data["calendar"] == "seireki"
    assert draft.data["excluded_rows"] == [first_job.id]
    assert draft.data["basics"] == {}  # nothing differs from 登録情報
    assert draft.data["appeal"] is None  # still the 強み等 box
    assert draft.data["document_date"] is None  # follows the day of download

    html = signed_in.get("/resume/?updated=1").content.decode()
    assert "選んだ内容を保存し、プレビューを更新しました。" in html
    assert "1990年4月1日生" not in html
    assert "みなと商事" not in response.wsgi_request.path  # (sanity)
    doc = signed_in.get(URL).context["doc"]
    assert not any("みなと商事" in line.text for line in doc.history)
    assert doc.wishes == "勤務地は東京都内を希望します。"


def test_pdf_download_has_the_rows_in_order_and_leaves_out_the_birth_date(
    signed_in, fixed_today, monkeypatch
):
    events = []
    monkeypatch.setattr("resumes.views.record", lambda request, name, **kw: events.append((name, kw)))
    page = signed_in.get(URL)
    response = signed_in.post(URL, form_data(page, include_birth_date=None, action="pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert "20250615.pdf" in response["Content-Disposition"]
    assert events == [("download", {"document": "rirekisho", "format": "pdf"})]

    pages = pdf_text(response.content)
    assert len(pages) == 2
    first = pages[0]
    expected = [
        "学歴",
        "平成234東都大学経済学部経営学科入学",
        "平成273東都大学経済学部経営学科卒業",
        "職歴",
        "平成274株式会社みなと商事入社（総務部、正社員）",
        "令和23株式会社みなと商事退社",
        "令和24さくら会計事務所入社（パート・アルバイト）",
        "現在に至る",
        "以上",
    ]
    lines = first.split("\n")
    positions = [lines.index(text) for text in expected]  # whole lines, in this order
    assert positions == sorted(positions)
    assert "山田花子" in first and "令和7年6月15日現在" in first
    assert "1990" not in first and "平成2年4月1日" not in first and "満35歳" not in first
    assert "普通自動車第一種運転免許取得" in pages[1]
    assert "正確で丁寧な事務処理が得意です" in pages[1]  # 強み等 → アピールポイント


def test_pdf_uses_the_vendored_fonts(signed_in, fixed_today):
    body = signed_in.get(reverse("resumes:rirekisho_download", args=["pdf"])).content
    reader = PdfReader(io.BytesIO(body))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("BIZUDMincho" in name.replace("-", "") for name in fonts)  # subset of our font


def test_xlsx_download_cells(signed_in, fixed_today, monkeypatch):
    events = []
    monkeypatch.setattr("resumes.views.record", lambda request, name, **kw: events.append(kw))
    response = signed_in.get(reverse("resumes:rirekisho_download", args=["xlsx"]))
    assert response.status_code == 200
    assert events == [{"document": "rirekisho", "format": "xlsx"}]
    ws = load_workbook(io.BytesIO(response.content)).active
    assert ws.title == "履歴書"
    assert ws["C3"].value == "山田　花子"
    assert ws["A4"].value == "平成2年4月1日生（満35歳）"
    history = [(ws[f"A{r}"].value, ws[f"B{r}"].value, ws[f"C{r}"].value) for r in range(12, 12 + 10)]
    assert history[0] == (None, None, "学歴")
    assert history[1] == ("平成23", "4", "東都大学　経済学部 経営学科　入学")
    assert history[8] == (None, None, "現在に至る")
    assert history[9] == (None, None, "以上")
    assert ws["C12"].alignment.horizontal == "center"
    assert ws["C21"].alignment.horizontal == "right"
    assert len(ws.row_breaks.brk) == 1
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    values = [c.value for row in ws.iter_rows() for c in row if c.value]
    assert "日商簿記検定3級　取得" in values
    assert "正確で丁寧な事務処理が得意です。苦手な人前での説明は、事前準備で補っています。" in values


def test_unknown_format_is_404(signed_in):
    assert signed_in.get("/resume/download/docx/").status_code == 404
    assert signed_in.get("/resume/download/exe/").status_code == 404


# Errors keep what was typed ---------------------------------------------------------------------


def test_a_bad_photo_gives_a_japanese_error_next_to_the_field_and_keeps_the_rest(
    signed_in, person, fixed_today
):
    page = signed_in.get(URL)
    data = form_data(page, wishes="在宅勤務を希望します。", address="大阪府大阪市北区1-1")
    bad = io.BytesIO(b"GIF89a not really")
    bad.name = "photo.gif"
    data["photo"] = bad
    response = signed_in.post(URL, data)
    assert response.status_code == 400
    html = response.content.decode()
    message = "写真として読み込めませんでした。JPEG（.jpg）かPNG（.png）の画像を選んでください。"
    hidden = '<span class="visually-hidden">エラー：</span>'
    assert f'<p class="field-error" id="id_photo-error">{hidden}{message}</p>' in html
    assert 'aria-describedby="id_photo-error id_photo-hint"' in html
    assert "入力内容を確認してください" in html
    assert ">在宅勤務を希望します。</textarea>" in html
    assert 'value="大阪府大阪市北区1-1"' in html
    assert not ResumeDraft.objects.filter(card__owner=person).exists()  # nothing saved


def test_other_errors_are_shown_next_to_their_field(signed_in, fixed_today):
    page = signed_in.get(URL)
    response = signed_in.post(
        URL, form_data(page, birth_date="平成40年1月1日", last_name_kana="Yamada", document_date="あした")
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "平成は" in errors["birth_date"][0]
    assert "ひらがな" in errors["last_name_kana"][0]
    assert "年・月・日" in errors["document_date"][0]
    html = response.content.decode()
    assert 'id="id_birth_date-error"' in html and 'value="平成40年1月1日"' in html


def test_a_good_photo_is_cropped_stored_and_served_to_its_owner_only(
    signed_in, person, fixed_today, django_user_model
):
    page = signed_in.get(URL)
    data = form_data(page)
    data["photo"] = jpeg((1600, 1200))
    assert signed_in.post(URL, data).status_code == 302
    draft = ResumeDraft.objects.get(card__owner=person, document="rirekisho")
    stored = Image.open(io.BytesIO(bytes(draft.photo)))
    assert stored.size == (354, 472) and stored.format == "JPEG"

    photo = signed_in.get(reverse("resumes:photo"))
    assert photo.status_code == 200 and photo["Content-Type"] == "image/jpeg"
    assert photo.content == bytes(draft.photo)
    assert "no-store" in photo["Cache-Control"]

    page = signed_in.get(URL)
    assert page.context["photo_url"].startswith("/resume/photo/?v=")

    # Someone else — signed in or not — never gets it.
    other = django_user_model.objects.create_user(email="other@example.jp", password="x")
    fill_card(Card.objects.create(owner=other), small_sheets(), other)
    stranger = Client()
    assert stranger.get(reverse("resumes:photo")).status_code == 404
    stranger.force_login(other)
    assert stranger.get(reverse("resumes:photo")).status_code == 404

    # In the PDF: an image of 30 × 40 mm on page 1.
    body = signed_in.get(reverse("resumes:rirekisho_download", args=["pdf"])).content
    images = PdfReader(io.BytesIO(body)).pages[0].images
    assert len(images) == 1 and images[0].image.size == (354, 472)

    # Left out, then deleted.
    data = form_data(signed_in.get(URL), include_photo=None)
    signed_in.post(URL, data)
    body = signed_in.get(reverse("resumes:rirekisho_download", args=["pdf"])).content
    assert len(PdfReader(io.BytesIO(body)).pages[0].images) == 0
    assert "写真をはる位置" in pdf_text(body)[0]
    data = form_data(signed_in.get(URL), delete_photo="on")
    signed_in.post(URL, data)
    assert signed_in.get(reverse("resumes:photo")).status_code == 404


# Anonymous visitors ---------------------------------------------------------------------------


def test_anonymous_choices_go_on_their_own_card(anonymous, fixed_today):
    page = anonymous.get(URL)
    data = form_data(page, last_name="佐藤", first_name="一郎", birth_date="H2.4.1", action="pdf")
    response = anonymous.post(URL, data)
    assert response.status_code == 200
    text = pdf_text(response.content)[0]
    assert "佐藤一郎" in text and "平成2年4月1日生（満35歳）" in text
    draft = ResumeDraft.objects.get(card=anonymous.card)
    assert draft.data["basics"]["last_name"] == "佐藤"
    assert draft.data["basics"]["birth_date"] == "1990-04-01"


def test_anonymous_visitor_without_a_card_gets_one_when_saving(client, fixed_today):
    page = client.get(URL)
    response = client.post(URL, form_data(page, last_name="鈴木"))
    assert response.status_code == 302
    card = get_card(response.wsgi_request)
    assert card is not None and card.owner is None
    assert ResumeDraft.objects.get(card=card).data["basics"] == {"last_name": "鈴木"}


def test_the_javascript_preview_gets_the_preview_alone(signed_in, fixed_today):
    page = signed_in.get(URL)
    response = signed_in.post(URL, form_data(page, calendar="seireki"), headers={"X-Resume-Preview": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<div class="resume-pages"')
    assert "<form" not in html
    assert "2011" in html and "平成23" not in html
    bad = signed_in.post(URL, form_data(page, document_date="x"), headers={"X-Resume-Preview": "1"})
    assert bad.status_code == 400


def test_today_is_used_when_the_date_is_left_blank(signed_in, person, fixed_today):
    page = signed_in.get(URL)
    signed_in.post(URL, form_data(page, document_date="2025年7月1日"))
    draft = ResumeDraft.objects.get(card__owner=person)
    assert draft.data["document_date"] == "2025-07-01"
    signed_in.post(URL, form_data(signed_in.get(URL), document_date=""))
    draft.refresh_from_db()
    assert draft.data["document_date"] is None
    assert signed_in.get(URL).context["doc"].date_text == f"令和7年{TODAY.month}月{TODAY.day}日現在"
