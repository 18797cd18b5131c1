"""Settings for `bench/pages.py`: the dev settings with DEBUG off, quiet logging, and a throwaway database.

The database comes from DATABASE_URL (the benchmark points it at a temporary SQLite file); the
cache is the one base.py configures (local memory per process, Redis when REDIS_URL is set).
"""

import os

import dj_database_url

from portal.settings.dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", *os.environ.get("BENCH_EXTRA_HOSTS", "").split(",")]
ALLOWED_HOSTS = [host for host in ALLOWED_HOSTS if host]
ROOT_URLCONF = "bench.urls"
WSGI_APPLICATION = "bench.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'bench.sqlite3'}"),  # noqa: F405
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}

# CACHES and PAGE_CACHE_SECONDS are inherited from base.py unchanged.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
