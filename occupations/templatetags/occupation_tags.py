"""``{% load occupation_tags %}{% occupation_picker "id_jobs-0-duties" "tasks" %}``

Renders the element ``static/js/occupation-picker.js`` enhances: search an occupation, tick its task
lines (``tasks``) or related qualifications (``qualifications``), and 「挿入する」. Without JavaScript
it is a link to ``/occupations/``. Every text the script shows comes from here, translated.
See docs/features/occupations.md for the events and the markup.

Started from an occupation (``/card/sheets/2/?occupation=<job tag id>``, the link
「この職業で様式2の職務を書き始める」 on an occupation's page), the editor shows a blank row after
the person's own (``sheets.editor.views.offer_occupation_row``) and that row's ``tasks`` picker
carries the occupation: the script opens it on its task lines, and without JavaScript the lines
are listed in the picker itself.
"""

from django import template
from django.template.loader import render_to_string

from occupations.models import Occupation

register = template.Library()

MODES = ("tasks", "qualifications")


@register.simple_tag(takes_context=True)
def occupation_picker(context, target_id: str, mode: str = "tasks"):
    if mode not in MODES:
        raise template.TemplateSyntaxError(f"occupation_picker: mode must be one of {', '.join(MODES)}")
    request = context.get("request")
    start = start_occupation(request, target_id) if mode == "tasks" else None
    return render_to_string(
        "occupations/includes/picker.html",
        {"target_id": target_id, "mode": mode, "start": start},
        request=request,
    )


def start_occupation(request, target_id: str):
    """The occupation named by ``?occupation=<id>``, for one task picker of the page: the one of the blank
    row the editor offers (``request.occupation_start_target``), else the first outside a row template."""
    if request is None or getattr(request, "_occupation_start_offered", False) or "__prefix__" in target_id:
        return None
    wanted = getattr(request, "occupation_start_target", None)
    if wanted is not None and wanted != target_id:
        return None
    raw = request.GET.get("occupation", "")
    if not raw.isdigit() or len(raw) > 9:
        return None
    occupation = Occupation.objects.filter(pk=int(raw)).prefetch_related("tasks").first()
    if occupation is None:
        return None
    request._occupation_start_offered = True
    return occupation
