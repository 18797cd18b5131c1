"""Help beside each field (table 2-9): glossary terms and 記入例, shown on request, never inserted.

- 記入例: the ``ExamplePattern`` texts for the field's box, for the person's 利用者種別 first (from
  the account, else the choice remembered on the home page), at most three.
- Glossary: the terms whose name appears in the field's label or help text, or its section's.
"""

from __future__ import annotations

from django.utils import translation
from wagtail.models import Locale

from content.models import ExamplePattern, GlossaryTerm
from home.views import CHOICE_COOKIE

from ..definitions.base import SheetDefinition

EXAMPLES_PER_FIELD = 3


def person_user_type(request) -> str:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and getattr(user, "user_type", ""):
        return user.user_type
    remembered = request.COOKIES.get(CHOICE_COOKIE, "")
    return remembered.split(".")[0] if remembered else ""


def _locale():
    try:
        return Locale.objects.get(language_code=translation.get_language() or "ja")
    except Locale.DoesNotExist:
        return Locale.get_default()


def field_help(request, definition: SheetDefinition, keys: list[str] | None = None) -> dict[str, dict]:
    """``{dotted path pattern: {"examples": [...], "terms": [...]}}`` for the fields with help.

    Repeat rows share their column's help; the key uses ``*`` for the row (``jobs.*.duties``)."""
    locale = _locale()
    user_type = person_user_type(request)
    boxes = {leaf.field.box for leaf in definition.leaves() if leaf.field.box}
    patterns = list(ExamplePattern.objects.filter(locale=locale).order_by("pk"))
    if user_type:
        patterns.sort(key=lambda p: p.user_type != user_type)
    terms = list(GlossaryTerm.objects.filter(locale=locale).only("term", "reading", "definition"))
    out: dict[str, dict] = {}
    for leaf in definition.leaves():
        if keys and leaf.path[0] not in keys:
            continue
        f = leaf.field
        examples = []
        if f.box in boxes and f.box:
            for pattern in patterns:
                text = getattr(pattern, f.box.value, "")
                if text:
                    examples.append({"title": pattern.title, "text": text})
                if len(examples) >= EXAMPLES_PER_FIELD:
                    break
        haystack = " ".join([f.label, f.help_text, leaf.section.help_text])
        matched = [t for t in terms if t.term and t.term in haystack][:3]
        if examples or matched:
            out[leaf.dotted] = {"examples": examples, "terms": matched}
    return out
