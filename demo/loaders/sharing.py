"""Demo supporters and shares (data in demo/data/supporters.py). Idempotent: what exists is kept."""

from __future__ import annotations

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from demo.data import person as person_data
from demo.data import supporters as data
from sharing import codes
from sharing.models import Group, GroupMember, Membership, Organisation, Share
from sheets.models import Card
from sheets.services import save_version, start_entry


def _user(email, password, last_name, first_name):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        email=email, defaults={"last_name": last_name, "first_name": first_name}
    )
    if created:
        user.set_password(password)
        user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def _share(card, organisation, member, sheets, scope, note):
    existing = Share.objects.filter(card=card, organisation=organisation, revoked_at__isnull=True).first()
    if existing is not None:
        missing = [code for code in sheets if code not in existing.sheets]
        if missing:  # a demo loaded by an earlier version: the share grows to what the demo says
            existing.sheets = [*existing.sheets, *missing]
            existing.save(update_fields=["sheets"])
        return
    now = timezone.now()
    Share.objects.create(
        card=card,
        owner=card.owner,
        sheets=sheets,
        scope=scope,
        note=note,
        expires_at=now + datetime.timedelta(days=90),
        code_hash=codes.code_hash(codes.new_code()),  # already received: the code is never shown
        code_expires_at=now,
        organisation=organisation,
        member=member,
        received_at=now,
    )


def _evaluation_in_progress(card, member) -> None:
    """様式3-3-1-1 started by the demo company: its part written, the person's 自己評価 in, no 総評."""
    from sheets.definitions import get_definition
    from sheets.definitions.base import Writer
    from sheets.definitions.evaluation import BASIC_ABILITY_UNITS

    spec = data.COMPANY_EVALUATION
    if card.entries.filter(sheet_code=spec["sheet"]).exists():
        return
    company = spec["company"]
    entry = start_entry(card, spec["sheet"])
    fields = {f.key for f in get_definition(spec["sheet"]).fields}
    written = {k: v for k, v in company.items() if k in fields}
    abilities = {
        unit: {f"c{i}": {"company_rating": company["company_rating"]} for i in range(1, len(criteria) + 1)}
        for unit, _name, _what, criteria in BASIC_ABILITY_UNITS
    }
    save_version(
        entry, {**written, "basic_abilities": abilities}, entry.lock_version, member.user, role=Writer.COMPANY
    )
    data_now = entry.saved_data
    for unit, _name, _what, criteria in BASIC_ABILITY_UNITS:
        for i in range(1, len(criteria) + 1):
            rating = "B" if (unit, i) in spec["self_b"] else "A"
            data_now["basic_abilities"][unit][f"c{i}"]["self_rating"] = rating
    save_version(entry, data_now, entry.lock_version, card.owner)


def load_supporters(loader) -> None:
    members = {}
    for item in data.ORGANISATIONS:
        org, _ = Organisation.objects.get_or_create(
            name=item["name"],
            defaults={
                "kind": item["kind"],
                "prefecture": item["prefecture"],
                "status": Organisation.Status.APPROVED,
            },
        )
        m = item["member"]
        user = _user(m["email"], m["password"], m["last_name"], m["first_name"])
        members[item["key"]], _ = Membership.objects.get_or_create(
            organisation=org, user=user, defaults={"display_name": m["display_name"], "role": m["role"]}
        )
        if hasattr(loader, "users"):
            loader.users.append(
                {"email": m["email"], "password": m["password"], "role": m["login_role"], "admin": False}
            )

    person = get_user_model().objects.filter(email=person_data.PERSON["email"]).first()
    card = Card.objects.filter(owner=person).order_by("pk").first() if person else None
    if card is not None:
        for item in data.PERSON_SHARES:
            member = members[item["organisation"]]
            _share(card, member.organisation, member, item["sheets"], item["scope"], item["note"])

        _evaluation_in_progress(card, members["company"])

    school = members["school"]
    group = Group.objects.filter(organisation=school.organisation, name=data.SCHOOL_CLASS).first()
    if group is None:
        group = Group.objects.create(
            organisation=school.organisation,
            name=data.SCHOOL_CLASS,
            code_hash=codes.code_hash(codes.new_code()),  # never shown; the room can issue a new one
            created_by=school.user,
        )
    for student in data.STUDENTS:
        user = _user(student["email"], data.STUDENT_PASSWORD, student["last_name"], student["first_name"])
        card = Card.objects.filter(owner=user).order_by("pk").first() or Card.objects.create(owner=user)
        entry = card.entries.filter(sheet_code="1-2").first() or start_entry(card, "1-2")
        if entry.saved_data is None:
            save_version(entry, student["sheet"], entry.lock_version, user)
        _share(card, school.organisation, school, ["1-2"], Share.Scope.ORGANISATION, "進路相談用")
        GroupMember.objects.get_or_create(group=group, person=user, left_at=None)
