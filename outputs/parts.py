"""The card's PDF put together from one PDF per sheet, each kept until what it shows changes.

WeasyPrint lays a page out in 40–200 ms of CPU (tables cost the most), so a whole card of 12
sheets takes seconds however it is tuned (docs/features/exports.md has the figures). A person
rarely changes more than one sheet between downloads, so each sheet is rendered as its own small
PDF ("part") and kept; a download renders only the parts whose HTML changed and joins the pages
with pikepdf (qpdf), which takes about 15 ms for 30 pages. ``outputs.tasks.prerender_card_pdf``
renders the parts in the background after each save, so the download usually renders nothing.

A part is found by the SHA-256 of its HTML (plus ``PART_FORMAT`` and the WeasyPrint version): the
HTML holds everything printed — data, 基本情報, chosen rows and fields, language, template — so a
stale part can never be served. Parts hold personal data: they live in the ``default`` cache (Redis
in production) under the card's id for ``JOBCARD_PDF_PART_SECONDS`` at most, and are removed with
the card (``outputs.signals``). A part's page numbers count the pages of its own sheet.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

from .pdf import render_pdf

logger = logging.getLogger(__name__)

PART_FORMAT = 1  # bump when rendering changes in a way the HTML does not show (fonts, options)
INDEX_LIMIT = 80  # part keys remembered per card (for deletion); older ones expire by themselves


@dataclass(frozen=True)
class Part:
    """One sheet (or the life-line page) as a standalone HTML document, with its bookmark title.

    ``variant`` names whatever else shapes the PDF besides the HTML (another stylesheet, the photo's
    SHA-256), so that it is part of the key too.
    """

    title: str
    html: str
    variant: str = ""

    @property
    def digest(self) -> str:
        import weasyprint

        text = f"{PART_FORMAT}\0{weasyprint.__version__}\0{self.variant}\0{self.html}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _render_card_part(part: Part) -> bytes:
    return render_pdf(part.html)


@dataclass
class Assembly:
    """What ``render_parts`` did: the parts' PDFs in order, and how many had to be rendered."""

    pdfs: list[bytes]
    rendered: int


def _key(scope: str, digest: str) -> str:
    return f"outputs:pdfpart:{scope}:{digest}"


def _index_key(scope: str) -> str:
    return f"outputs:pdfparts:{scope}"


def _timeout() -> int:
    return int(getattr(settings, "JOBCARD_PDF_PART_SECONDS", 7 * 24 * 60 * 60))


def render_parts(
    parts: list[Part], scope: str | None, render: Callable[[Part], bytes] | None = None
) -> Assembly:
    """Each part's PDF, from the cache when ``scope`` (``part_scope(card)``) has it, else ``render``-ed
    (by default: ``outputs.pdf.render_pdf`` of the part's HTML) and kept.

    With ``scope`` None nothing is read or kept (a card not yet stored has no id to file it under).
    """
    render = render or _render_card_part
    digests = [p.digest for p in parts]
    found = _safely(cache.get_many, [_key(scope, d) for d in digests], default={}) if scope else {}
    pdfs, fresh = [], {}
    for part, digest in zip(parts, digests, strict=True):
        key = _key(scope, digest) if scope else None
        pdf = found.get(key) or fresh.get(key)
        if pdf is None:
            pdf = render(part)
            if key:
                fresh[key] = pdf
        pdfs.append(pdf)
    if fresh:
        keep(scope, fresh)
    return Assembly(pdfs=pdfs, rendered=len(fresh) if scope else len(parts))


def _safely(operation, *args, default=None, **kwargs):
    """A cache call whose failure (Redis unreachable) only costs a render, never the download."""
    try:
        return operation(*args, **kwargs)
    except Exception as exc:  # any backend error means "not kept"
        logger.warning("PDF part cache unavailable (%s); rendering without it", type(exc).__name__)
        return default


def keep(scope: str, files: dict[str, bytes]) -> None:
    """Store ``files`` (cache key → bytes) for ``scope`` and remember their keys for ``forget``."""
    _safely(cache.set_many, files, timeout=_timeout())
    index = _safely(cache.get, _index_key(scope)) or []
    index = [k for k in index if k not in files] + list(files)
    _safely(cache.set, _index_key(scope), index[-INDEX_LIMIT:], timeout=_timeout())


