"""Production: every secret and host comes from the environment."""

import ipaddress
import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from demo import mynaportal as demo_mynaportal

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


# マイナポータル: never the 検証用 test OP of `make run` (demo/mynaportal_op.py) nor any issuer on this
# machine. accounts.mynaportal accepts plain-HTTP loopback issuers (for the tests and the demo); here
# only an HTTPS issuer on a real host will do, and the demo's client ID or flag stops the start.
def _is_local_host(hostname: str) -> bool:
    hostname = hostname.rstrip(".").lower()
    if hostname == "localhost" or hostname.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(hostname)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified or address.is_link_local


if env_bool("DEMO_MYNAPORTAL_OP", False) or os.environ.get("DEMO_MYNAPORTAL_OP_PORT"):
    raise ImproperlyConfigured(
        "DEMO_MYNAPORTAL_OP turns on the 検証用 test OpenID Provider of `make run`; never in production."
    )
DEMO_MYNAPORTAL_OP = False
for _app in SOCIALACCOUNT_PROVIDERS.get("mynaportal", {}).get("APPS") or []:
    _issuer = urlsplit((_app.get("settings") or {}).get("server_url") or "")
    if _app.get("client_id") == demo_mynaportal.CLIENT_ID or (_app.get("settings") or {}).get("demo"):
        raise ImproperlyConfigured("The 検証用 マイナポータル client of `make run` is not for production.")
    if _issuer.scheme != "https" or not _issuer.hostname or _is_local_host(_issuer.hostname):
        raise ImproperlyConfigured(
            "MYNAPORTAL_OIDC_ISSUER must be the HTTPS URL of the real issuer in production "
            "(not this machine, not the 検証用 test OP)."
        )


# Partner API: https redirect URIs only (the loopback http of development and the tests is refused), and
# the ID-token key from the environment (checked by `manage.py check --deploy`, partners.E001).
OAUTH2_PROVIDER = {**OAUTH2_PROVIDER, "ALLOWED_REDIRECT_URI_SCHEMES": ["https"]}
