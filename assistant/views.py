"""The assistant's page (works without JavaScript) and its JSON API (the widget, headless clients).

CSRF: public pages are cached and served to every anonymous visitor, so the widget cannot rely on
a CSRF token embedded in the page. The JSON endpoints are therefore ``csrf_exempt``; they change
nothing anyone else sees: ``ask`` only reads content and logs the masked question, ``feedback``
sets 👍/👎 on a question identified by an unguessable id that only the asker received. Both are
rate limited per IP address.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from portal import jsonbody

from . import service

MAX_BODY_BYTES = 4096


def _client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def rate_limited(request, bucket: str = "ask") -> bool:
    """True when this IP asked more than ASSISTANT_RATE_LIMIT times in the current minute."""
    limit = settings.ASSISTANT_RATE_LIMIT
    if limit <= 0:
        return False
    key = f"assistant:rate:{bucket}:{_client_ip(request)}"
    if cache.add(key, 1, timeout=60):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=60)
        return False
    return count > limit


def validate_question(raw) -> tuple[str, str]:
    """(question, error): the error is a sentence to show the person."""
    if not isinstance(raw, str):
        return "", _("質問を文字で入力してください。")
    question = " ".join(raw.split())
    if not question:
        return "", _("質問を入力してください。")
    if len(question) > service.MAX_QUESTION_LENGTH:
        return "", _("質問は%(max)d文字以内で入力してください。") % {"max": service.MAX_QUESTION_LENGTH}
    return question, ""


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status, json_dumps_params={"ensure_ascii": False})


def _json_body(request) -> dict:
    """The body as an object; ``JSONBodyError`` (400/413, a Japanese sentence) otherwise."""
    data = jsonbody.read_json(request, limit=MAX_BODY_BYTES, empty={})
    if not isinstance(data, dict):
        raise jsonbody.invalid()
    return data


def _language(requested) -> str:
    codes = dict(settings.LANGUAGES)
    if isinstance(requested, str) and requested in codes:
        return requested
    return get_language() if get_language() in codes else settings.LANGUAGE_CODE


@csrf_exempt
@require_POST
def api_ask(request):
    """POST {"question": "...", "language": "ja"|"en", "channel": "widget"?} → the answer as JSON."""
    try:
        data = _json_body(request)
    except jsonbody.JSONBodyError as exc:
        return _error(exc.message, 400)  # every unreadable body is a 400 here, as documented
    question, error = validate_question(data.get("question"))
    if error:
        return _error(error, 400)
    if rate_limited(request):
        return _error(
            _("短い時間に多くの質問が送られました。1分ほどたってから、もう一度お試しください。"), 429
        )
    channel = "widget" if data.get("channel") == "widget" else "api"
    answer = service.ask(question, _language(data.get("language")), user=request.user, channel=channel)
    payload = answer.as_dict()
    payload["feedback_url"] = reverse("assistant_api:feedback")
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response


def _parse_id(value) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError, AttributeError):
        return None


@csrf_exempt
@require_POST
def api_feedback(request):
    """POST {"id": "<answer id>", "helpful": true|false} → {"message": "..."}."""
    try:
        data = _json_body(request)
    except jsonbody.JSONBodyError as exc:
        return _error(exc.message, 400)  # every unreadable body is a 400 here, as documented
    public_id = _parse_id(data.get("id"))
    helpful = data.get("helpful")
    if public_id is None or not isinstance(helpful, bool):
        return _error(_("評価する回答と「役に立った」か「役に立たなかった」かを指定してください。"), 400)
    if rate_limited(request, "feedback"):
        return _error(
            _("短い時間に多くの評価が送られました。1分ほどたってから、もう一度お試しください。"), 429
        )
    if not service.record_feedback(public_id, helpful):
        return _error(_("評価する回答が見つかりませんでした。"), 404)
    return JsonResponse(
        {"message": _("ご評価ありがとうございました。今後の改善に役立てます。")},
        json_dumps_params={"ensure_ascii": False},
    )


@never_cache
@require_GET
def page(request):
    """The assistant as a page: a GET form, the answer rendered on the server."""
    raw = request.GET.get("q")
    question, error, answer = "", "", None
    if raw is not None:
        question, error = validate_question(raw)
        if not error and rate_limited(request):
            error = _("短い時間に多くの質問が送られました。1分ほどたってから、もう一度お試しください。")
        if not error:
            answer = service.ask(question, _language(None), user=request.user, channel="page")
    context = {
        "question": question or (raw or "")[: service.MAX_QUESTION_LENGTH],
        "error": error,
        "answer": answer,
        "thanks": request.GET.get("feedback") == "thanks",
        "max_length": service.MAX_QUESTION_LENGTH,
    }
    return render(request, "assistant/page.html", context, status=400 if error and raw is not None else 200)


@csrf_exempt
@require_POST
def page_feedback(request):
    """The no-JavaScript 👍/👎 form of the page; back to the page with a thank-you."""
    public_id = _parse_id(request.POST.get("id"))
    helpful = request.POST.get("helpful")
    if public_id is not None and helpful in ("yes", "no") and not rate_limited(request, "feedback"):
        service.record_feedback(public_id, helpful == "yes")
    return HttpResponseRedirect(reverse("assistant") + "?" + urlencode({"feedback": "thanks"}))
