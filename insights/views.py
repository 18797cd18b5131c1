"""Public pages of the statistics app: the consent choice and the surveys.

Both work without JavaScript (a form posts, the page comes back) and answer ``fetch`` with JSON
when ``static/js/insights.js`` is there. They may be shown on cached public pages, which carry no
CSRF token, so instead of the token they accept only same-origin posts (``Origin`` /
``Sec-Fetch-Site``); what they change is the visitor's own cookie or an anonymous answer.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponseForbidden, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from assistant.masking import mask, names_of

from .models import Survey, SurveyResponse
from .rollup import retention_days
from .surveys import FORMS, QUESTIONS, TITLES
from .visitors import CONSENT_COOKIE, CONSENT_NO, CONSENT_YES, consent_choice, opted_out_by_browser, persona

CONSENT_MAX_AGE = 60 * 60 * 24 * 365
SURVEY_COOKIE_AGE = 60 * 60 * 24 * 30  # the same survey is not asked again in the same place for 30 days


def same_origin(request) -> bool:
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        return False
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return urlsplit(origin).netloc == request.get_host()
    return True


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def safe_next(request, default: str = "/") -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


def _set_cookie(request, response, name, value, max_age):
    response.set_cookie(
        name, value, max_age=max_age, samesite="Lax", secure=not settings.DEBUG and request.is_secure()
    )


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def consent(request):
    """「同意する」/「同意しない」 for counting this browser's visits (also the settings page)."""
    error = ""
    choice = consent_choice(request)
    if request.method == "POST":
        if not same_origin(request):
            return HttpResponseForbidden(_("このページから操作してください。"))
        value = request.POST.get("consent", "")
        if value in (CONSENT_YES, CONSENT_NO):
            message = (
                _("利用状況の集計に協力する設定にしました。ありがとうございます。")
                if value == CONSENT_YES
                else _("このブラウザーからの利用状況は集計しない設定にしました。")
            )
            if wants_json(request):
                response = JsonResponse({"consent": value, "message": message})
            elif request.POST.get("next"):
                response = redirect(safe_next(request))
            else:
                context = {"choice": value, "message": message, "retention_days": retention_days()}
                response = render(request, "insights/consent.html", context)
            _set_cookie(request, response, CONSENT_COOKIE, value, CONSENT_MAX_AGE)
            return response
        error = _("「同意する」か「同意しない」を選んでください。")
        if wants_json(request):
            return JsonResponse({"error": error}, status=400)
    context = {
        "choice": choice,
        "error": error,
        "dnt": opted_out_by_browser(request),
        "next": safe_next(request, ""),
        "retention_days": retention_days(),
    }
    return render(request, "insights/consent.html", context, status=400 if error else 200)


def _rate_limited(request) -> bool:
    limit = getattr(settings, "INSIGHTS_SURVEY_RATE_LIMIT", 10)
    if limit <= 0:
        return False
    address = hashlib.sha256(request.META.get("REMOTE_ADDR", "").encode()).hexdigest()[:16]
    key = f"insights:survey-rate:{address}"
    if cache.add(key, 1, timeout=60):
        return False
    try:
        return cache.incr(key) > limit
    except ValueError:
        return False


def survey_cookie(survey: str, where: str) -> str:
    return f"jobcard_survey_{survey}_{where}"


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def survey(request, survey: str):
    if survey not in Survey.values:
        raise Http404
    form_class = FORMS[survey]
    context = {"survey": survey, "title": TITLES[survey], "question": QUESTIONS[survey]}
    if request.method == "GET":
        initial = {"where": request.GET.get("where", ""), "sheet": request.GET.get("sheet", "")}
        context.update(form=form_class(initial=initial), next=safe_next(request, ""))
        return render(request, "insights/survey.html", context)

    if not same_origin(request):
        return HttpResponseForbidden(_("このページから回答してください。"))
    form = form_class(request.POST)
    if _rate_limited(request):
        form.is_valid()
        form.add_error(None, _("短い時間に何度も送信されました。しばらくしてからもう一度お試しください。"))
    if form.errors or not form.is_valid():
        if wants_json(request):
            errors = {name: [str(e) for e in errs] for name, errs in form.errors.items()}
            return JsonResponse({"errors": errors}, status=400)
        context.update(form=form, next=safe_next(request, ""))
        return render(request, "insights/survey.html", context, status=400)

    data = form.cleaned_data
    user_type, purpose = persona(request) if _may_keep_persona(request) else ("", "")
    SurveyResponse.objects.create(
        survey=survey,
        placement=data["where"],
        answered_on=timezone.localdate(),
        score=data.get("score"),
        choice=data.get("choice", ""),
        sheet=data.get("sheet", ""),
        comment=mask(data.get("comment", ""), names_of(request.user))[:2000],
        user_type=user_type,
        purpose=purpose,
    )
    thanks = _("ご回答ありがとうございました。いただいたご意見は、サイトの改善に役立てます。")
    if wants_json(request):
        response = JsonResponse({"message": thanks})
    else:
        context.update(thanks=thanks, next=safe_next(request, ""))
        response = render(request, "insights/survey.html", context)
    _set_cookie(request, response, survey_cookie(survey, data["where"]), "1", SURVEY_COOKIE_AGE)
    return response


def _may_keep_persona(request) -> bool:
    return not opted_out_by_browser(request) and consent_choice(request) != CONSENT_NO
