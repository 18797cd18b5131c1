"""The example-sentence builder: a page that works without JavaScript, and its JSON endpoints.

- ``/sentences/``: every flow, by sheet box.
- ``/sentences/<slug>/?next=<editor URL>``: the flow's questions as a form (GET, so answering
  changes nothing); once answered, the draft in a textarea the person edits and copies, and 「戻る」
  back to the editor (``next`` is followed only when it is a path on this site).
- ``/sentences/api/flows/<slug or box>/``: the flow as JSON (questions and choices, the dialog's
  texts) for ``static/js/sentence-builder.js``.
- ``/sentences/api/flows/<slug or box>/compose/``: POST ``{"answers": {"key": "choice" | [..]}}`` →
  ``{"text", "sentences"}``, or 400 with ``{"error", "errors": {key: message}}`` in Japanese.

The JSON endpoints are ``csrf_exempt``: they read editors' content and compute a string, nothing is
stored and nothing about the person is involved, so there is nothing a forged request could change
(the same reasoning as the assistant's API). Personal data never passes through here.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from content.taxonomy import SheetBox
from portal import jsonbody

from . import composer
from .lookup import active_flows, find_flow

MAX_BODY_BYTES = 8192
DRAFT_FIELD_ID = "sentence-draft"


def safe_next(request, value: str | None) -> str:
    """``value`` when it is a path on this site (the editor to go back to), else ""."""
    if not value or not value.startswith("/") or value.startswith("//") or len(value) > 2000:
        return ""
    if not url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return ""
    return value


@dataclass
class QuestionView:
    question: composer.Question
    selected: tuple[str, ...]
    error: str

    @property
    def input_type(self) -> str:
        return "checkbox" if self.question.multiple else "radio"

    @property
    def field_id(self) -> str:
        return f"q-{self.question.key}"


def box_label(code: str) -> str:
    try:
        return str(SheetBox(code).label)
    except ValueError:
        return ""


@require_GET
def index(request):
    flows = active_flows()
    return render(
        request,
        "sentences/index.html",
        {
            "flows": [(flow, box_label(flow.box)) for flow in flows],
            "next": safe_next(request, request.GET.get("next")),
        },
    )


@require_GET
def flow_page(request, slug):
    flow = find_flow(slug)
    if flow is None:
        raise Http404(_("例文の質問が見つかりません。"))
    if flow.slug != slug:  # reached by its box code: go to the flow's own address
        url = reverse("sentences:flow", args=[flow.slug])
        query = request.GET.urlencode()
        return HttpResponseRedirect(f"{url}?{query}" if query else url)
    spec = flow.spec()
    next_url = safe_next(request, request.GET.get("next"))
    submitted = "compose" in request.GET
    answers, errors, draft = {}, {}, ""
    if submitted:
        answers, errors = composer.clean_answers(spec, request.GET)
        if not errors:
            draft = composer.compose_text(spec, answers)
    questions = [
        QuestionView(
            question=q,
            selected=tuple(request.GET.getlist(q.key)) if submitted else (),
            error=errors.get(q.key, ""),
        )
        for q in spec.questions
    ]
    return render(
        request,
        "sentences/flow.html",
        {
            "flow": flow,
            "spec": spec,
            "box_label": box_label(flow.box),
            "questions": questions,
            "errors": errors,
            "draft": draft,
            "draft_id": DRAFT_FIELD_ID,
            "next": next_url,
            "next_query": urlencode({"next": next_url}) if next_url else "",
        },
    )


# JSON ----------------------------------------------------------------------------------------


def _json(data, status=200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response


def _flow_or_404(code):
    flow = find_flow(code)
    if flow is None:
        return None, _json({"error": _("例文の質問が見つかりません。")}, status=404)
    return flow, None


def flow_data(flow) -> dict:
    spec = flow.spec()
    return {
        "slug": flow.slug,
        "box": flow.box,
        "box_label": box_label(flow.box),
        "title": flow.title,
        "intro": flow.intro,
        "page_url": reverse("sentences:flow", args=[flow.slug]),
        "compose_url": reverse("sentences:api_compose", args=[flow.slug]),
        "questions": [
            {
                "key": q.key,
                "text": q.text,
                "help_text": q.help_text,
                "multiple": q.multiple,
                "max_choices": q.limit,
                "choices": [{"key": c.key, "label": c.label} for c in q.choices],
            }
            for q in spec.questions
        ],
        "labels": {
            "compose": _("文をつくる"),
            "draft": _("下書き（自由に書き直せます）"),
            "draft_hint": _("挿入する前に、ご自身の経験や言葉に合わせて書き直してください。"),
            "insert": _("この文を挿入"),
            "close": _("閉じる"),
            "choose_up_to": _("%(max)d個まで選べます"),
            "characters": _("%(count)d文字"),
            "too_long": _("挿入すると、この欄の上限（%(max)d文字）を超えます。下書きを短くしてください。"),
            "empty": _("下書きが空です。文をつくるか、入力してください。"),
            "inserted": _("例文を挿入しました。"),
            "error": _("入力内容を確認してください。"),
            "failed": _("例文をつくれませんでした。時間をおいてもう一度お試しください。"),
        },
    }


@require_GET
def api_flow(request, code):
    flow, error = _flow_or_404(code)
    if error:
        return error
    return _json(flow_data(flow))


@csrf_exempt
@require_POST
def api_compose(request, code):
    flow, error = _flow_or_404(code)
    if error:
        return error
    try:
        body = jsonbody.read_json(request, limit=MAX_BODY_BYTES, empty={})
    except jsonbody.JSONBodyError as exc:
        # Every unreadable body is a 400; too deep / too large say so, the rest keep the old words.
        message = _("送信された内容の形式が正しくありません。") if exc.reason == "invalid" else exc.message
        return _json({"error": message, "errors": {}}, status=400)
    answers_raw = body.get("answers") if isinstance(body, dict) else None
    if not isinstance(answers_raw, dict):
        return _json({"error": _("送信された内容の形式が正しくありません。"), "errors": {}}, status=400)
    spec = flow.spec()
    answers, errors = composer.clean_answers(spec, answers_raw)
    if errors:
        return _json({"error": _("入力内容を確認してください。"), "errors": errors}, status=400)
    sentences = composer.compose(spec, answers)
    return _json({"text": "".join(sentences), "sentences": sentences})
