"""`manage.py check`: a configured マイナポータル client needs an HTTPS issuer and a secret."""

from django.conf import settings
from django.core import checks

from .views import PROVIDER_ID, is_acceptable_url


def check_mynaportal_settings(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    errors = []
    provider = getattr(settings, "SOCIALACCOUNT_PROVIDERS", {}).get(PROVIDER_ID, {})
    for app in provider.get("APPS") or []:
        issuer = (app.get("settings") or {}).get("server_url", "")
        if not is_acceptable_url(issuer):
            errors.append(
                checks.Error(
                    "MYNAPORTAL_OIDC_ISSUER must be the issuer's HTTPS URL "
                    "when MYNAPORTAL_OIDC_CLIENT_ID is set.",
                    id="mynaportal.E001",
                )
            )
        if not app.get("secret"):
            errors.append(
                checks.Error(
                    "MYNAPORTAL_OIDC_CLIENT_SECRET is required when MYNAPORTAL_OIDC_CLIENT_ID is set.",
                    id="mynaportal.E002",
                )
            )
    if "allauth.socialaccount.providers.openid_connect" in settings.INSTALLED_APPS:
        errors.append(
            checks.Warning(
                "The generic OpenID Connect provider is installed: an app configured there would skip "
                "the nonce and signature checks of accounts.mynaportal.",
                id="mynaportal.W001",
            )
        )
    return errors
