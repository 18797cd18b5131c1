"""A share granted directly to an organisation, without a code: the person accepts a company's
offer (スカウト, ``matching.offers``) and opens the chosen sheets to it.

It is the same ``Share`` as one made with a code, already received: bound to the organisation (and
the member who made the offer, when the person chose 「担当者だけ」) from the start. Its code is never
made known (a random one is hashed so the column stays unique), so nobody can receive it again.
The supporter's reads and writes are then recorded by ``sharing.services`` as for any share; the
person stops it on /sharing/ like any other.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from . import codes
from .models import Membership, Organisation, Share

DEFAULT_DAYS = 90


class GrantRefused(Exception):
    pass


def grant_to_organisation(
    card,
    *,
    member: Membership,
    sheets,
    scope: str = Share.Scope.MEMBER,
    expires_at: datetime.datetime | None = None,
    note: str = "",
) -> Share:
    """Share ``sheets`` of ``card`` with ``member``'s organisation (approved only), received now.

    Only sheets the person has saved are shared (as with a code: drafts are never shared)."""
    organisation = member.organisation
    if organisation.status != Organisation.Status.APPROVED:
        raise GrantRefused("organisation not approved")
    if scope not in Share.Scope.values:
        raise GrantRefused("unknown scope")
    saved = set(
        card.entries.filter(sheet_code__in=list(sheets), saved_data__isnull=False).values_list(
            "sheet_code", flat=True
        )
    )
    chosen = [code for code in sheets if code in saved]
    if not chosen:
        raise GrantRefused("no saved sheet")
    now = timezone.now()
    with transaction.atomic():
        return Share.objects.create(
            card=card,
            owner=card.owner,
            sheets=chosen,
            scope=scope,
            note=note[:100],
            expires_at=expires_at or now + datetime.timedelta(days=DEFAULT_DAYS),
            code_hash=codes.code_hash(codes.new_code()),  # never shown: the share is received below
            code_expires_at=now,
            organisation=organisation,
            member=member,
            received_at=now,
        )
