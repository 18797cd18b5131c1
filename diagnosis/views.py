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

from django.contrib import messages
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from insights.events import record

from . import share, store
from .forms import CheckForm, CodeForm
from .presentation import result_context
from .questions import CHECKS, KINDS

CODE_ATTEMPTS = 20  # failed reference-code entries per address per window
CODE_WINDOW_SECONDS = 10 * 60


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


def _code_rate_limited(request) -> bool:
    key = f"diagnosis:code-attempts:{request.META.get('REMOTE_ADDR', '')}"
    return (cache.get(key) or 0) >= CODE_ATTEMPTS


def _count_failed_code(request) -> None:
    key = f"diagnosis:code-attempts:{request.META.get('REMOTE_ADDR', '')}"
    if not cache.add(key, 1, CODE_WINDOW_SECONDS):
        try:
            cache.incr(key)
        except ValueError:
            cache.add(key, 1, CODE_WINDOW_SECONDS)


@never_cache
@require_http_methods(["GET", "POST"])
def enter_code(request):
    form = CodeForm(request.POST or None)
    if request.method == "POST":
        if _code_rate_limited(request):
            form.add_error(
                "code",
                _(
                    "参照コードの入力が続けて誤っていました。しばらく時間をおいてから、もう一度お試しください。"
                ),
            )
        elif form.is_valid():
            code = form.cleaned_data["code"]
            if request.user.is_authenticated:
                joined = store.attach_code(request.user, code)
                if joined is not None:
                    messages.success(request, _("参照コードの結果を、あなたのアカウントに保存しました。"))
                    return redirect("diagnosis:result")
            elif store.find_by_code(code) is not None:
                request.session[store.SESSION_KEY] = code
                return redirect("diagnosis:result")
            _count_failed_code(request)
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
