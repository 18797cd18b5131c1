"""Self-diagnosis pages. Works without JavaScript; ``static/js/diagnosis.js`` adds a progress count.

- ``/diagnosis/`` — the three checks, the way back in by reference code.
- ``/diagnosis/<kind>/`` — one check (GET the form, POST the answers).
- ``/diagnosis/result/`` — the request's own result: charts, tables, proposed occupations.
- ``/diagnosis/code/`` — enter a reference code (anonymous: reopen; signed in: add to the account).
- ``/diagnosis/delete/`` — delete one's own result.
- ``/diagnosis/share/<CODE>/`` and ``/diagnosis/share/<CODE>.png`` — the public share card.

Personal pages are ``private, no-store``; nothing personal is logged.
"""

from __future__ import annotations

import datetime
import hashlib
import math
import time

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from insights.events import record

from . import share, store
from .forms import CheckForm, CodeForm
from .presentation import result_context
from .questions import CHECKS, KINDS

# Wrong reference codes are counted per browser, not per address (#14 item 8): a school room or a
# Hello Work counter shares one address, and one guesser there must not lock everyone out. A
# browser is its address plus its CSRF cookie (every accepted POST has one); a guesser who throws
# the cookie away each time is still held by the much higher ceiling for the whole address, and
# a guesser who knows part of a code by the count for that code's first eight characters.
# Over a limit the answer is 429 with the time to try again; nothing is blocked for longer.
CODE_ATTEMPTS = 20  # failed entries per browser per window
CODE_ATTEMPTS_PER_ADDRESS = 300  # failed entries from everyone behind one address per window
CODE_ATTEMPTS_PER_TARGET = 20  # failed entries for codes starting with the same 8 characters
CODE_WINDOW_SECONDS = 10 * 60
CODE_TARGET_PREFIX = 9  # "ACDE-FGHJ": the first two groups of a normalised code


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


@never_cache
def index(request):
    result = store.current_result(request)
    checks = [{"check": CHECKS[kind], "part": result.part(kind) if result else None} for kind in KINDS]
    return _private(
        render(
            request,
            "diagnosis/index.html",
            {
                "checks": checks,
                "result": result,
                "code_form": CodeForm(),
                "code": store.current_code(request),
            },
        )
    )


@never_cache
@require_http_methods(["GET", "POST"])
def take_check(request, kind: str):
    check = CHECKS.get(kind)
    if check is None:
        raise Http404
    if request.method == "POST":
        form = CheckForm(check, request.POST)
        if form.is_valid():
            store.save_check(request, kind, form.answers())
            record(request, "diagnosis_completed", kind=kind)
            messages.success(request, _("「%(title)s」の結果を表示しました。") % {"title": check.title})
            return redirect(reverse("diagnosis:result") + f"#{kind}")
    else:
        form = CheckForm(check)
    answered = sum(1 for name in form.fields if form[name].value())
    return _private(
        render(request, "diagnosis/check.html", {"check": check, "form": form, "answered": answered})
    )


@never_cache
def result(request):
    own = store.current_result(request)
    if own is None or own.is_empty:
        return redirect("diagnosis:index")
    context = result_context(own)
    context["code"] = store.current_code(request)
    interest = context["interest"]
    if interest and interest.code and share.valid_code(interest.code):
        context["share_url"] = request.build_absolute_uri(reverse("diagnosis:share", args=[interest.code]))
        context["share_text"] = share.share_title(interest.code)
    return _private(render(request, "diagnosis/result.html", context))


def _browser(request) -> str:
    """This browser at this address: a hash of its CSRF cookie (no new cookie is needed)."""
    token = request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")
    if settings.CSRF_USE_SESSIONS:
        token = request.session.session_key or ""
    return hashlib.sha256(token.encode()).hexdigest()[:16] if token else "none"


def _code_buckets(request, code: str) -> list[tuple[str, int]]:
    address = request.META.get("REMOTE_ADDR", "")
    prefix = hashlib.sha256(code[:CODE_TARGET_PREFIX].encode()).hexdigest()[:16]
    return [
        (f"diagnosis:code-fail:browser:{address}:{_browser(request)}", CODE_ATTEMPTS),
        (f"diagnosis:code-fail:address:{address}", CODE_ATTEMPTS_PER_ADDRESS),
        (f"diagnosis:code-fail:target:{prefix}", CODE_ATTEMPTS_PER_TARGET),
    ]


