"""The demo's 検証用 partner service (``load_demo``): lets ``examples/partner_client.py`` run the whole flow
against ``make run``. Its credentials are public (they are in this file): never load the demo into a
production database, and a real partner is registered by staff in the admin."""

from __future__ import annotations

import datetime

CLIENT_ID = "demo-partner"
CLIENT_SECRET = "demo-partner-secret-not-for-production"  # noqa: S105 - a public demo value
REDIRECT_URI = "http://127.0.0.1:8765/callback"


def load_demo_partner(loader=None):
    from partners.models import PartnerClient

    client = PartnerClient.objects.filter(client_id=CLIENT_ID).first() or PartnerClient(client_id=CLIENT_ID)
    client.name = "検証用連携サービス"
    client.operator = "検証用（デモ）"
    client.client_type = PartnerClient.CLIENT_CONFIDENTIAL
    client.authorization_grant_type = PartnerClient.GRANT_AUTHORIZATION_CODE
    client.client_secret = CLIENT_SECRET
    client.hash_client_secret = True
    client.redirect_uris = REDIRECT_URI
    client.allowed_scopes = [
        "openid",
        "profile",
        "sheet:1-1",
        "sheet:2",
        "sheet:3-2",
        "propose:3-2",
        "propose:basics",
    ]
    client.contact_email = "partner-demo@example.jp"
    client.agreement_date = datetime.date(2026, 12, 1)
    client.algorithm = PartnerClient.RS256_ALGORITHM
    client.active = True
    client.save()
    return client
