"""The official forms (the Job Card, blank forms, 履歴書, 職務経歴書) as PDF, rendered with Typst.

``render(template, data)`` compiles ``outputs/typst/<template>.typ`` with ``data`` (anything
JSON-able) and returns the PDF's bytes:

- **Data, never source.** The data goes in as one JSON text through ``sys.inputs`` (the template
  reads it with ``json(bytes(sys.inputs.data))``); no Typst source is ever generated from a
  person's text, so nothing needs escaping and no text can become markup, a file path or code.
  Images (the 履歴書 photo) go in the same way, as a JSON array of byte values.
- **Fonts.** Only the vendored BIZ UD files (``static/fonts/bizud/``): system fonts and Typst's own
  embedded fonts are left out (``typst.Fonts(include_system_fonts=False, include_embedded_fonts=False)``
  and ``ignore_system_fonts=True``), so a PDF looks the same on every server.
- **Files.** The compiler's root is the template folder (``outputs/typst/``): a template can read
  nothing outside it (Typst refuses paths that leave the root), and the templates import no
  packages (a test checks it), so nothing is ever fetched.
- **Tagged.** Every PDF is exported as PDF/UA-1 (Typst 0.15): a structure tree (headings, tables
  with header cells, figures with alt text), ``/Lang ja``, the title shown by viewers, bookmarks.
- **Threads.** Typst lays pages out and writes the PDF with rayon: ``RAYON_NUM_THREADS`` is set to
  1 for the process (unless already set) before Typst starts, so a request uses one core and a
  worker's requests do not compete for a pool sized to the whole machine (docs/settings.md).
  A compiler (it keeps Typst's caches, which make a second document faster) is kept per thread.
"""

from __future__ import annotations

import os

os.environ.setdefault("RAYON_NUM_THREADS", "1")  # before Typst's thread pool first starts

import functools
import json
import logging
import threading
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

TEMPLATE_DIR = Path(__file__).resolve().parent / "typst"
PDF_STANDARD = "ua-1"
FORMAT_VERSION = 1  # in the blank forms' cache key (outputs.views.blank_form): bump with a template change


class RenderError(RuntimeError):
    """Typst could not compile a document (a template error: never the person's data)."""


def font_dir() -> Path:
    return Path(settings.BASE_DIR) / "static" / "fonts" / "bizud"


@functools.cache
def _fonts():
    import typst

    return typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=[str(font_dir())])


_local = threading.local()


def _compiler():
    compiler = getattr(_local, "compiler", None)
    if compiler is None:
        import typst

        compiler = _local.compiler = typst.Compiler(
            root=str(TEMPLATE_DIR), font_paths=_fonts(), ignore_system_fonts=True
        )
    return compiler


def template_path(template: str) -> Path:
    path = (TEMPLATE_DIR / f"{template}.typ").resolve()
    if not path.is_relative_to(TEMPLATE_DIR) or not path.is_file():
        raise RenderError(f"no such template: {template}")
    return path


def inputs(data, images: dict[str, bytes] | None = None) -> dict[str, str]:
    """What ``sys.inputs`` holds: the data as JSON, each image as a JSON array of its bytes."""
    values = {"data": json.dumps(data, ensure_ascii=False, default=str)}
    for name, body in (images or {}).items():
        if body:
            values[f"image-{name}"] = json.dumps(list(body), separators=(",", ":"))
    return values


def render(
    template: str,
    data,
    *,
    images: dict[str, bytes] | None = None,
    fmt: str = "pdf",
    ppi: float | None = None,
):
    """``outputs/typst/<template>.typ`` compiled with ``data``: PDF bytes (PDF/UA-1), or with
    ``fmt="png"`` / ``"svg"`` a list of one image per page."""
    import typst

    path = template_path(template)
    options = {"format": fmt, "sys_inputs": inputs(data, images)}
    if fmt == "pdf":
        options["pdf_standards"] = [PDF_STANDARD]
    elif ppi is not None:
        options["ppi"] = ppi
    try:
        result, warnings = _compiler().compile_with_warnings(input=str(path), **options)
    except typst.TypstError as exc:
        raise RenderError(f"{template}: {exc.message}") from None
    for warning in warnings:  # template warnings only; the data's text is not in them
        logger.warning("typst %s: %s", template, warning.message)
    if fmt != "pdf" and isinstance(result, bytes):
        result = [result]
    return result
