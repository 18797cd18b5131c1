"""Refusals answered in plain Japanese (English under /en/), keeping what the person typed.

``csrf_failure`` is Django's ``CSRF_FAILURE_VIEW``. A form refused for its CSRF token (a page left
open for hours, a login in another tab, a browser that dropped the cookie) comes back as a page
that explains it and — when the form came from this site — shows what was typed with a fresh
token and one button to send it again. A request from another site gets the explanation only:
re-offering its fields would turn a forged request into one click. Scripts (``Accept:
application/json``) get ``{"reason": "csrf"}`` and fetch a new token (``/card/csrf/``).
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)

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


# Error pages (``handler400`` … in portal/urls.py) --------------------------------------------------
#
# Every refusal answers in plain Japanese (English under /en/, from the same gettext strings), as a
# page for people and as ``{"error": …, "reason": …}`` for scripts (``_wants_json``). A form too
# large to read (``DATA_UPLOAD_MAX_MEMORY_SIZE`` / ``DATA_UPLOAD_MAX_NUMBER_FIELDS``, which Django
# raises as ``RequestDataTooBig`` / ``TooManyFieldsSent`` and would answer with an English
# "Bad Request (400)") gets 413 and a page that says what to do; its fields cannot be read, so the
# page sends the person back with the browser's back button, which keeps what they typed. The 500
# page is rendered without the request's context: nothing on it touches the database.

_TOO_LARGE = (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent)


def _page(request, template: str, context: dict, status: int):
    """The page inside the site's layout; a self-contained one if that layout cannot be drawn."""
    try:
        return render(request, template, context, status=status)
    except Exception:  # the layout needs the database and more; the refusal must still answer
        logger.exception("Error page %s could not use the site layout", template)
        body = loader.get_template("errors/plain.html").render(context)
        return HttpResponse(body, status=status)


def _json_error(message: str, reason: str, status: int) -> JsonResponse:
    return JsonResponse(
        {"error": str(message), "reason": reason}, status=status, json_dumps_params={"ensure_ascii": False}
    )


@never_cache
def bad_request(request, exception=None):
    if isinstance(exception, _TOO_LARGE):
        title = _("送信した内容が大きすぎます")
        message = _(
            "一度に送れる量（文字数・項目数・ファイルの大きさ）を超えたため、受け付けられませんでした。"
        )
        if _wants_json(request):
            return _json_error(message, "too_large", 413)
        return _page(
            request,
            "errors/too_large.html",
            {"title": title, "message": message, "had_files": "multipart/" in request.content_type},
            status=413,
        )
    message = _(
        "送信された内容を受け付けられませんでした。元の画面に戻って、時間をおいてから、もう一度お試しください。"
    )
    if _wants_json(request):
        return _json_error(message, "bad_request", 400)
    context = {"title": _("送信を受け付けられませんでした"), "message": message, "typed": _typed(request)}
    return _page(request, "400.html", context, 400)


def _typed(request) -> list[tuple[str, str]]:
    """What the person typed, to copy from the page, when the form came from this site and can
    still be read (never offered for sending again: the request was refused for a reason)."""
    if request.method != "POST" or not _same_origin(request):
        return []
    try:
        items = [(name, value) for name, values in request.POST.lists() for value in values]
    except Exception:  # the body itself is what was refused
        return []
    return [
        (name, value)
        for name, value in items[:MAX_RESENT_FIELDS]
        if name not in _NOT_RESENT and len(value) >= 2 and not name.endswith("_FORMS")
    ]


@never_cache
def permission_denied(request, exception=None):
    message = _("このページを表示する権限がありません。ログインしているアカウントをご確認ください。")
    if _wants_json(request):
        return _json_error(message, "forbidden", 403)
    return _page(request, "403.html", {"title": _("このページは表示できません"), "message": message}, 403)


def page_not_found(request, exception=None):
    message = _("お探しのページは、移動または削除されたか、アドレスが間違っている可能性があります。")
    if _wants_json(request):
        return _json_error(_("指定されたものが見つかりません。"), "not_found", 404)
    return _page(request, "404.html", {"title": _("ページが見つかりません"), "message": message}, 404)


@never_cache
def too_many_requests(request, exception=None):
    """allauth's ``handler429`` (its rate limits) and any view that limits requests."""
    message = _(
        "短い時間に多くの操作があったため、受け付けを一時的に止めています。"
        "しばらくたってから、もう一度お試しください。"
    )
    if _wants_json(request):
        return _json_error(message, "too_many_requests", 429)
    response = _page(request, "429.html", {"title": _("しばらくお待ちください"), "message": message}, 429)
    response["Retry-After"] = "60"
    return response


@never_cache
def server_error(request):
    message = _("システムで問題が発生しました。時間をおいてから、もう一度お試しください。")
    if _wants_json(request):
        return _json_error(message, "server_error", 500)
    # No request context: context processors read the session, the user and site settings.
    return HttpResponse(loader.get_template("500.html").render({}), status=500)


def bad_request_page(request, message: str, status: int = 400):
    """A view's own refusal of a request it cannot read, in the same layout as ``handler400``."""
    if _wants_json(request):
        return _json_error(message, "bad_request", status)
    context = {"title": _("送信を受け付けられませんでした"), "message": message, "typed": _typed(request)}
    return _page(request, "400.html", context, status)
