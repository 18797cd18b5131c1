"""PDF rendering with WeasyPrint, for the 履歴書 and the 職務経歴書.

- Fonts: the vendored BIZ UD fonts (``static/fonts/bizud/``), declared with ``@font-face`` in the
  stylesheets of ``resumes/pdf_styles/``; nothing depends on the fonts installed on the server.
- Fetching: ``StaticOnlyFetcher`` reads files under the project's ``static/`` folder and the photo
  given for this one document; any other URL (http, another path, ``..``) is refused. The HTML
  comes from our templates with every value escaped, so no path or URL comes from input.
- Kept: ``render_kept`` files the PDF under the card (``outputs.parts``): a download after the
  background render (``resumes.tasks``) or a second download of the same document renders nothing.
- Speed: the parsed stylesheet and WeasyPrint's font configuration are kept per thread and reused
  (parsing the CSS and registering the fonts is a large share of a cold render), and the tables use
  ``table-layout: fixed`` (no measuring of every cell's text). ``bench/resumes.py`` measures it.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.template.loader import render_to_string
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcherResponse

STYLES_DIR = Path(__file__).resolve().parent / "pdf_styles"
PHOTO_URL = "resume-photo:current"


def static_dir() -> Path:
    return (Path(settings.BASE_DIR) / "static").resolve()


def base_url() -> str:
    return static_dir().as_uri() + "/"


class StaticOnlyFetcher:
    """A WeasyPrint URL fetcher that reads only our static files (and this document's photo)."""

    def __init__(self, photo: bytes | None = None):
        self.photo = photo

    def __call__(self, url: str) -> URLFetcherResponse:
        if url == PHOTO_URL:
            if not self.photo:
                raise ValueError("no photo for this document")
            return URLFetcherResponse(url, self.photo, {"Content-Type": "image/jpeg"})
        parsed = urlparse(url)
        if parsed.scheme != "file" or parsed.netloc not in ("", "localhost"):
            raise ValueError(f"refused to fetch {parsed.scheme or 'a relative'} URL")
        path = Path(unquote(parsed.path)).resolve()
        root = static_dir()
        if not path.is_relative_to(root) or not path.is_file():
            raise ValueError("refused to read a file outside the static folder")
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": mime})


def stylesheet_text(name: str) -> str:
    """The CSS of a document: the fonts, then ``pdf_styles/<name>.css``."""
    return (STYLES_DIR / "fonts.css").read_text(encoding="utf-8") + (STYLES_DIR / f"{name}.css").read_text(
        encoding="utf-8"
    )


_local = threading.local()


def _prepared(name: str) -> tuple[CSS, FontConfiguration]:
    cache = getattr(_local, "styles", None)
    if cache is None:
        cache = _local.styles = {}
    if name not in cache:
        font_config = getattr(_local, "font_config", None) or FontConfiguration()
        _local.font_config = font_config
        css = CSS(
            string=stylesheet_text(name),
            base_url=base_url(),
            url_fetcher=StaticOnlyFetcher(),
            font_config=font_config,
        )
        cache[name] = css
    return cache[name], _local.font_config


def render_html(html: str, style: str, *, photo: bytes | None = None) -> bytes:
    css, font_config = _prepared(style)
    document = HTML(string=html, base_url=base_url(), url_fetcher=StaticOnlyFetcher(photo))
    return document.write_pdf(stylesheets=[css], font_config=font_config)


def render_template(template: str, context: dict, style: str, *, photo: bytes | None = None) -> bytes:
    return render_html(render_to_string(template, context), style, photo=photo)


def render_kept(
    template: str, context: dict, style: str, *, photo: bytes | None = None, scope: str | None = None
) -> bytes:
    """``render_template``, kept under the card's ``scope`` (``outputs.parts``) until the HTML, the
    stylesheet or the photo changes: a second download of the same document renders nothing."""
    from outputs.parts import Part, render_parts

    html = render_to_string(template, context)
    photo_digest = hashlib.sha256(photo).hexdigest() if photo else ""
    part = Part(title=template, html=html, variant=f"resumes:{style}:{photo_digest}")
    assembly = render_parts([part], scope, render=lambda p: render_html(p.html, style, photo=photo))
    return assembly.pdfs[0]
