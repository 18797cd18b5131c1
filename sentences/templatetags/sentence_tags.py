"""``{% load sentence_tags %}{% sentence_builder_button box_code target_id %}``

Renders a 「例文をつくる」 link to the flow for ``box_code`` (a ``SheetBox`` code such as
``job_duties``, or a flow slug) that opens ``/sentences/<slug>/?next=<this page>#<target_id>``
without JavaScript; ``static/js/sentence-builder.js`` turns it into a button that opens the flow in a
dialog and inserts the draft into the textarea whose id is ``target_id``. Renders nothing when no
active flow exists for that box. The stylesheet and script are emitted once per request, with the
first button.
"""

from __future__ import annotations

from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode

from content.taxonomy import SheetBox

from ..lookup import find_flow
from ..views import safe_next

register = template.Library()

_MISSING = object()


def _cached_flow(request, code: str):
    cache = getattr(request, "_sentence_flows", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._sentence_flows = cache
    flow = cache.get(code, _MISSING)
    if flow is _MISSING:
        flow = cache[code] = find_flow(code)
    return flow


@register.simple_tag(takes_context=True)
def sentence_builder_button(context, box_code, target_id, label=""):
    request = context.get("request")
    code = str(getattr(box_code, "value", box_code) or "")
    flow = _cached_flow(request, code)
    if flow is None or not target_id:
        return ""
    include_assets = True
    next_url = ""
    if request is not None:
        include_assets = not getattr(request, "_sentence_builder_assets", False)
        request._sentence_builder_assets = True
        next_url = safe_next(request, f"{request.get_full_path()}#{target_id}")
    page_url = reverse("sentences:flow", args=[flow.slug])
    if next_url:
        page_url += "?" + urlencode({"next": next_url})
    try:
        box_label = str(SheetBox(flow.box).label)
    except ValueError:
        box_label = ""
    return render_to_string(
        "sentences/includes/button.html",
        {
            "flow": flow,
            "target_id": target_id,
            "page_url": page_url,
            "api_url": reverse("sentences:api_flow", args=[flow.slug]),
            "include_assets": include_assets,
            "label": label,
            "box_label": box_label,
        },
        request=request,
    )
