"""The OAuth 2.0 request validator: authorization code with PKCE (S256) for registered, active clients only.

Everything else is django-oauth-toolkit's (and its RFC 9700 gates, on in ``portal.settings.base``):
exact redirect URIs, no implicit or password grant, no ``plain`` PKCE, rotating refresh tokens with reuse
detection, tokens kept only as SHA-256 checksums.
"""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings
from oauth2_provider.oauth2_validators import OAuth2Validator

ALLOWED_GRANTS = {"authorization_code", "refresh_token"}


def pairwise_subject(client_id: str, user_pk) -> str:
    """The person's ``sub`` for one client: the same for that client, unlinkable between clients."""
    key = f"partners-sub:{settings.PARTNER_SUBJECT_SALT or settings.SECRET_KEY}".encode()
    return hmac.new(key, f"{client_id}:{user_pk}".encode(), hashlib.sha256).hexdigest()


class PartnerValidator(OAuth2Validator):
    oidc_claim_scope = {"sub": "openid"}

    def validate_grant_type(self, client_id, grant_type, client, request, *args, **kwargs):
        if grant_type not in ALLOWED_GRANTS:
            return False
        return super().validate_grant_type(client_id, grant_type, client, request, *args, **kwargs)

    def validate_response_type(self, client_id, response_type, client, request, *args, **kwargs):
        if response_type != "code":
            return False
        return super().validate_response_type(client_id, response_type, client, request, *args, **kwargs)

    def get_claim_dict(self, request):
        return {"sub": lambda r: pairwise_subject(r.client.client_id, r.user.pk)}

    def get_discovery_claims(self, request):
        return ["sub"]
