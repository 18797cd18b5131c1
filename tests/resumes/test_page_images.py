"""The preview shows the pages as the PDF draws them: Typst SVG pages, private to their owner, a new
URL whenever a page changes, and the same content as text beside them."""

import gzip

import pytest
from django.test import Client

from .test_pages import form_data

pytestmark = pytest.mark.django_db

PAGES = {"/resume/": "/resume/preview/", "/resume/shokumu/": "/resume/shokumu/preview/"}


def _images(response) -> list[str]:
    return [url for _number, url in response.context["page_images"]]


@pytest.mark.parametrize("url", PAGES)
def test_the_preview_is_the_pdfs_pages_with_the_text_beside(signed_in, fixed_today, url):
    page = signed_in.get(url)
    images = _images(page)
    assert images and all(i.startswith(PAGES[url]) and "?v=" in i for i in images)
    html = page.content.decode()
    assert all(f'src="{i.replace("&", "&amp;")}"' in html for i in images)
    assert 'class="resume-text"' in html and "文字で確認する" in html  # the text version
    assert "山田" in html.split('class="resume-text"')[1]

    svg = signed_in.get(images[0])
    assert svg.status_code == 200
    assert svg["Content-Type"] == "image/svg+xml"
    assert svg["Cache-Control"] == "private, max-age=3600"
    assert svg.content.startswith(b"<svg") and b"<script" not in svg.content
    zipped = signed_in.get(images[0], headers={"Accept-Encoding": "gzip"})
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == svg.content
    assert len(zipped.content) < len(svg.content) / 2

    assert signed_in.get(f"{PAGES[url]}{len(images) + 1}.svg").status_code == 404
    assert signed_in.get(f"{PAGES[url]}0.svg").status_code == 404


def test_a_change_gives_new_page_urls(signed_in, fixed_today):
    page = signed_in.get("/resume/shokumu/")
    before = _images(page)
    response = signed_in.post(
        "/resume/shokumu/", form_data(page, pr="数字に強く、正確です。"), headers={"X-Resume-Preview": "1"}
    )
    assert response.status_code == 200
    after = _images(response)
    assert after != before and response.content.decode().lstrip().startswith('<div class="resume-pages"')
    assert _images(signed_in.get("/resume/shokumu/")) == after  # unchanged: the same URLs (cached)


def test_each_person_gets_their_own_pages(signed_in, fixed_today):
    own = signed_in.get(_images(signed_in.get("/resume/"))[0]).content
    stranger = Client()
    other = stranger.get(_images(signed_in.get("/resume/"))[0])  # the same URL, another browser
    assert other.status_code == 200 and other.content != own  # drawn from the stranger's empty draft
