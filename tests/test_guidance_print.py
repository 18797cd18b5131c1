"""「印刷用PDF」 of guidance pages (#17 item 6): WeasyPrint renders the page's text and blocks, kept per
live revision; drafts, restricted pages and other page types answer 404."""

import io
from unittest import mock

import pytest
from django.core.cache import cache
from pypdf import PdfReader
from wagtail.models import Page, PageViewRestriction

from guidance_pages import prints
from guidance_pages.models import HowToPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def text_of(response) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


@pytest.fixture
def quick():
    cache.clear()
    return HowToPage.objects.get(locale__language_code="ja", mode="quick")


def test_the_page_links_its_print_and_the_pdf_holds_its_text(client, quick):
    assert f"/print/{quick.pk}.pdf" in client.get(quick.url).content.decode()
    response = client.get(f"/print/{quick.pk}.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = text_of(response)
    assert quick.title.replace(" ", "") in text.replace(" ", "").replace("\n", "")
    assert "ジョブ・カード作成支援サイト" in text
    assert "を記入できます" in text  # the embedded sheet forms say where to fill them
    assert "この様式を記入する" not in text  # no buttons on paper


def test_kept_per_revision(client, quick):
    with mock.patch.object(prints, "render_pdf", wraps=prints.render_pdf) as render:
        client.get(f"/print/{quick.pk}.pdf")
        client.get(f"/print/{quick.pk}.pdf")
        assert render.call_count == 1
        quick.title = "ジョブ・カードをすぐに作る（改訂版）"
        quick.save_revision().publish()
        text = text_of(client.get(f"/print/{quick.pk}.pdf"))
        assert render.call_count == 2
    assert "改訂版" in text


def test_drafts_restricted_pages_and_other_pages_do_not_print(client, quick):
    home = Page.objects.get(depth=2, locale__language_code="ja")
    assert client.get(f"/print/{home.pk}.pdf").status_code == 404
    assert client.get("/print/999999.pdf").status_code == 404
    PageViewRestriction.objects.create(page=quick, restriction_type="password", password="secret-2026")
    assert client.get(f"/print/{quick.pk}.pdf").status_code == 404
    PageViewRestriction.objects.filter(page=quick).delete()
    quick.unpublish()
    assert client.get(f"/print/{quick.pk}.pdf").status_code == 404
    assert client.post(f"/print/{quick.pk}.pdf").status_code in (403, 405)
