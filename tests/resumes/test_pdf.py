"""The PDF renderer reads only our static files and this document's photo; text is text."""

import datetime
import io
import re

import pytest
from pypdf import PdfReader

from resumes import pdf, rirekisho
from resumes.options import RirekishoChoices
from resumes.sources import Basics
from resumes.views import rirekisho_pdf_context


def test_fetcher_reads_the_vendored_fonts():
    fetcher = pdf.StaticOnlyFetcher()
    response = fetcher(pdf.base_url() + "fonts/bizud/BIZUDMincho-Regular.ttf")
    assert response.read(4) == b"\x00\x01\x00\x00"


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/font.ttf",
        "https://127.0.0.1/static/fonts/bizud/BIZUDMincho-Regular.ttf",
        "file:///etc/passwd",
        "file://otherhost/etc/passwd",
        "data:text/plain,hello",
        "ftp://example.com/x",
    ],
)
def test_fetcher_refuses_everything_else(url):
    with pytest.raises(ValueError):
        pdf.StaticOnlyFetcher()(url)


def test_fetcher_refuses_paths_out_of_static():
    with pytest.raises(ValueError):
        pdf.StaticOnlyFetcher()(pdf.base_url() + "../manage.py")
    with pytest.raises(ValueError):
        pdf.StaticOnlyFetcher()(pdf.base_url() + "%2e%2e/pyproject.toml")
    with pytest.raises(ValueError):
        pdf.StaticOnlyFetcher()(pdf.PHOTO_URL)  # no photo given for this document


def test_markup_in_the_text_is_printed_as_text(settings):
    doc = rirekisho.build(
        Basics(last_name='<img src="file:///etc/passwd">'),
        {},
        RirekishoChoices(wishes="<b>太字</b> & <script>"),
        today=datetime.date(2025, 6, 15),
    )
    body = pdf.render_template("resumes/pdf/rirekisho.html", rirekisho_pdf_context(doc), "rirekisho")
    reader = PdfReader(io.BytesIO(body))
    text = "".join(re.sub(r"\s+", "", page.extract_text()) for page in reader.pages)
    assert '<imgsrc="file:///etc/passwd">' in text
    assert "<b>太字</b>&<script>" in text
    assert not reader.pages[0].images
