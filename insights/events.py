"""The one call every app makes to count something: ``record(request, name, **attributes)``.

Names in use (see docs/statistics.md for what each counts):

- ``sheet_started``, ``sheet_draft``, ``sheet_saved``, ``sheet_updated`` — ``sheet=<code>``
- ``download`` — ``document=<sheet code | "card" | "rirekisho" | "shokumu">``,
  ``format=<xlsx|pdf|csv|docx|json|jsonresume>``
- ``upload`` — ``format=<xlsx|pdf|jsonresume>``
- ``diagnosis_completed`` — ``kind=<interest|values|strengths>``
- ``assistant_used`` — ``answered=<bool>``
- ``signup``, ``login`` — ``method=<password|mynaportal>``
- ``outbound`` — ``target=<hellowork|mynaportal|jobtag|...>``
- ``share_created``, ``share_stopped`` — ``where=<member|organisation>`` (the share's scope)
- ``share_received``, ``supporter_wrote``, ``supporter_commented`` — ``kind=<consultant|school|company>``
  (the supporter organisation's kind), ``sheet=<code>`` for the writes
- ``posting_created`` — ``result=<published|review>``; ``offer_sent``; ``offer_answered`` —
  ``result=<accepted|declined>``; ``offer_blocked`` (matching: company postings and
  offers); ``matching_ai_proposed`` — ``found=<n>`` (「AIによる推定」 asked on the matching settings)

Attributes must never hold personal data (no names, addresses, free text, user ids). Recording
never raises: a failure to count must not fail the person's request.

Only the attribute keys in ``ATTRIBUTE_KEYS`` are kept, and only short codes as values (letters,
digits, ``_ . : -``, at most 40 characters; booleans become ``true``/``false``): anything else is
dropped, so an e-mail address, a Japanese name or a sentence can never reach the table. Page views
are recorded by ``insights.middleware.PageViewMiddleware``, not through this function.
"""

from __future__ import annotations

import logging
import re

from django.utils import timezone

from . import store
from .models import PAGE_VIEW, Event
from .visitors import is_bot, persona, tracking_allowed, visitor_number

logger = logging.getLogger(__name__)

EVENT_NAMES = (
    "sheet_started",
    "sheet_draft",
    "sheet_saved",
    "sheet_updated",
    "download",
    "upload",
    "diagnosis_completed",
    "assistant_used",
    "signup",
    "login",
    "outbound",
    "share_created",
    "share_stopped",
    "share_received",
    "supporter_wrote",
    "supporter_commented",
    "posting_created",
    "offer_sent",
    "offer_answered",
    "offer_blocked",
    "matching_ai_proposed",
)
ATTRIBUTE_KEYS = frozenset(
    {
        "sheet",
        "document",
        "format",
        "kind",
        "method",
        "target",
        "answered",
        "result",
        "step",
        "where",
        "found",
    }
)
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
_VALUE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,39}$")


def encode_attributes(attributes: dict) -> str:
    """``{"format": "pdf", "document": "1-1"}`` → ``"document=1-1&format=pdf"`` (unsafe parts dropped)."""
    parts = []
    for key in sorted(attributes):
        value = attributes[key]
        if key not in ATTRIBUTE_KEYS:
            continue
        if isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, int):
            value = str(value)
        if not isinstance(value, str) or not _VALUE.match(value):
            continue
        parts.append(f"{key}={value}")
    return "&".join(parts)[:120]


def decode_attributes(detail: str) -> dict[str, str]:
    if not detail:
        return {}
    return dict(part.split("=", 1) for part in detail.split("&") if "=" in part)


def _countable(request) -> bool:
    if request is None:
        return True
    return tracking_allowed(request) and not is_bot(request.headers.get("User-Agent", ""))


def build_event(request, name: str, detail: str = "", **fields) -> Event:
    now = timezone.now()
    event = Event(created_at=now, name=name, detail=detail, **fields)
    if request is not None:
        event.visitor = visitor_number(request, timezone.localdate(now))
        event.user_type, event.purpose = persona(request)
    return event


def record(request, name: str, **attributes) -> None:
    """Count one event for this request's visitor (nothing when they opted out)."""
    try:
        if not _NAME.match(name or "") or name == PAGE_VIEW:
            logger.warning("insights: event name %r refused", (name or "")[:40])
            return
        if not _countable(request):
            return
        store.write(build_event(request, name, encode_attributes(attributes)))
    except Exception as exc:
        logger.warning("insights: %s not recorded (%s)", name, type(exc).__name__)


def record_page_view(request, path: str, channel: str = "", source: str = "") -> None:
    """Count one page view (called by the middleware once it decided the response is a page)."""
    try:
        store.write(build_event(request, PAGE_VIEW, path=path[:200], channel=channel, source=source))
    except Exception as exc:
        logger.warning("insights: page view not recorded (%s)", type(exc).__name__)
