"""Template tags of the statistics app.

- ``{% load insights_tags %}{% insights_survey "satisfaction" where="download" %}`` — a survey form
  (satisfaction, purpose, draft_left) to place on a page; nothing when this browser answered it there
  in the last 30 days.
  ``sheet="1-1"`` tells the draft survey which sheet it is about.
- ``{% insights_require_consent as flag %}`` — whether counting waits for 「同意する」.
"""

from django import template
from django.conf import settings

from ..models import Survey
from ..surveys import FORMS, QUESTIONS, TITLES
from ..views import survey_cookie

register = template.Library()


@register.inclusion_tag("insights/includes/survey.html", takes_context=True)
def insights_survey(context, survey: str, where: str = "other", sheet: str = ""):
    request = context.get("request")
    if survey not in Survey.values:
        return {"hidden": True}
    if request is not None and survey_cookie(survey, where) in request.COOKIES:
        return {"hidden": True}
    form = FORMS[survey](initial={"where": where, "sheet": sheet}, auto_id=f"survey-{survey}-%s")
    return {
        "hidden": False,
        "survey": survey,
        "title": TITLES[survey],
        "question": QUESTIONS[survey],
        "form": form,
        "next": request.get_full_path() if request is not None else "",
    }


@register.simple_tag
def insights_require_consent() -> bool:
    return bool(getattr(settings, "INSIGHTS_REQUIRE_CONSENT", False))


@register.filter
def pct(value, digits: int = 1) -> str:
    """0.4251 → "42.5%"; None → "—"."""
    if value is None or value == "":
        return "—"
    return f"{float(value) * 100:.{int(digits)}f}%"


@register.filter
def num(value) -> str:
    """12345 → "12,345"; None → "—"."""
    if value is None or value == "":
        return "—"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    return f"{round(value):,}"
