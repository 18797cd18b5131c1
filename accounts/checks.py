"""Deployment checks for the login limits."""

from django.conf import settings
from django.core import checks

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@checks.register(checks.Tags.security, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """The lockout and rate-limit counts live in the cache: per process, each worker would count
    on its own, and a guesser spread over N workers would get N times the attempts."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in PER_PROCESS_CACHES:
        return [
            checks.Error(
                "The default cache is per process, so login lockouts and rate limits are not shared "
                "between workers.",
                hint="Set REDIS_URL (a cache all workers share) in production.",
                id="accounts.E010",
            )
        ]
    return []
