"""Local development: `make run`."""

import os

from django.core.exceptions import ImproperlyConfigured

from demo import mynaportal as demo_mynaportal

from .base import *  # noqa: F403
from .base import BASE_DIR, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-jobcard-portal-0123456789abcdef")
# `make run` serves http://127.0.0.1:8000, so the links in its mails must be http too.
ACCOUNT_DEFAULT_HTTP_PROTOCOL = os.environ.get("ACCOUNT_DEFAULT_HTTP_PROTOCOL", "http")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

# Static files come straight from the app folders (no collectstatic needed outside production).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# 検証用マイナポータル: `make run` sets DEMO_MYNAPORTAL_OP=1 and starts `manage.py run_demo_op`, the
# test suite's OpenID Provider on 127.0.0.1 (demo/mynaportal_op.py, NOT マイナポータル). These settings
# then point the マイナポータル login at it, and its button says 検証用. Production refuses all of it.
DEMO_MYNAPORTAL_OP = env_bool("DEMO_MYNAPORTAL_OP", False)
DEMO_MYNAPORTAL_OP_PORT = int(os.environ.get("DEMO_MYNAPORTAL_OP_PORT", str(demo_mynaportal.DEFAULT_PORT)))
if DEMO_MYNAPORTAL_OP:
    if not DEBUG:
        raise ImproperlyConfigured("DEMO_MYNAPORTAL_OP (the 検証用 test OP) needs DEBUG on.")
    _demo_app = demo_mynaportal.provider_app(DEMO_MYNAPORTAL_OP_PORT)
    MYNAPORTAL_OIDC_ISSUER = _demo_app["settings"]["server_url"]
    MYNAPORTAL_OIDC_CLIENT_ID = _demo_app["client_id"]
    MYNAPORTAL_OIDC_CLIENT_SECRET = _demo_app["secret"]
    SOCIALACCOUNT_PROVIDERS = {**SOCIALACCOUNT_PROVIDERS, "mynaportal": {"APPS": [_demo_app]}}

# Partner API: a development-only ID-token key, made once into .dev-oidc-key.pem (git-ignored), unless
# PARTNER_OIDC_RSA_PRIVATE_KEY(_FILE) is set. Production never reads this file (partners/keys.py).
if not OAUTH2_PROVIDER["OIDC_RSA_PRIVATE_KEY"]:
    from partners.keys import development_key

    OAUTH2_PROVIDER = {
        **OAUTH2_PROVIDER,
        "OIDC_RSA_PRIVATE_KEY": development_key(BASE_DIR / ".dev-oidc-key.pem"),
    }
