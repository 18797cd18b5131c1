"""The 履歴書 and 職務経歴書 PDFs (Typst, rendered in the request): text is text, the photo only when
given, tagged PDF/UA with /Lang ja, every value printed, page counts, and a change printed at once."""

import dataclasses
import datetime
import io
import re

import pikepdf
import pytest
from django.urls import reverse
from pypdf import PdfReader

from resumes import pdf, rirekisho, shokumu
from resumes.options import RirekishoChoices, ShokumuChoices
from resumes.sources import Basics
from sheets import services
from sheets.models import Card

from .test_pages import pdf_text

TODAY = datetime.date(2025, 6, 15)


def _text(body: bytes) -> str:
    return "".join(re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(io.BytesIO(body)).pages)


def test_markup_in_the_text_is_printed_as_text():
    doc = rirekisho.build(
        Basics(last_name='<img src="file:///etc/passwd">', first_name='#read("/etc/passwd")'),
        {},
        RirekishoChoices(wishes='<b>太字</b> & <script> $x$ *強調* #image("/etc/hostname")'),
        today=TODAY,
    )
    body = pdf.render_rirekisho(doc)
    reader = PdfReader(io.BytesIO(body))
    text = _text(body)
    assert '<imgsrc="file:///etc/passwd">' in text and '#read("/etc/passwd")' in text
    assert '<b>太字</b>&<script>$x$*強調*#image("/etc/hostname")' in text
    assert "root:" not in text
    assert not reader.pages[0].images  # no photo given: the dashed box only


def test_rirekisho_is_two_tagged_pages_with_its_form_texts():
    doc = rirekisho.build(Basics(last_name="山田", first_name="花子"), {}, RirekishoChoices(), today=TODAY)
    body = pdf.render_rirekisho(doc)
    assert len(PdfReader(io.BytesIO(body)).pages) == 2
    text = _text(body)
    for expected in (
        "履歴書",
        "山田花子",
        "ふりがな",
        "現住所",
        "連絡先",
        "学歴・職歴",
        "免許・資格",
        "本人希望記入欄",
    ):
        assert expected in text, expected
    with pikepdf.open(io.BytesIO(body)) as document:
        assert "/StructTreeRoot" in document.Root and str(document.Root.Lang) == "ja"


def test_the_photo_is_printed_when_given():
    from PIL import Image

    from resumes.photo import process_bytes

    out = io.BytesIO()
    Image.new("RGB", (300, 400), "navy").save(out, "JPEG")
    doc = rirekisho.build(Basics(last_name="山田"), {}, RirekishoChoices(), today=TODAY)
    body = pdf.render_rirekisho(dataclasses.replace(doc, photo=process_bytes(out.getvalue())))
    assert len(PdfReader(io.BytesIO(body)).pages[0].images) == 1


def test_shokumu_prints_its_headings_and_values():
    doc = shokumu.build(
        Basics(last_name="山田", first_name="花子"),
        {},
        ShokumuChoices(summary="経理事務を10年担当しました。", skills="表計算ソフト", pr="正確さ"),
        today=TODAY,
    )
    body = pdf.render_shokumu(doc)
    text = _text(body)
    for expected in (
        "職務経歴書",
        "■職務要約",
        "経理事務を10年担当しました。",
        "■職務経歴",
        "記載する職務経歴はありません。",
        "■活かせる経験・知識・技術",
        "表計算ソフト",
        "■資格",
        "特になし",
        "■自己PR",
        "正確さ",
        "以上",
        "山田花子",
    ):
        assert expected in text, expected
    with pikepdf.open(io.BytesIO(body)) as document:
        assert "/StructTreeRoot" in document.Root and str(document.Root.Lang) == "ja"


@pytest.mark.django_db
def test_a_download_after_a_change_prints_the_change(signed_in, person, fixed_today):
    url = reverse("resumes:rirekisho_download", args=["pdf"])
    first = signed_in.get(url)
    assert first.status_code == 200 and first["Content-Type"] == "application/pdf"
    entry = Card.objects.get(owner=person).entries.get(sheet_code="3-1")
    data = entry.saved_data
    data["qualifications"][0]["name"] = "ITパスポート試験"
    services.save_version(entry, data, entry.lock_version, person)
    changed = signed_in.get(url)
    assert "ITパスポート試験" in "".join(pdf_text(changed.content))
    shokumu_pdf = signed_in.get(reverse("resumes:shokumu_download", args=["pdf"]))
    assert shokumu_pdf.status_code == 200 and "■職務経歴" in "".join(pdf_text(shokumu_pdf.content))
