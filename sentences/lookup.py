"""Finding the flow for a slug or a sheet box, in the language of the request.

Flows are written in Japanese first; a page in another language uses its translation when there
is one and the Japanese flow otherwise (the Job Card itself is written in Japanese).
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation

from content.taxonomy import SheetBox

from .models import SentenceFlow


def _language_codes() -> list[str]:
    codes = [translation.get_language() or settings.LANGUAGE_CODE, settings.LANGUAGE_CODE]
    return list(dict.fromkeys(code.split("-")[0] for code in codes))


def active_flows() -> list[SentenceFlow]:
    """Active flows in the request's language (falling back to Japanese), in box order."""
    order = list(SheetBox.values)
    for language in _language_codes():
        flows = list(SentenceFlow.objects.filter(active=True, locale__language_code=language))
        if flows:
            return sorted(
                flows,
                key=lambda f: (order.index(f.box) if f.box in order else len(order), f.sort_order, f.pk),
            )
    return []


def find_flow(code: str) -> SentenceFlow | None:
    """The active flow whose slug is ``code``, else the first one for the sheet box ``code``."""
    if not code or len(code) > 60:
        return None
    for language in _language_codes():
        flows = SentenceFlow.objects.filter(active=True, locale__language_code=language)
        flow = flows.filter(slug=code).first() or flows.filter(box=code).order_by("sort_order", "pk").first()
        if flow is not None:
            return flow
    return None
