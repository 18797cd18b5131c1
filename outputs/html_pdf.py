"""HTML → PDF with WeasyPrint, for prints of pages editors write (the forms themselves are drawn with
Typst: ``outputs.typst_render``); the vendored BIZ UD fonts embedded, nothing fetched from outside.

``render_pdf(html_or_template, context=None)`` is the one entry point. It adds a stylesheet
declaring the BIZ UD fonts (``FONT_CSS``) and renders with ``static_url_fetcher``: the only
resources a document can load are files under our static folders (fonts, CSS, images), addressed
as ``/static/...``. No network, no ``file:`` paths, no ``data:``
URLs; a refused resource is skipped (WeasyPrint logs a warning) and the document still renders.
User text reaches the HTML only through Django's autoescaping, so it can never become a URL.

Relative URLs resolve against ``BASE_URL``, an address under the reserved ``.invalid`` domain that
no resolver will ever answer: even a fetcher bug could not reach the network through it.
"""

from __future__ import annotations

import atexit
import functools
import mimetypes
import posixpath
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template import Template
from django.template.loader import render_to_string

BASE_URL = "https://static.jobcard.invalid/"
ALLOWED_SUFFIXES = {".ttf", ".otf", ".woff", ".woff2", ".css", ".png", ".jpg", ".jpeg", ".gif", ".svg"}
FONT_FAMILY = '"BIZ UDPGothic", "BIZ UDGothic"'
MINCHO_FAMILY = '"BIZ UDPMincho", "BIZ UDMincho"'

FONT_DIR = "/static/fonts/bizud/"
_FACES = (
    ("BIZ UDPGothic", 400, "BIZUDPGothic-Regular.ttf"),
    ("BIZ UDPGothic", 700, "BIZUDPGothic-Bold.ttf"),
    ("BIZ UDGothic", 400, "BIZUDGothic-Regular.ttf"),
    ("BIZ UDGothic", 700, "BIZUDGothic-Bold.ttf"),
    ("BIZ UDPMincho", 400, "BIZUDPMincho-Regular.ttf"),
    ("BIZ UDMincho", 400, "BIZUDMincho-Regular.ttf"),
)
FONT_CSS = (
    "\n".join(
        f'@font-face {{ font-family: "{family}"; font-weight: {weight}; src: url("{FONT_DIR}{file}"); }}'
        for family, weight, file in _FACES
    )
    + '\nhtml { font-family: "BIZ UDPGothic", "BIZ UDGothic", sans-serif; }\n'
)


class RefusedResource(ValueError):
    """A document asked for something other than one of our static files."""


def _static_prefixes() -> list[str]:
    """``/static/`` (what FONT_CSS and documents use) and the path of ``STATIC_URL`` if different."""
    return list(dict.fromkeys(["/static/", urlsplit(settings.STATIC_URL).path or "/static/"]))


def _static_path(url: str) -> Path:
    parts = urlsplit(url)
    base = urlsplit(BASE_URL)
    if (parts.scheme, parts.netloc) != (base.scheme, base.netloc):
        raise RefusedResource(f"only our static files may be loaded, not {parts.scheme}: URLs")
    path = unquote(parts.path)
    prefix = next((p for p in _static_prefixes() if path.startswith(p)), None)
    if prefix is None:
        raise RefusedResource("only paths under STATIC_URL may be loaded")
    relative = path[len(prefix) :]
    normalised = posixpath.normpath(relative)
    if normalised.startswith(("..", "/")) or "\\" in relative or "\0" in relative or normalised != relative:
        raise RefusedResource("path traversal refused")
    if Path(normalised).suffix.lower() not in ALLOWED_SUFFIXES:
        raise RefusedResource("file type refused")
    found = finders.find(normalised)
    if not found:
        raise RefusedResource("no such static file")
    return Path(found)


@functools.lru_cache(maxsize=16)
def _read_static(path: str, mtime: float) -> bytes:
    return Path(path).read_bytes()


def static_url_fetcher(url: str, *args, **kwargs):
    """WeasyPrint URL fetcher that serves our static files and refuses everything else."""
    from weasyprint.urls import URLFetcherResponse

    path = _static_path(url)
    body = _read_static(str(path), path.stat().st_mtime)  # fonts are read once per process
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return URLFetcherResponse(url, body=body, headers={"Content-Type": mime})


_local = threading.local()
# Drop the main thread's fonts before the interpreter tears WeasyPrint's C bindings down.
atexit.register(lambda: _local.__dict__.pop("fonts", None))


def _font_config_and_css():
    """One FontConfiguration (and the parsed font CSS) per thread, reused across documents."""
    cached = getattr(_local, "fonts", None)
    if cached is None:
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        font_config = FontConfiguration()
        css = CSS(string=FONT_CSS, base_url=BASE_URL, url_fetcher=static_url_fetcher, font_config=font_config)
        cached = _local.fonts = (font_config, css)
    return cached


def render_html(html_or_template, context: dict | None = None, request=None) -> str:
    """The HTML for ``render_pdf``: a template name, a ``Template``, or an HTML string as is."""
    if isinstance(html_or_template, Template):
        from django.template import Context

        return html_or_template.render(Context(context or {}))
    if hasattr(html_or_template, "render") and not isinstance(html_or_template, str):
        return html_or_template.render(context or {}, request)
    if isinstance(html_or_template, str) and "<" not in html_or_template:
        return render_to_string(html_or_template, context or {}, request=request)
    return html_or_template


def render_pdf(html_or_template, context: dict | None = None, *, request=None, stylesheets=()) -> bytes:
    """A PDF (bytes) of an HTML string or a template rendered with ``context``.

    The BIZ UD fonts are declared for every document (``font-family: "BIZ UDPGothic"`` and the
    others in ``FONT_CSS``); add page rules and styles in the HTML itself or as ``stylesheets``
    (strings of CSS).
    """
    from weasyprint import CSS, HTML

    html = render_html(html_or_template, context, request)
    font_config, font_css = _font_config_and_css()
    sheets = [font_css] + [
        CSS(string=s, base_url=BASE_URL, url_fetcher=static_url_fetcher, font_config=font_config)
        for s in stylesheets
    ]
    document = HTML(string=html, base_url=BASE_URL, url_fetcher=static_url_fetcher)
    return document.write_pdf(stylesheets=sheets, font_config=font_config)
