"""Counts page views: one event per HTML page a person (not a bot, not staff) sees.

Placed right after WhiteNoise and *before* the page cache, so pages answered from the cache count
too. It runs after the response is made and adds one INSERT (or a place in the write buffer). It
counts only ``GET`` responses with status 200 and an HTML body, and leaves out the admin, the
APIs, static and media files, background ``fetch`` requests and prefetches, previews, bots, and
visitors who opted out (``DNT: 1``, ``Sec-GPC: 1``, 「同意しない」).

The address is stored without its query string; an id or token in it (``/accounts/confirm-email/
<key>/``, ``…/history/123/``) is replaced by the URL parameter's name, so a stored path never
points at one person's data.
"""

from __future__ import annotations

import logging
import re

from . import channels
from .events import record_page_view
from .visitors import is_bot, tracking_allowed

logger = logging.getLogger(__name__)

SKIP_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/api/",
    "/static/",
    "/media/",
    "/documents/",
    "/jsi18n/",
    "/insights/",
    "/__",
)
_LANG_PREFIX = re.compile(r"^/en(?=/)")
# A URL parameter kept as it is: a short code such as a sheet code ("1-1", "2") or a slug — unless
# its name says it is an id, a key or a token.
_SAFE_VALUE = re.compile(r"^[A-Za-z0-9_.-]{1,20}$")
_SECRET_NAME = re.compile(r"(^|_)(id|pk|key|token|uidb\d*|uid|hash|secret)$")


def public_path(request) -> str:
    """The page's address as stored: no query string, ids and tokens replaced."""
    path = request.path
    match = getattr(request, "resolver_match", None)
    if match is not None:
        for name, value in match.kwargs.items():
            text = str(value)
            if text and (_SECRET_NAME.search(name) or not _SAFE_VALUE.match(text)):
                path = re.sub(rf"/{re.escape(text)}(?=/|$)", f"/<{name}>", path)
    return path[:200]


def _is_page_request(request, response) -> bool:
    if request.method != "GET" or response.status_code != 200:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    path = _LANG_PREFIX.sub("", request.path)
    if path.startswith(SKIP_PREFIXES) or getattr(request, "is_preview", False):
        return False
    headers = request.headers
    dest = headers.get("Sec-Fetch-Dest")
    if dest and dest != "document":
        return False
    if headers.get("X-Requested-With") or "prefetch" in (
        headers.get("Sec-Purpose", "") + headers.get("Purpose", "")
    ):
        return False
    return not is_bot(headers.get("User-Agent", ""))


class PageViewMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        try:
            if _is_page_request(request, response) and tracking_allowed(request):
                channel, source = channels.classify(request)
                record_page_view(request, public_path(request), channel, source)
        except Exception as exc:  # counting must never break a page
            logger.warning("insights: page view skipped (%s)", type(exc).__name__)
        return response
