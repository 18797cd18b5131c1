"""System checks of the partner authorization server (``manage.py check --deploy``)."""

from __future__ import annotations

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def oidc_signing_key(app_configs, **kwargs):
    pem = (getattr(settings, "OAUTH2_PROVIDER", {}) or {}).get("OIDC_RSA_PRIVATE_KEY", "")
    if not pem:
        return [
            checks.Error(
                "No RS256 key signs the partner API's ID tokens.",
                hint="Set PARTNER_OIDC_RSA_PRIVATE_KEY (PEM) or PARTNER_OIDC_RSA_PRIVATE_KEY_FILE "
                "(see docs/settings.md); never reuse the development key.",
                id="partners.E001",
            )
        ]
    try:
        from cryptography.hazmat.primitives.asymmetric import rsa
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        key = load_pem_private_key(pem.encode(), password=None)
    except (ValueError, TypeError):
        return [checks.Error("PARTNER_OIDC_RSA_PRIVATE_KEY is not a PEM private key.", id="partners.E002")]
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < 2048:
        return [
            checks.Error(
                "The partner API's signing key must be RSA of 2048 bits or more.", id="partners.E003"
            )
        ]
    return []
