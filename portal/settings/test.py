"""The test suite: SQLite in memory unless DATABASE_URL points elsewhere."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, database_from_url

SECRET_KEY = "test-only-not-secret"  # noqa: S105
DEBUG = False
DATABASES = {"default": database_from_url(os.environ.get("DATABASE_URL", "sqlite:///:memory:"))}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / ".test-media"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

# Static files come straight from the app folders (no collectstatic needed outside production).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Statistics events are written at once in tests (no buffer flushed by a timer thread).
INSIGHTS_BUFFER_SIZE = 1

# Partner API: an ID-token key made in memory for this run (never a committed key).
from partners.keys import generate_pem  # noqa: E402

OAUTH2_PROVIDER = {**OAUTH2_PROVIDER, "OIDC_RSA_PRIVATE_KEY": generate_pem()}