def _code_retry_at(request, code: str) -> float | None:
    """When this browser may try again (epoch seconds), or None when it may try now."""
    buckets = _code_buckets(request, code)
    keys = [key for key, _limit in buckets]
    found = cache.get_many(keys + [f"{key}:since" for key in keys])
    retry_at = None
    for key, limit in buckets:
        if (found.get(key) or 0) >= limit:
            since = found.get(f"{key}:since") or time.time()
            until = since + CODE_WINDOW_SECONDS
            retry_at = until if retry_at is None else max(retry_at, until)
    return retry_at


def _count_failed_code(request, code: str) -> None:
    now = time.time()
    for key, _limit in _code_buckets(request, code):
        if cache.add(key, 1, CODE_WINDOW_SECONDS):
            cache.set(f"{key}:since", now, CODE_WINDOW_SECONDS)
            continue
        try:
            cache.incr(key)
        except ValueError:  # expired in between
            cache.add(key, 1, CODE_WINDOW_SECONDS)
            cache.set(f"{key}:since", now, CODE_WINDOW_SECONDS)


def _slowed_down(request, form, retry_at: float):
    wait = max(1, int(retry_at - time.time()))
    at = timezone.localtime(datetime.datetime.fromtimestamp(retry_at, tz=datetime.UTC))
    form.add_error(
        "code",
        _(
            "参照コードの入力が続けて誤っていました。しばらく時間をおいてから、もう一度お試しください。"
            "%(hour)d時%(minute)02d分ごろ（約%(minutes)d分後）から、また入力できます。"
        )
        % {"hour": at.hour, "minute": at.minute, "minutes": max(1, math.ceil(wait / 60))},
    )
    response = _private(render(request, "diagnosis/code.html", {"form": form}, status=429))
    response["Retry-After"] = str(wait)
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def enter_code(request):
    form = CodeForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            code = form.cleaned_data["code"]
            retry_at = _code_retry_at(request, code)
            if retry_at is not None:
                return _slowed_down(request, form, retry_at)
            if request.user.is_authenticated:
                joined = store.attach_code(request.user, code)
                if joined is not None:
                    messages.success(request, _("参照コードの結果を、あなたのアカウントに保存しました。"))
                    return redirect("diagnosis:result")
            elif store.find_by_code(code) is not None:
                request.session[store.SESSION_KEY] = code
                return redirect("diagnosis:result")
            _count_failed_code(request, code)
            form.add_error(
                "code",
                _(
                    "この参照コードの結果は見つかりませんでした。入力内容を確かめてください（保存期間を過ぎた結果は削除されています）。"
                ),
            )
    return _private(render(request, "diagnosis/code.html", {"form": form}))


@never_cache
@require_http_methods(["GET", "POST"])
def delete(request):
    own = store.current_result(request)
    if request.method == "POST":
        if store.delete_current(request):
            messages.success(request, _("自己診断の結果を削除しました。"))
        return redirect("diagnosis:index")
    if own is None:
        return redirect("diagnosis:index")
    return _private(render(request, "diagnosis/delete.html", {"result": own}))


def share_page(request, code: str):
    code = code.upper()
    if not share.valid_code(code):
        raise Http404
    response = render(
        request,
        "diagnosis/share.html",
        {
            "code": code,
            "types": [share.RIASEC_BY_LETTER[letter] for letter in code],
            "share_title": share.share_title(code),
            "share_description": share.share_description(code),
            "image_url": request.build_absolute_uri(reverse("diagnosis:share_image", args=[code])),
            "page_url": request.build_absolute_uri(reverse("diagnosis:share", args=[code])),
        },
    )
    return response


def share_image(request, code: str):
    code = code.upper()
    if not share.valid_code(code):
        raise Http404
    response = HttpResponse(share.share_png(code), content_type="image/png")
    patch_cache_control(response, public=True, max_age=share.CACHE_SECONDS)
    return response
