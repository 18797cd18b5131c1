"""Refusals answered in plain Japanese (English under /en/), keeping what the person typed.

``csrf_failure`` is Django's ``CSRF_FAILURE_VIEW``. A form refused for its CSRF token (a page left
open for hours, a login in another tab, a browser that dropped the cookie) comes back as a page
that explains it and — when the form came from this site — shows what was typed with a fresh
token and one button to send it again. A request from another site gets the explanation only:
re-offering its fields would turn a forged request into one click. Scripts (``Accept:
application/json``) get ``{"reason": "csrf"}`` and fetch a new token (``/card/csrf/``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

# Fields never offered again: the old token, and buttons (the person presses one again).
_NOT_RESENT = {"csrfmiddlewaretoken"}
MAX_RESENT_FIELDS = 400


def _same_origin(request) -> bool:
    source = request.headers.get("Origin") or request.headers.get("Referer") or ""
    if not source or source == "null":
        return False
    parts = urlsplit(source)
    return parts.netloc == request.get_host() and parts.scheme in {"http", "https"}


def _wants_json(request) -> bool:
    accept = request.headers.get("Accept", "")
    return (
        "application/json" in accept
        or request.content_type == "application/json"
        or request.path.startswith("/api/")
    )


@never_cache
def csrf_failure(request, reason: str = ""):
    message = _(
        "この画面を開いてから時間がたったか、別の画面でログインやログアウトをしたため、送信を受け付けられませんでした。"
    )
    if _wants_json(request):
        return JsonResponse({"reason": "csrf", "detail": message}, status=403)
    fields: list[tuple[str, str]] = []
    same_origin = _same_origin(request) and request.method == "POST"
    if same_origin:
        for name, values in request.POST.lists():
            if name in _NOT_RESENT:
                continue
            fields.extend((name, value) for value in values)
        fields = fields[:MAX_RESENT_FIELDS]
    typed = [(name, value) for name, value in fields if len(value) >= 2 and not name.endswith("_FORMS")]
    return render(
        request,
        "errors/csrf.html",
        {
            "message": message,
            "resend": same_origin,
            "action": request.get_full_path(),
            "fields": fields,
            "typed": typed,
            "had_files": bool(request.FILES) if same_origin else False,
        },
        status=403,
    )
