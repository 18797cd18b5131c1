"""``{% load diagnosis_tags %}{% diagnosis_summary %}``: the person's latest self-diagnosis result
in brief, for マイページ (table 2-8: one generation; an example for those who have none yet)."""

from django import template

from ..presentation import part_view
from ..questions import CHECKS, INTEREST, KINDS, STRENGTHS, VALUES
from ..store import current_result

register = template.Library()


@register.inclusion_tag("diagnosis/includes/summary.html", takes_context=True)
def diagnosis_summary(context):
    request = context.get("request")
    result = current_result(request) if request is not None else None
    parts = {kind: part_view(kind, result.part(kind)) if result else None for kind in KINDS}
    example = not any(parts.values())
    if example:
        check = CHECKS[INTEREST]
        sample = {
            INTEREST: [check.dimension(k) for k in ("social", "artistic", "enterprising")],
            VALUES: [
                CHECKS[VALUES].dimension(k)
                for k in ("service_contribution", "self_growth", "good_relationships")
            ],
            STRENGTHS: [CHECKS[STRENGTHS].dimension(k) for k in ("listening", "teamwork", "planning")],
        }
    else:
        sample = {}
    return {"parts": parts, "example": example, "sample": sample, "checks": CHECKS}
