"""People with Job Cards for the résumé tests: signed in (with 基本情報) and anonymous."""

from __future__ import annotations

import datetime

import pytest

from resumes.samples import small_sheets
from sheets import services
from sheets.cards import SESSION_KEY
from sheets.models import Card

from ..factories import hanako

TODAY = datetime.date(2025, 6, 15)


def fill_card(card: Card, sheets: dict[str, dict], user=None) -> Card:
    for code, data in sheets.items():
        entry = services.start_entry(card, code)
        services.save_version(entry, data, entry.lock_version, user)
    return card


@pytest.fixture
def person(db):
    return hanako(sheets=small_sheets())


@pytest.fixture
def signed_in(client, person):
    client.force_login(person)
    return client


@pytest.fixture
def anonymous(client, db):
    """A visitor without an account whose session holds the key of a filled anonymous card."""
    card, key = Card.create_anonymous()
    fill_card(card, small_sheets())
    session = client.session
    session[SESSION_KEY] = key
    session.save()
    client.card = card
    return client


@pytest.fixture
def fixed_today(monkeypatch):
    """The pages' 「今日」 (resumes.views.today) pinned to TODAY."""
    monkeypatch.setattr("resumes.views.today", lambda: TODAY)
    return TODAY
