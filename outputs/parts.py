"""The card's workbook kept until what it shows changes (the PDFs are no longer kept: Typst renders a
whole card in a fraction of a second in the request, see ``outputs.typst_render``).

``kept_file(scope, kind, payload, build)`` returns the file kept under the card's scope for the
SHA-256 of ``payload`` (everything that shapes the file) and of the code that writes it, or builds
and keeps it. Kept files hold personal data: they live in the ``default`` cache (Redis in
production) under the card's id for ``JOBCARD_PDF_PART_SECONDS`` at most, and are removed with the
card (``outputs.signals``). ``outputs.tasks.prerender_card_pdf`` builds the workbook after a save
when a task worker is configured.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

INDEX_LIMIT = 80  # keys remembered per card (for deletion); older ones expire by themselves


def _index_key(scope: str) -> str:
    return f"outputs:pdfparts:{scope}"


def _timeout() -> int:
    return int(getattr(settings, "JOBCARD_PDF_PART_SECONDS", 7 * 24 * 60 * 60))


def _safely(operation, *args, default=None, **kwargs):
    """A cache call whose failure (Redis unreachable) only costs a rebuild, never the download."""
    try:
        return operation(*args, **kwargs)
    except Exception as exc:  # any backend error means "not kept"
        logger.warning("kept-file cache unavailable (%s); building without it", type(exc).__name__)
        return default


def keep(scope: str, files: dict[str, bytes]) -> None:
    """Store ``files`` (cache key → bytes) for ``scope`` and remember their keys for ``forget``."""
    _safely(cache.set_many, files, timeout=_timeout())
    index = _safely(cache.get, _index_key(scope)) or []
    index = [k for k in index if k not in files] + list(files)
    _safely(cache.set, _index_key(scope), index[-INDEX_LIMIT:], timeout=_timeout())


def kept_file(scope: str | None, kind: str, payload, build: Callable[[], bytes]) -> tuple[bytes, bool]:
    """The card's xlsx (or another built file) kept for ``scope``: ``payload`` is everything
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


@functools.cache
def code_fingerprint() -> str:
    """SHA-256 of the code that turns a card into a workbook (the xlsx writer, the layout, the
    sheet definitions) and of XlsxWriter's version: a deploy that changes any of them
    makes every kept file stale."""
    import xlsxwriter

    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"{xlsxwriter.__version__}".encode())
    files = sorted([*(root / "outputs").glob("*.py"), *(root / "sheets" / "definitions").glob("*.py")])
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def forget(scope: str) -> None:
    """Remove every file kept for ``scope`` (the card is being deleted)."""
    index = _safely(cache.get, _index_key(scope)) or []
    _safely(cache.delete_many, [*index, _index_key(scope)])
