"""``{% load occupation_tags %}{% occupation_picker "id_jobs-0-duties" "tasks" %}``

Renders the element ``static/js/occupation-picker.js`` enhances: search an occupation, tick its task
lines (``tasks``) or related qualifications (``qualifications``), and 「挿入する」. Without JavaScript
it is a link to ``/occupations/``. Every text the script shows comes from here, translated.
See docs/features/occupations.md for the events and the markup.
"""

from django import template
from django.template.loader import render_to_string

register = template.Library()

MODES = ("tasks", "qualifications")


@register.simple_tag(takes_context=True)
def occupation_picker(context, target_id: str, mode: str = "tasks"):
    if mode not in MODES:
        raise template.TemplateSyntaxError(f"occupation_picker: mode must be one of {', '.join(MODES)}")
    request = context.get("request")
    return render_to_string(
        "occupations/includes/picker.html", {"target_id": target_id, "mode": mode}, request=request
    )
