"""Settings shared by every environment. Everything that differs comes from environment variables.

See docs/settings.md for the table of variables.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "accounts",
    "content",
    "home",
    "guidance_pages",
    "legal",
    "sheets",
    "outputs",
    "assistant",
    "sentences",
    "lifeline",
    "occupations",
    "diagnosis",
    "resumes",
    "insights",
    "demo",
    "matching",
    "sharing",
    "partners",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "accounts.mynaportal",  # マイナポータル OIDC provider (nonce + signature checked; not the generic one)
    "allauth.usersessions",
    "django_tasks",
    "django_tasks_db",  # the database task queue, used when TASKS_BACKEND names it (manage.py db_worker)
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "oauth2_provider",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache: a cached page gets fresh headers (and never a stale nonce).
    "portal.headers.SiteCSPMiddleware",
    "portal.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "insights.middleware.PageViewMiddleware",  # before the page cache, so cached pages count too
    "content.cache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.security.SessionLimitsMiddleware",
    "accounts.security.StaffMfaRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "accounts.context_processors.session_timeout",
            ],
        },
    },
]


def database_from_url(url: str, **kwargs) -> dict:
    """One database setting from a URL; SQLite gets the options that let it hold a classroom at
    once: readers never wait for the writer (WAL), a writer waits for another instead of failing
    at once (timeout, seconds), and a transaction that will write takes the lock when it begins
    (IMMEDIATE), so two saves queue up rather than one failing with "database is locked" when it
    upgrades from reading to writing."""
    database = dj_database_url.parse(url, **kwargs)
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("OPTIONS", {}).update(
            {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
                "transaction_mode": "IMMEDIATE",
                "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20")),
            }
        )
    return database


DATABASES = {
    "default": database_from_url(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        # A kept connection is checked before a request reuses it: after PostgreSQL restarts, each
        # worker thread reconnects instead of answering 500 once on its dead connection.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Accounts (django-allauth): the e-mail address is the login ID; see docs/accounts.md.
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
SOCIALACCOUNT_ADAPTER = "accounts.adapter.SocialAccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True  # the same answer for known and unknown addresses
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "【ジョブ・カード作成支援サイト】"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = os.environ.get("ACCOUNT_DEFAULT_HTTP_PROTOCOL", "https")
# Failed logins are limited per account *and* address together (see accounts.adapter): a
# lockout by address alone would shut out everyone behind a mobile carrier's NAT.
LOGIN_LOCKOUT_ATTEMPTS = int(os.environ.get("LOGIN_LOCKOUT_ATTEMPTS", "5"))
LOGIN_LOCKOUT_SECONDS = int(os.environ.get("LOGIN_LOCKOUT_SECONDS", "900"))
# Pages restricted to signed-in people send them to allauth's login (lockout, verified e-mail), never
# to Wagtail's own form; a page's shared password allows a few wrong guesses per address (accounts.guards).
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
PAGE_PASSWORD_ATTEMPTS = int(os.environ.get("PAGE_PASSWORD_ATTEMPTS", "10"))
PAGE_PASSWORD_WINDOW_SECONDS = int(os.environ.get("PAGE_PASSWORD_WINDOW_SECONDS", "900"))
# Share codes (sharing.services.receive): wrong codes per account, and per address with a far higher
# ceiling so that one guesser does not lock out a school or a Hello Work counter behind one address.
SHARE_CODE_ATTEMPTS_PER_ACCOUNT = int(os.environ.get("SHARE_CODE_ATTEMPTS_PER_ACCOUNT", "10"))
SHARE_CODE_ATTEMPTS_PER_ADDRESS = int(os.environ.get("SHARE_CODE_ATTEMPTS_PER_ADDRESS", "200"))
SHARE_CODE_WINDOW_SECONDS = int(os.environ.get("SHARE_CODE_WINDOW_SECONDS", "900"))
# Matching (#19): offers a company may send a day, whether a company's posting waits for staff
# review before it is published, and how many candidates a posting's list shows.
MATCHING_OFFERS_PER_COMPANY_PER_DAY = int(os.environ.get("MATCHING_OFFERS_PER_COMPANY_PER_DAY", "20"))
MATCHING_REVIEW_BEFORE_PUBLISHING = os.environ.get("MATCHING_REVIEW_BEFORE_PUBLISHING", "false").lower() in (
    "1",
    "true",
    "yes",
)
MATCHING_CANDIDATES_SHOWN = int(os.environ.get("MATCHING_CANDIDATES_SHOWN", "20"))
# 「AIによる推定」 of job tag tasks from 様式2 duties (matching.ai_tasks): Gemini when GEMINI_API_KEY is set,
# or a dotted provider class; "none" switches it off.
MATCHING_TASKS_PROVIDER = os.environ.get("MATCHING_TASKS_PROVIDER", "")
# 「印刷用PDF」 of guidance pages (guidance_pages.prints): kept per live revision and language this long.
GUIDANCE_PRINT_SECONDS = int(os.environ.get("GUIDANCE_PRINT_SECONDS", str(7 * 24 * 3600)))
# Share of a company's candidate list kept for people whose 様式2 has at most one row (matching.selection).
MATCHING_NEWCOMER_SHARE = float(os.environ.get("MATCHING_NEWCOMER_SHARE", "0.2"))
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": f"100/m/ip,{LOGIN_LOCKOUT_ATTEMPTS}/{LOGIN_LOCKOUT_SECONDS}s/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
WAGTAILADMIN_LOGIN_URL = "account_login"

MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "ジョブ・カード作成支援サイト"
MFA_RECOVERY_CODE_COUNT = 10

USERSESSIONS_TRACK_ACTIVITY = True  # noted at most once a minute by accounts.security, not per request

# Sessions: idle timeout with a warning before it, and an absolute limit (accounts.security).
SESSION_IDLE_SECONDS = int(os.environ.get("SESSION_IDLE_SECONDS", str(30 * 60)))
SESSION_IDLE_WARNING_SECONDS = int(os.environ.get("SESSION_IDLE_WARNING_SECONDS", "120"))
SESSION_ABSOLUTE_SECONDS = int(os.environ.get("SESSION_ABSOLUTE_SECONDS", str(12 * 60 * 60)))
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_SECONDS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "portal.errors.csrf_failure"  # Japanese, keeps what was typed, one-click resend

# マイナポータル login (OpenID Connect), accounts.mynaportal; see docs/features/mynaportal-login.md.
# Enabled when MYNAPORTAL_OIDC_CLIENT_ID is set. Authorization code + PKCE (S256), state and nonce,
# id_token signature checked against the issuer's JWKS, scope "openid" only (fixed in the provider).
# Only the OIDC subject is kept, never the My Number, a name or an address.
MYNAPORTAL_OIDC_ISSUER = os.environ.get("MYNAPORTAL_OIDC_ISSUER", "")
MYNAPORTAL_OIDC_CLIENT_ID = os.environ.get("MYNAPORTAL_OIDC_CLIENT_ID", "")
MYNAPORTAL_OIDC_CLIENT_SECRET = os.environ.get("MYNAPORTAL_OIDC_CLIENT_SECRET", "")
SOCIALACCOUNT_ONLY = False
SOCIALACCOUNT_STORE_TOKENS = False
# No e-mail comes from マイナポータル: a new person gives one on the sign-up form and verifies it;
# an existing account is never matched (let alone linked) by e-mail address.
SOCIALACCOUNT_EMAIL_REQUIRED = True
SOCIALACCOUNT_EMAIL_VERIFICATION = "mandatory"
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = False
SOCIALACCOUNT_PROVIDERS = {
    "mynaportal": {
        "APPS": (
            [
                {
                    "name": "マイナポータル",
                    "client_id": MYNAPORTAL_OIDC_CLIENT_ID,
                    "secret": MYNAPORTAL_OIDC_CLIENT_SECRET,
                    "settings": {"server_url": MYNAPORTAL_OIDC_ISSUER},
                }
            ]
            if MYNAPORTAL_OIDC_CLIENT_ID
            else []
        ),
    }
}

# Caches: Redis when REDIS_URL is set, local memory otherwise. While Redis cannot be reached the
# cache answers as empty instead of raising (portal/cache.py; docs/security.md, "Load and faults"),
# and a call waits at most REDIS_CONNECT_TIMEOUT / REDIS_SOCKET_TIMEOUT seconds for it.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "portal.cache.OutageTolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "jobcard"),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "1")),
                "SOCKET_TIMEOUT": float(os.environ.get("REDIS_SOCKET_TIMEOUT", "2")),
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "jobcard-default",
        }
    }
# Seconds a public page is kept in the server-side cache and told to browsers/CDN.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))

# Internationalisation: Japanese first, English through wagtail-localize and gettext.
LANGUAGE_CODE = "ja"
TIME_ZONE = "Asia/Tokyo"
USE_I18N = True
USE_TZ = True
# The site's date formats per language (portal/formats/<lang>/formats.py), used as |date:"DATE_FORMAT".
FORMAT_MODULE_PATH = ["portal.formats"]
LANGUAGES = [("ja", "日本語"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "collected-static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Mail: console in development, SMTP by environment variables elsewhere.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ジョブ・カード作成支援サイト <noreply@localhost>")

# Background work: django-tasks, run immediately unless a worker backend is configured.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

# Job Card exports and uploads (outputs/; docs/features/exports.md). Uploaded PDFs live outside
# MEDIA_ROOT and are served only to their owner, through a view.
OUTPUTS_PRIVATE_ROOT = Path(os.environ.get("OUTPUTS_PRIVATE_ROOT", BASE_DIR / "private-media"))
OUTPUTS_MAX_XLSX_BYTES = int(os.environ.get("OUTPUTS_MAX_XLSX_BYTES", str(5 * 1024 * 1024)))
OUTPUTS_MAX_PDF_BYTES = int(os.environ.get("OUTPUTS_MAX_PDF_BYTES", str(10 * 1024 * 1024)))
# A JSON Resume file to import (outputs.portable); a whole card is a few tens of KB.
OUTPUTS_MAX_JSON_BYTES = int(os.environ.get("OUTPUTS_MAX_JSON_BYTES", str(1024 * 1024)))
# The card's workbook is kept per card (outputs/parts.py; PDFs are rendered by Typst in the request):
# how long it is kept in the cache, and whether a save builds it in the background (unset: only
# when a task worker is configured, never with the immediate backend). The names are historical.
JOBCARD_PDF_PART_SECONDS = int(os.environ.get("JOBCARD_PDF_PART_SECONDS", str(7 * 24 * 60 * 60)))
JOBCARD_PDF_PRERENDER = env_bool("JOBCARD_PDF_PRERENDER") if "JOBCARD_PDF_PRERENDER" in os.environ else None
# 履歴書 photo uploads (resumes/photo.py; docs/features/resumes.md).
RESUMES_PHOTO_MAX_BYTES = int(os.environ.get("RESUMES_PHOTO_MAX_BYTES", str(10 * 1024 * 1024)))

WAGTAIL_SITE_NAME = _("ジョブ・カード作成支援サイト")
# A draft left this many days gets one reminder e-mail (sheets/reminders.py).
JOBCARD_DRAFT_REMINDER_DAYS = int(os.environ.get("JOBCARD_DRAFT_REMINDER_DAYS", "14"))

WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "pdf", "pptx", "txt", "xlsx", "zip", "mp4", "webm", "vtt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 100
# Rich text in API responses is expanded to display HTML (links resolved), not the stored form.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Slugs made from Japanese titles keep their words (「面接の前に読み返す」), not a stray "a" (#13 item 7).
WAGTAIL_ALLOW_UNICODE_SLUGS = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Every JSON body is read within a size and a nesting cap (portal/jsonbody.py): a few kilobytes
# nested thousands of levels deep would otherwise end in RecursionError (a 500).
JSON_BODY_MAX_BYTES = int(os.environ.get("JSON_BODY_MAX_BYTES", str(2 * 1024 * 1024)))
JSON_BODY_MAX_DEPTH = int(os.environ.get("JSON_BODY_MAX_DEPTH", "32"))

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "portal.jsonbody.SafeJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}

# A CDN in front of the site is purged on publish when configured (see docs/settings.md).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # One line per background task is noise; failures are still logged.
        "django_tasks": {"level": "WARNING"},
        "modelsearch": {"level": "WARNING"},
    },
}

# FAQ assistant (assistant/): retrieval always; generative answers only when GEMINI_API_KEY is set.
ASSISTANT_MIN_CONFIDENCE = float(os.environ.get("ASSISTANT_MIN_CONFIDENCE", "0.15"))
ASSISTANT_ANSWER_CONFIDENCE = float(os.environ.get("ASSISTANT_ANSWER_CONFIDENCE", "0.35"))
ASSISTANT_MAX_SOURCES = int(os.environ.get("ASSISTANT_MAX_SOURCES", "3"))
ASSISTANT_RATE_LIMIT = int(os.environ.get("ASSISTANT_RATE_LIMIT", "20"))  # questions per minute per IP
ASSISTANT_INDEX_MAX_AGE = int(os.environ.get("ASSISTANT_INDEX_MAX_AGE", "3600"))
ASSISTANT_CONTACT_URL = os.environ.get("ASSISTANT_CONTACT_URL", "https://www.mhlw.go.jp/kyujin/hwmap.html")
ASSISTANT_LLM_PROVIDER = os.environ.get("ASSISTANT_LLM_PROVIDER", "")
ASSISTANT_LLM_TIMEOUT = float(os.environ.get("ASSISTANT_LLM_TIMEOUT", "8"))
ASSISTANT_GEMINI_MODEL = os.environ.get("ASSISTANT_GEMINI_MODEL", "gemini-2.5-flash")
GEMINI_API_KEY = os.environ.get("GEMINI_API_KEY", "")

# Usage statistics (insights/; docs/statistics.md): raw events kept this many days, then deleted.
INSIGHTS_RETENTION_DAYS = int(os.environ.get("INSIGHTS_RETENTION_DAYS", "90"))
INSIGHTS_REQUIRE_CONSENT = env_bool("INSIGHTS_REQUIRE_CONSENT", False)  # count only after 「同意する」
INSIGHTS_PARTNER_HOSTS = env_list("INSIGHTS_PARTNER_HOSTS")  # more linked systems' host names
INSIGHTS_BUFFER_SIZE = int(os.environ.get("INSIGHTS_BUFFER_SIZE", "50"))  # 1 = one INSERT per event
INSIGHTS_BUFFER_SECONDS = float(os.environ.get("INSIGHTS_BUFFER_SECONDS", "10"))
INSIGHTS_SURVEY_RATE_LIMIT = int(os.environ.get("INSIGHTS_SURVEY_RATE_LIMIT", "10"))  # answers/min/address

# Self-diagnosis (diagnosis/): an anonymous result (reached by its reference code) is kept this many
# days after its last answer; `manage.py clear_expired_diagnoses` deletes older ones.
DIAGNOSIS_ANONYMOUS_DAYS = int(os.environ.get("DIAGNOSIS_ANONYMOUS_DAYS", "180"))

# Security headers (portal/headers.py; docs/security.md, "Headers"; #14 item 7). On in every
# environment, so a page that needs an inline script breaks in development first.
# Scripts: this site's own files and the response's nonce ({{ request.csp_nonce }}); never
# 'unsafe-inline' on the public site. Styles keep 'unsafe-inline' (a few style="" attributes).
_VIDEO_PLAYERS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]  # content/blocks/media.py
_CSP_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": _VIDEO_PLAYERS,
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "report-uri": env_list("CSP_REPORT_URI") or None,
    }
}
# The staff admin (Wagtail 8 still writes a few inline scripts) gets these instead, documented.
ADMIN_CSP_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_CSP_REPLACE = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "frame-src": ["'self'", *_VIDEO_PLAYERS],  # the page preview
    "frame-ancestors": ["'self'"],
}
CSP_REPORT_ONLY = env_bool("CSP_REPORT_ONLY", False)  # send as ...-Report-Only: nothing is blocked
CONTENT_SECURITY_POLICY = None if CSP_REPORT_ONLY else _CSP_POLICY
CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP_POLICY if CSP_REPORT_ONLY else None
# Browser features the site never uses are denied to it and to every frame; video players may
# autoplay (after the visitor's click) and go full screen; copy and share buttons use the clipboard.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": ["self", *_VIDEO_PLAYERS],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": ["self", *_VIDEO_PLAYERS],
    "fullscreen": ["self", *_VIDEO_PLAYERS],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "idle-detection": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": ["self", *_VIDEO_PLAYERS],
    "publickey-credentials-get": [],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}
CROSS_ORIGIN_RESOURCE_POLICY = os.environ.get("CROSS_ORIGIN_RESOURCE_POLICY", "same-origin")
# No calls from the admin to outside hosts: no Gravatar (staff e-mail hashes) and no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Partner API (partners/; docs/features/partner-api.md, #18): an OAuth 2.0 / OpenID Connect authorization
# server (django-oauth-toolkit) for services MHLW registers in the admin, and /api/v1/partner/.
# Authorization code with PKCE (S256) only; every RFC 9700 gate of django-oauth-toolkit is on: no implicit
# or password grant, no "plain" PKCE, exact redirect URIs, refresh tokens rotated with reuse detection,
# the RFC 9207 "iss" in the authorization response, tokens kept only as SHA-256 checksums.
from partners import keys as _partner_keys  # noqa: E402
from partners.scope_list import SCOPES as _PARTNER_SCOPES  # noqa: E402

OAUTH2_PROVIDER_APPLICATION_MODEL = "partners.PartnerClient"
PARTNER_OIDC_RSA_PRIVATE_KEY = _partner_keys.from_environment()
PARTNER_SUBJECT_SALT = os.environ.get("PARTNER_SUBJECT_SALT", "")
PARTNER_API_RATE = os.environ.get("PARTNER_API_RATE", "120/min")  # per client, unless its own is set
OAUTH2_PROVIDER = {
    "OIDC_ENABLED": True,
    "OIDC_RSA_PRIVATE_KEY": PARTNER_OIDC_RSA_PRIVATE_KEY,
    "OIDC_ISS_ENDPOINT": os.environ.get("PARTNER_OIDC_ISSUER", ""),
    "OIDC_RP_INITIATED_LOGOUT_ENABLED": False,
    "SCOPES": _PARTNER_SCOPES,
    "DEFAULT_SCOPES": ["openid"],
    "SCOPES_BACKEND_CLASS": "partners.scopes.PartnerScopes",
    "OAUTH2_VALIDATOR_CLASS": "partners.validators.PartnerValidator",
    "OAUTH2_SERVER_CLASS": "partners.server.PartnerServer",
    "PKCE_REQUIRED": True,
    "AUTHORIZATION_CODE_EXPIRE_SECONDS": 60,
    "ACCESS_TOKEN_EXPIRE_SECONDS": int(os.environ.get("PARTNER_ACCESS_TOKEN_SECONDS", "600")),
    "ID_TOKEN_EXPIRE_SECONDS": 600,
    "REFRESH_TOKEN_EXPIRE_SECONDS": int(os.environ.get("PARTNER_REFRESH_TOKEN_SECONDS", str(30 * 24 * 3600))),
    "ROTATE_REFRESH_TOKEN": True,
    "REFRESH_TOKEN_REUSE_PROTECTION": True,
    "REFRESH_TOKEN_GRACE_PERIOD_SECONDS": 0,
    "REQUEST_APPROVAL_PROMPT": "force",
    # What discovery advertises matches what partners.server.PartnerServer accepts.
    "OIDC_RESPONSE_TYPES_SUPPORTED": ["code"],
    "OIDC_SUBJECT_TYPES_SUPPORTED": ["pairwise"],
    "OAUTH2_RESPONSE_TYPES_SUPPORTED": ["code"],
    "OAUTH2_GRANT_TYPES_SUPPORTED": ["authorization_code", "refresh_token"],
    # http only for loopback partners in development and the tests; production allows https alone.
    "ALLOWED_REDIRECT_URI_SCHEMES": ["http", "https"],
    "ALLOW_URI_WILDCARDS": False,
    "ERROR_RESPONSE_WITH_SCOPES": True,
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT": True,
    "COMPLIANT_BCP_RFC9700_AUTHZ_RESPONSE_ISS": True,
    "COMPLIANT_BCP_RFC9700_TOKEN_STORAGE": True,
    "COMPLIANT_BCP_RFC9700_REFRESH_TOKEN": True,
    "COMPLIANT_BCP_RFC9700_REDIRECT_URI_SCHEME": True,
    "COMPLIANT_BCP_RFC9700_REDIRECT_URI_MATCHING": True,
    "COMPLIANT_BCP_RFC9700_PKCE_REQUIRED": True,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "ジョブ・カード 連携API（Partner API）",
    "DESCRIPTION": "本人が同意した項目だけを、登録された連携先が読み取るためのAPIです。"
    "認可の流れ・範囲・エラーの形は docs/features/partner-api.md を参照してください。",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "PREPROCESSING_HOOKS": ["partners.api.openapi.only_partner_endpoints"],
    # Each operation names its scope (partners/api/views.py); the scheme itself is declared here.
    "APPEND_COMPONENTS": {
        "securitySchemes": {
            "oauth2": {
                "type": "oauth2",
                "description": "認可コード + PKCE（S256）のみ。docs/features/partner-api.md",
                "flows": {
                    "authorizationCode": {
                        "authorizationUrl": "/o/authorize/",
                        "tokenUrl": "/o/token/",
                        "refreshUrl": "/o/token/",
                        "scopes": _PARTNER_SCOPES,
                    }
                },
            }
        }
    },
    "COMPONENT_SPLIT_REQUEST": True,
}
