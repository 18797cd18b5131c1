"""A plain page view writes nothing: the session and allauth's session list note activity at
most once a minute, so SQLite's single writer is not queued for by every reader."""

import re
import time

import pytest
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.security import ACTIVITY_STEP_SECONDS, SESSION_SEEN

pytestmark = [pytest.mark.django_db, pytest.mark.demo]
WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)", re.IGNORECASE)


def writes(queries):
    # Statistics events are buffered and written in batches (INSIGHTS_BUFFER_SIZE); not counted here.
    return [q["sql"] for q in queries if WRITE.match(q["sql"]) and "insights_" not in q["sql"]]


@pytest.fixture
def person(client, django_user_model):
    user = django_user_model.objects.create_user("quiet@example.jp")
    client.force_login(user)
    return user


def test_the_sqlite_default_waits_for_the_writer_instead_of_failing():
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("SQLite only")
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 5
    assert "journal_mode=WAL" in options["init_command"]


def test_a_second_page_view_within_a_minute_writes_nothing(client, person):
    client.get("/card/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/card/").status_code == 200
        assert client.get("/faq/").status_code == 200
    assert writes(queries.captured_queries) == []


def test_activity_is_still_noted_once_a_minute(client, person):
    client.get("/card/")
    session = client.session
    session[SESSION_SEEN] = int(time.time()) - ACTIVITY_STEP_SECONDS - 1
    session.save()
    before = UserSession.objects.get(user=person).last_seen_at
    client.get("/card/")
    assert client.session[SESSION_SEEN] >= int(time.time()) - 2
    assert UserSession.objects.get(user=person).last_seen_at > before
