"""People with Job Cards for the résumé tests: signed in (with 基本情報) and anonymous."""

from __future__ import annotations

import datetime

import pytest

from accounts.models import Profile
from forms import services
from forms.cards import SESSION_KEY
from forms.models import Card
from resumes.samples import small_sheets

TODAY = datetime.date(2025, 6, 15)


def fill_card(card: Card, sheets: dict[str, dict], user=None) -> Card:
    for code, data in sheets.items():
        entry = services.start_entry(card, code)
        services.save_version(entry, data, entry.lock_version, user)
    return card


@pytest.fixture
def person(django_user_model):
    user = django_user_model.objects.create_user(
        email="hanako@example.jp",
        password="x",
        last_name="山田",
        first_name="花子",
        last_name_kana="やまだ",
        first_name_kana="はなこ",
    )
    Profile.objects.create(
        user=user,
        birth_date=datetime.date(1990, 4, 1),
        gender="女",
        postal_code="1000013",
        address="東京都千代田区霞が関1-2-2",
        address_kana="とうきょうとちよだくかすみがせき",
        phone="090-1234-5678",
    )
    fill_card(Card.objects.create(owner=user), small_sheets(), user)
    return user


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
