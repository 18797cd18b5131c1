"""Consent given and withdrawn, and every partner read recorded."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from oauth2_provider.models import get_access_token_model, get_grant_model, get_refresh_token_model

from sharing.partner_audit import note_partner_read

from .models import PartnerConsent, PartnerDailyUse


def grant(user, client, scopes) -> PartnerConsent:
    """The person allowed ``scopes`` to ``client`` on the consent page (replacing an earlier choice)."""
    consent, _created = PartnerConsent.objects.update_or_create(
        user=user,
        client=client,
        defaults={"scopes": sorted(set(scopes)), "granted_at": timezone.now(), "revoked_at": None},
    )
    return consent


def revoke(consent: PartnerConsent) -> None:
    """「連携をやめる」: the consent ends and every code and token of this person for this client stops
    working at once (the next API call answers 401)."""
    with transaction.atomic():
        PartnerConsent.objects.filter(pk=consent.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        revoke_tokens(consent.user, consent.client)
    consent.refresh_from_db(fields=["revoked_at"])


def revoke_tokens(user, client) -> None:
    RefreshToken = get_refresh_token_model()
    for refresh in RefreshToken.objects.filter(user=user, application=client, revoked__isnull=True):
        refresh.revoke()
    get_access_token_model().objects.filter(user=user, application=client).delete()
    get_grant_model().objects.filter(user=user, application=client).delete()


def active_consent(user, client) -> PartnerConsent | None:
    return PartnerConsent.objects.active().filter(user=user, client=client).first()


def record_read(consent: PartnerConsent, *, target: str = "", what: str = "") -> None:
    """One read by a partner: in the person's 「閲覧・記入の履歴」, their 「連携中のサービス」 (last access)
    and the per-client daily count (no personal data there)."""
    client = consent.client
    now = timezone.now()
    note_partner_read(
        consent.user, client_name=client.name, operator=client.operator, target=target, what=what
    )
    PartnerConsent.objects.filter(pk=consent.pk).update(last_access_at=now)
    today = timezone.localdate(now)
    updated = PartnerDailyUse.objects.filter(client=client, date=today).update(reads=F("reads") + 1)
    if not updated:
        use, created = PartnerDailyUse.objects.get_or_create(client=client, date=today, defaults={"reads": 1})
        if not created:
            PartnerDailyUse.objects.filter(pk=use.pk).update(reads=F("reads") + 1)
