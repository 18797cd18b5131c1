"""「下書きのままの様式があります」: one e-mail per left draft, after N days (N configurable).

``JOBCARD_DRAFT_REMINDER_DAYS`` (default 14) days after a draft was last written, its owner gets
one reminder. A later draft resets the clock (``reminder_sent_at`` older than ``draft_saved_at``).
Run daily: ``manage.py send_draft_reminders`` (or the ``send_draft_reminders`` task).
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

from accounts.mail import send_site_mail

from .definitions import get_definition
from .models import SheetEntry


def due_entries(now=None):
    now = now or timezone.now()
    days = int(getattr(settings, "JOBCARD_DRAFT_REMINDER_DAYS", 14))
    limit = now - timezone.timedelta(days=days)
    return (
        SheetEntry.objects.filter(
            card__owner__isnull=False,
            card__owner__is_active=True,
            draft_data__isnull=False,
            draft_saved_at__lte=limit,
        )
        .filter(Q(reminder_sent_at__isnull=True) | Q(reminder_sent_at__lt=F("draft_saved_at")))
        .select_related("card__owner")
    )


def send_reminders(now=None) -> int:
    now = now or timezone.now()
    by_owner: dict[int, list[SheetEntry]] = {}
    for entry in due_entries(now):
        by_owner.setdefault(entry.card.owner_id, []).append(entry)
    site_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    for entries in by_owner.values():
        owner = entries[0].card.owner
        titles = [get_definition(e.sheet_code, e.definition_version).title for e in entries]
        body = render_to_string(
            "jobcard/email/draft_reminder.txt", {"titles": titles, "site_url": site_url, "user": owner}
        )
        send_site_mail.enqueue(
            "【ジョブ・カード作成支援サイト】下書きのままの様式があります", body, [owner.email]
        )
        SheetEntry.objects.filter(pk__in=[e.pk for e in entries]).update(reminder_sent_at=now)
    return sum(len(v) for v in by_owner.values())


@task()
def send_draft_reminders() -> int:
    return send_reminders()
