"""「印刷用PDF」 of a guidance page (#17 item 6): the page's own text and blocks as an A4 document,
rendered with WeasyPrint (HTML is what it is best at) and kept per page revision and language.

The key holds the live revision, so publishing a change makes a new PDF and the old one simply
expires (``GUIDANCE_PRINT_SECONDS``). Only live, public guidance pages print: a draft, a page with
a view restriction or another page type answers 404. Interactive blocks say where to use them
instead (the sheet forms, videos); images from the media library are left out (the renderer loads
only our static files).
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone, translation

from outputs.html_pdf import render_pdf

PRINT_CSS = """
@page {
  size: A4; margin: 18mm 16mm 20mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; }
}
body { font-family: "BIZ UDPGothic"; font-size: 10.5pt; line-height: 1.7; color: #1a1a1a; }
h1 { font-size: 17pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 0.6pt solid #333; }
h3 { font-size: 11.5pt; margin: 4mm 0 1mm; }
.lead { font-size: 11pt; }
a { color: inherit; }
.print-meta { font-size: 8.5pt; color: #444; border-bottom: 0.6pt solid #999; padding-bottom: 2mm; }
.print-meta { margin-bottom: 5mm; }
.print-note { border: 0.6pt solid #666; padding: 2mm 3mm; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.5pt solid #666; padding: 1.5mm; vertical-align: top; }
img, video, script, button, .video-facade, form, link { display: none; }
details > summary { font-weight: bold; list-style: none; }
"""


def cache_key(page) -> str:
    language = translation.get_language() or settings.LANGUAGE_CODE
    raw = f"{page.pk}:{page.live_revision_id}:{language}:{hashlib.sha256(PRINT_CSS.encode()).hexdigest()[:8]}"
    return f"guidance:print:{raw}"


def print_pdf(page, request) -> bytes:
    """The page's PDF, kept per live revision and language."""
    key = cache_key(page)
    kept = cache.get(key)
    if kept is not None:
        return kept
    html = render_to_string(
        "guidance_pages/print.html",
        {
            "page": page,
            "print_mode": True,
            "printed_on": timezone.localdate(),
            "site_url": request.build_absolute_uri(page.url),
        },
        request=request,
    )
    pdf = render_pdf(html, request=request, stylesheets=[PRINT_CSS])
    cache.set(key, pdf, settings.GUIDANCE_PRINT_SECONDS)
    return pdf
