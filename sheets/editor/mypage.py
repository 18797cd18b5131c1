"""マイページ (table 2-8): the state of each sheet, recent history, what to do next, notices."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.template.loader import select_template
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from ..cards import get_card
from ..models import SheetRevision
from .help import person_user_type
from .status import DRAFT, recommended_next, sheet_statuses

RECENT_REVISIONS = 10
NOTICES = 3


def reminder_days() -> int:
    return int(getattr(settings, "JOBCARD_DRAFT_REMINDER_DAYS", 14))


def stale_drafts(statuses, now=None):
    """Sheets whose draft has been left for the reminder period or longer."""
    now = now or timezone.now()
    limit = now - timezone.timedelta(days=reminder_days())
    return [
        s
        for s in statuses
        if s.entry is not None
        and s.entry.draft_data is not None
        and (s.status == DRAFT or s.has_newer_draft)
        and s.entry.draft_saved_at
        and s.entry.draft_saved_at <= limit
    ]


def latest_notices():
    from guidance_pages.models import NoticePage

    try:
        locale = Locale.objects.get(language_code=translation.get_language() or "ja")
    except Locale.DoesNotExist:
        locale = Locale.get_default()
    return NoticePage.objects.live().public().filter(locale=locale).order_by("-date")[:NOTICES]


def _optional_include(*names):
    """A template another app provides (e.g. the life-line chart), if it is installed."""
    try:
        return select_template(list(names)).template.name
    except Exception:
        return None


@never_cache
@login_required
def mypage(request):
    card = get_card(request)
    statuses = sheet_statuses(card)
    revisions = (
        SheetRevision.objects.filter(entry__card=card)
        .select_related("entry")
        .order_by("-created_at", "-pk")[:RECENT_REVISIONS]
        if card
        else []
    )
    titles = {s.code: s.title for s in statuses}
    return render(
        request,
        "jobcard/mypage.html",
        {
            "card": card,
            "statuses": statuses,
            "recommended": recommended_next(statuses, person_user_type(request)),
            "revisions": [
                {"revision": r, "title": titles.get(r.entry.sheet_code, r.entry.sheet_code)}
                for r in revisions
            ],
            "stale_drafts": stale_drafts(statuses),
            "reminder_days": reminder_days(),
            "notices": latest_notices(),
            "lifeline_include": _optional_include("lifeline/includes/chart.html"),
        },
    )
