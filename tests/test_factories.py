"""The test factories make what they say (no demo needed: the session does not load it for these)."""

import pytest

from sheets.models import Card

from .factories import PASSWORD, CardFactory, PersonFactory, hanako

pytestmark = pytest.mark.django_db


def test_hanako_is_one_person_with_her_details_and_card():
    user = hanako(sheets={"1-1": {"entry_date": "2026-11-20", "strengths": "経理の実務経験。"}})
    assert (user.last_name, user.first_name, user.email) == ("山田", "花子", "hanako@example.jp")
    assert user.check_password(PASSWORD)
    profile = user.profile
    assert (profile.gender, profile.phone, profile.postal_code) == ("女性", "03-1234-5678", "1000013")
    card = Card.objects.get(owner=user)
    entry = card.entries.get(sheet_code="1-1")
    assert entry.saved_data["strengths"] == "経理の実務経験。" and entry.lock_version == 1
    assert hanako(phone="090-1234-5678").pk == user.pk  # the same account, not a second one
    user.profile.refresh_from_db()
    assert user.profile.phone == "03-1234-5678"  # an existing 登録情報 is kept as it was
    assert Card.objects.filter(owner=user).count() == 1


def test_people_and_cards_are_distinct():
    first, second = PersonFactory(), PersonFactory()
    assert first.email != second.email
    card = CardFactory(owner=first)
    assert card.owner == first and not card.entries.exists()
