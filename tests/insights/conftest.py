"""Statistics tests: hand-made events on days far from the demo's, a browser-like client."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from insights import visitors
from insights.models import PAGE_VIEW, Event

BROWSER = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1"
)
DAY = datetime.date(2024, 5, 13)  # a Monday, long before the demo's invented events


@pytest.fixture
def browser(db):
    """A client that looks like a phone's browser (an empty User-Agent counts as a bot)."""
    return Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.23")


@pytest.fixture(autouse=True)
def _write_events_at_once(settings):
    """Tests look at the table right after a request: no buffering (test_events.py tests the buffer)."""
    settings.INSIGHTS_BUFFER_SIZE = 1


@pytest.fixture(autouse=True)
def _without_demo_events(db):
    """Each test counts only its own events (the demo's are removed inside the test's transaction)."""
    Event.objects.all().delete()


@pytest.fixture(autouse=True)
def _fresh_salts():
    visitors.forget_salts()
    yield
    visitors.forget_salts()


def at(day: datetime.date, hhmm: str) -> datetime.datetime:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def ev(visitor, hhmm, name=PAGE_VIEW, path="", detail="", day=DAY, **fields):
    """One hand-made event (``visitor`` None = recorded outside a request)."""
    return Event.objects.create(
        created_at=at(day, hhmm), visitor=visitor, name=name, path=path, detail=detail, **fields
    )


def day_events():
    start = at(DAY, "00:00")
    return Event.objects.filter(created_at__gte=start, created_at__lt=start + datetime.timedelta(days=1))
