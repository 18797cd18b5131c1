"""Who may be counted, and how a visitor is told apart within one day without knowing who they are.

- ``tracking_allowed``: not with ``DNT: 1`` or ``Sec-GPC: 1``, not after 「同意しない」 (the consent
  cookie), not for staff, and — when ``INSIGHTS_REQUIRE_CONSENT`` is on — only after 「同意する」.
- ``visitor_number``: HMAC-SHA256 of the address and the browser's User-Agent under that day's
  random salt, cut to a signed 64-bit number. The salt lives in the database so every app server
  agrees on it, and is deleted once the day is over (``purge_insights``); from then on nobody can
  tell which address a number came from. The address itself is never stored.
- ``persona``: the 利用者種別 and 利用目的 codes the visitor chose (account, else the choice cookie).
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import re
import secrets
import threading

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from content.taxonomy import Purpose, UserType

from .models import DailySalt

CONSENT_COOKIE = "jobcard_consent"
CONSENT_YES = "yes"
CONSENT_NO = "no"
CHOICE_COOKIE = "jobcard_attributes"  # set by home.views.select_attributes: "user_type.purpose.case"

# Crawlers, link previews, monitors and scripts. Headless browsers too (they are our own checks).
_BOT = re.compile(
    r"bot|crawl|spider|slurp|bingpreview|mediapartners|facebookexternalhit|embedly|quora link|"
    r"whatsapp|skypeuripreview|curl|wget|python-|httpx|go-http-client|java/|okhttp|libwww|"
    r"headless|phantomjs|lighthouse|pingdom|uptime|monitor|scan|axios|node-fetch|postman",
    re.IGNORECASE,
)

_salts: dict[datetime.date, bytes] = {}
_salt_lock = threading.Lock()


def is_bot(user_agent: str) -> bool:
    return not user_agent or bool(_BOT.search(user_agent))


def consent_choice(request) -> str:
    value = request.COOKIES.get(CONSENT_COOKIE, "")
    return value if value in (CONSENT_YES, CONSENT_NO) else ""


def opted_out_by_browser(request) -> bool:
    return request.headers.get("DNT") == "1" or request.headers.get("Sec-GPC") == "1"


def tracking_allowed(request) -> bool:
    if request is None:
        return True  # no visitor involved (a background job counting something)
    if opted_out_by_browser(request):
        return False
    choice = consent_choice(request)
    if choice == CONSENT_NO:
        return False
    if getattr(settings, "INSIGHTS_REQUIRE_CONSENT", False) and choice != CONSENT_YES:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated and user.is_staff)


def get_salt(day: datetime.date) -> bytes:
    salt = _salts.get(day)
    if salt is not None:
        return salt
    with _salt_lock:
        salt = _salts.get(day)
        if salt is not None:
            return salt
        row = DailySalt.objects.filter(day=day).first()
        if row is None:
            try:
                with transaction.atomic():
                    row = DailySalt.objects.create(day=day, salt=secrets.token_hex(32))
            except IntegrityError:  # another process made it a moment ago
                row = DailySalt.objects.get(day=day)
        salt = bytes.fromhex(row.salt)
        _salts.clear()  # only today's is ever needed
        _salts[day] = salt
        return salt


def forget_salts() -> None:
    """Drop the in-process copies (after the purge deleted old salts, and in tests)."""
    with _salt_lock:
        _salts.clear()


def visitor_number(request, day: datetime.date | None = None) -> int:
    day = day or timezone.localdate()
    address = request.META.get("REMOTE_ADDR", "")
    agent = request.headers.get("User-Agent", "")
    digest = hmac.new(get_salt(day), f"{address}\n{agent}".encode(), hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def persona(request) -> tuple[str, str]:
    """(利用者種別, 利用目的) codes, each "" when not chosen."""
    if request is None:
        return "", ""
    user = getattr(request, "user", None)
    user_type = purpose = ""
    if user is not None and user.is_authenticated:
        user_type = getattr(user, "user_type", "") or ""
        purpose = getattr(user, "purpose", "") or ""
    if not user_type and not purpose:
        parts = request.COOKIES.get(CHOICE_COOKIE, "").split(".")
        user_type = parts[0] if parts else ""
        purpose = parts[1] if len(parts) > 1 else ""
    if user_type not in UserType.values:
        user_type = ""
    if purpose not in Purpose.values:
        purpose = ""
    return user_type, purpose
