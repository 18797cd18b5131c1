"""The demo job seeker and their saved Job Card (data in demo/data/person.py).

Called by ``demo.loader.DemoLoader.run()``. Idempotent: the person, profile and card are created
once; a sheet that already has a saved version is left as it is (someone may have edited it).
"""

from __future__ import annotations

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from accounts.models import Profile
from demo.data import person as data
from lifeline.models import LifelinePoint
from sheets.models import Card
from sheets.services import save_version, start_entry


def load_demo_person(loader) -> None:
    User = get_user_model()
    item = data.PERSON
    user, created = User.objects.get_or_create(
        email=item["email"],
        defaults={k: item[k] for k in ("last_name", "first_name", "last_name_kana", "first_name_kana")},
    )
    if created:
        user.set_password(item["password"])
        user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    profile_fields = {**data.PROFILE, "birth_date": datetime.date.fromisoformat(data.PROFILE["birth_date"])}
    Profile.objects.get_or_create(user=user, defaults=profile_fields)
    card = Card.objects.filter(owner=user).order_by("pk").first() or Card.objects.create(owner=user)
    for code, sheet in data.SHEETS.items():
        entry = card.entries.filter(sheet_code=code).first() or start_entry(card, code)
        if entry.saved_data is None:
            save_version(entry, sheet, entry.lock_version, user)
    if not card.lifeline_points.exists():
        LifelinePoint.objects.bulk_create(
            LifelinePoint(card=card, age=age, satisfaction=score, event=event)
            for age, score, event in data.LIFELINE
        )
    if hasattr(loader, "users"):
        loader.users.append({**item, "group": "", "admin": False})
