"""Outages found by bench/load.py --faults (docs/security.md, "Load and faults").

Redis out (stopped, restarting, unreachable): the cache configured from ``REDIS_URL``
(portal/settings/base.py) points here at a loopback port where nothing listens, as during
``redis-cli shutdown``; pages, the assistant, sign-in and autosave must answer as usual, not with
the error page. PostgreSQL restarting: kept connections are checked before reuse, and a session
that cannot be saved meanwhile gets a Japanese page, not Django's bare "Bad Request (400)".
"""

import json
import runpy
import socket
from pathlib import Path
from unittest import mock

import pytest
from allauth.account.models import EmailAddress
from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import caches
from django.test import Client

from guidance_pages.models import HowToPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

BASE_SETTINGS = Path(__file__).resolve().parent.parent / "portal" / "settings" / "base.py"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # released at once: nothing listens there


def settings_with(monkeypatch, **env) -> dict:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(BASE_SETTINGS))


@pytest.fixture
def redis_down(settings, monkeypatch):
    production = settings_with(monkeypatch, REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0")
    settings.CACHES = production["CACHES"]
    yield caches["default"]
    caches["default"].close()


def test_the_cache_answers_as_empty_while_redis_is_out(redis_down):
    redis_down.set("k", 1)
    assert redis_down.get("k") is None
    assert redis_down.get("k", "default") == "default"
    assert redis_down.get_many(["a", "b"]) == {}
    assert redis_down.add("k", 1) is True
    with pytest.raises(ValueError):
        redis_down.incr("k")


def test_pages_the_assistant_sign_in_and_autosave_work_while_redis_is_out(redis_down, django_user_model):
    client = Client()
    page = HowToPage.objects.get(locale__language_code="ja", mode="quick")
    assert client.get(page.url).status_code == 200
    assert client.get("/").status_code == 200

    asked = client.post(
        "/api/v1/assistant/ask/",
        json.dumps({"question": "ジョブ・カードとは何ですか"}),
        content_type="application/json",
    )
    assert asked.status_code == 200
    assert asked.json()["text"]

    user = django_user_model.objects.create_user("redis-out@example.jp", "ながいパスワード-2026")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    signed_in = client.post(
        "/accounts/login/", {"login": "redis-out@example.jp", "password": "ながいパスワード-2026"}
    )
    assert signed_in.status_code == 302
    assert client.get("/card/sheets/1-1/").status_code == 200
    saved = client.post(
        "/card/sheets/1-1/autosave/",
        {"career_plan-values_interests": "人と話すことが好きです。"},
        HTTP_IF_MATCH='"0"',
    )
    assert saved.status_code == 200
    from sheets.models import SheetEntry

    entry = SheetEntry.objects.get(card__owner=user, sheet_code="1-1")
    assert entry.current_data["values_interests"] == "人と話すことが好きです。"


def test_kept_database_connections_are_checked_before_reuse(monkeypatch):
    """After PostgreSQL restarts, a worker thread's kept connection is dead: checked first, it is
    replaced instead of failing the next request (bench/load.py --faults)."""
    production = settings_with(monkeypatch, DATABASE_URL="postgresql://u@db.invalid:5432/jobcard")
    database = production["DATABASES"]["default"]
    assert database["CONN_MAX_AGE"] > 0
    assert database["CONN_HEALTH_CHECKS"] is True


def test_a_session_that_cannot_be_saved_gets_a_japanese_page(django_user_model):
    """While PostgreSQL shuts down, saving the session fails (UpdateError → Django's 400)."""
    user = django_user_model.objects.create_user("db-out@example.jp", "ながいパスワード-2026")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client = Client()
    original = SessionStore.save

    def save(self, must_create=False):  # the new session is created; saving its data fails
        if must_create:
            return original(self, must_create=True)
        raise UpdateError

    with mock.patch.object(SessionStore, "save", save):
        response = client.post("/accounts/login/", {"login": user.email, "password": "ながいパスワード-2026"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "送信を受け付けられませんでした" in page
    assert "時間をおいてから、もう一度お試しください" in page
