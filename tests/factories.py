"""Test data from factories (factory_boy): people, their 登録情報 and cards.

``PersonFactory`` makes an account; ``ProfileFactory`` its 登録情報; ``CardFactory`` a card, with
``sheets={code: data}`` saved as versions. ``hanako()`` is the one 山田花子 of the tests (account,
登録情報 and, when asked, a card): tests that need "a typical person" use her, so her details are
written once.
"""

from __future__ import annotations

import datetime

import factory
from django.contrib.auth import get_user_model

from accounts.models import Profile
from sheets.models import Card
from sheets.services import save_version, start_entry

PASSWORD = "pass-1234-word"


class PersonFactory(factory.django.DjangoModelFactory):
    """An account (e-mail and password; names when given)."""

    class Meta:
        model = get_user_model()

    email = factory.Sequence(lambda n: f"person{n}@example.jp")
    password = PASSWORD

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        """Through the manager's ``create_user`` (the password hashed); an existing e-mail address
        gives that account back unchanged."""
        manager = cls._get_manager(model_class)
        return manager.filter(email=kwargs["email"]).first() or manager.create_user(*args, **kwargs)


class ProfileFactory(factory.django.DjangoModelFactory):
    """登録情報 for an account."""

    class Meta:
        model = Profile
        django_get_or_create = ("user",)

    user = factory.SubFactory(PersonFactory)


class CardFactory(factory.django.DjangoModelFactory):
    """A card; ``sheets={code: data}`` saves each sheet as the owner's first version."""

    class Meta:
        model = Card
        skip_postgeneration_save = True  # the sheets are saved through the service, not the card

    owner = factory.SubFactory(PersonFactory)

    @factory.post_generation
    def sheets(card, create, extracted, **kwargs):
        for code, data in (extracted or {}).items():
            entry = start_entry(card, code)
            save_version(entry, data, entry.lock_version, card.owner)


HANAKO = {
    "email": "hanako@example.jp",
    "last_name": "山田",
    "first_name": "花子",
    "last_name_kana": "やまだ",
    "first_name_kana": "はなこ",
}
HANAKO_PROFILE = {
    "birth_date": datetime.date(1990, 4, 1),
    "gender": "女性",
    "postal_code": "1000013",
    "address": "東京都千代田区霞が関1-2-2",
    "address_kana": "とうきょうとちよだくかすみがせき",
    "phone": "03-1234-5678",
}


def hanako(*, sheets: dict[str, dict] | None = None, **changes):
    """山田花子: her account and 登録情報 (``changes`` override either), and a card with ``sheets``
    saved when given."""
    user = PersonFactory(**{**HANAKO, **{k: v for k, v in changes.items() if k in HANAKO or k == "password"}})
    ProfileFactory(
        user=user, **{**HANAKO_PROFILE, **{k: v for k, v in changes.items() if k in HANAKO_PROFILE}}
    )
    if sheets is not None:
        CardFactory(owner=user, sheets=sheets)
    return user
