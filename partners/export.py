"""The partner part of 「登録データのダウンロード」 (accounts.export): linked services, what was allowed,
last reads, and the proposals partners sent. Token values are never stored (checksums only) nor exported."""

from __future__ import annotations

from .models import ImportProposal, PartnerConsent

# Rows that are about the person but carry nothing to give back: what they stand for is in the section.
NOT_EXPORTED = {
    "oauth2_provider.AccessToken": "partner access tokens (checksums only; the consent is exported)",
    "oauth2_provider.RefreshToken": "partner refresh tokens (checksums only; the consent is exported)",
    "oauth2_provider.Grant": "one-minute authorization codes (the consent is exported)",
    "oauth2_provider.IDToken": "signed ID tokens handed to a partner (only the pairwise identifier)",
    "oauth2_provider.DeviceGrant": "the device grant, which the partner server never issues",
    "partners.PartnerClient": "a partner registered by staff (its optional owner is a staff account)",
}


def export_partners(user) -> dict:
    return {
        "linked_services": [
            {
                "service": c.client.name,
                "operator": c.client.operator,
                "scopes": c.scopes,
                "granted_at": c.granted_at,
                "last_access_at": c.last_access_at,
                "revoked_at": c.revoked_at,
            }
            for c in PartnerConsent.objects.filter(user=user).select_related("client")
        ],
        "proposals": [
            {
                "service": p.client.name,
                "sheet": p.sheet_code,
                "section": p.section,
                "rows": p.rows,
                "status": p.status,
                "accepted_rows": p.accepted_rows,
                "created_at": p.created_at,
                "decided_at": p.decided_at,
            }
            for p in ImportProposal.objects.filter(user=user).select_related("client")
        ],
    }