def kept_file(scope: str | None, kind: str, payload, build: Callable[[], bytes]) -> tuple[bytes, bool]:
    """A file other than a PDF part (the card's xlsx) kept the same way: ``payload`` is everything
    that shapes the file (JSON-able); returns ``(bytes, built)`` with ``built`` False when kept."""
    if not scope:
        return build(), True
    text = json.dumps([kind, code_fingerprint(), payload], sort_keys=True, ensure_ascii=False, default=str)
    key = f"outputs:{kind}:{scope}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"
    found = _safely(cache.get, key)
    if found is not None:
        return found, False
    content = build()
    keep(scope, {key: content})
    return content, True


def _retag_subsets(pdf, *, salt: str) -> None:
    """Give each part's font subsets a tag of their own.

    WeasyPrint names a subset after the font file (``ABCDEF+BIZ-UDPGothic``), so every part of a
    card carries a different subset under the same name; a viewer that finds fonts by name could
    draw one part's text with another part's glyphs. PDF names subsets by a six-letter tag
    (ISO 32000-1, 9.6.4): each part's tag is derived from the part's position and content.
    """
    import pikepdf

    done = set()
    for page in pdf.pages:
        resources = page.obj.get("/Resources")
        fonts = resources.get("/Font") if resources is not None else None
        for _key, font in (fonts or {}).items():
            if font.objgen in done:
                continue
            done.add(font.objgen)
            for target in [font, *font.get("/DescendantFonts", [])]:
                name = str(target.get("/BaseFont", ""))
                if len(name) < 8 or name[7] != "+" or not name[1:7].isupper():
                    continue
                digest = hashlib.sha256(f"{salt}:{name}".encode()).digest()
                tag = "".join(chr(ord("A") + b % 26) for b in digest[:6])
                renamed = pikepdf.Name(f"/{tag}{name[7:]}")
                target.BaseFont = renamed
                descriptor = target.get("/FontDescriptor")
                if descriptor is not None:
                    descriptor.FontName = renamed


@functools.cache
def code_fingerprint() -> str:
    """SHA-256 of the code that turns a card into a file that is not HTML (the xlsx writer, the
    layout, the sheet definitions) and of the library versions: a deploy that changes any of them
    makes every kept file stale."""
    import openpyxl
    import weasyprint

    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"{openpyxl.__version__}\0{weasyprint.__version__}".encode())
    files = sorted([*(root / "outputs").glob("*.py"), *(root / "forms" / "definitions").glob("*.py")])
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def forget(scope: str) -> None:
    """Remove every part kept for ``scope`` (the card is being deleted)."""
    index = _safely(cache.get, _index_key(scope)) or []
    _safely(cache.delete_many, [*index, _index_key(scope)])


def join(pdfs: list[bytes], titles: list[str], *, title: str, lang: str = "ja") -> bytes:
    """One PDF of the given PDFs' pages in order, with a bookmark per part and the document title."""
    import pikepdf

    if len(pdfs) == 1:
        return pdfs[0]
    out = pikepdf.new()
    sources = []  # kept open until saved: the copied pages still point into them
    with out.open_outline() as outline:
        for pdf, part_title in zip(pdfs, titles, strict=True):
            source = pikepdf.open(io.BytesIO(pdf))
            _retag_subsets(source, salt=f"{len(sources)}:{hashlib.sha256(pdf).hexdigest()}")
            sources.append(source)
            first = len(out.pages)
            out.pages.extend(source.pages)
            if part_title:
                outline.root.append(pikepdf.OutlineItem(part_title, first))
    with pikepdf.open(io.BytesIO(pdfs[0])) as first_part:
        info = {k: v for k, v in first_part.docinfo.items() if k in ("/Producer", "/Creator")}
    for key, value in info.items():
        out.docinfo[key] = value
    out.docinfo["/Title"] = title
    out.Root.Lang = pikepdf.String(lang)
    buffer = io.BytesIO()
    out.save(buffer, compress_streams=True)
    for source in sources:
        source.close()
    return buffer.getvalue()
