"""The shared cache (Redis) without an error page when Redis is out.

Nothing the cache holds is the only copy: cached pages, Wagtail's site paths, the assistant's
index generation, rendered PDF parts and the counts of the login and question limits. So while
Redis cannot be reached (restarted, stopped, a network fault) this backend answers as Django's
``DummyCache`` — a miss on every read, writes dropped, ``add`` succeeds — instead of raising, and
pages, sign-ins and saves go on from PostgreSQL. Each failure is logged (a warning); after one, the
process does not try Redis again for ``RETRY_SECONDS``, so a request makes no connection attempt
per cache call while Redis is away.

The price, while Redis is out: pages are rendered for every request, and the per-address and
per-account limits (login lockout, allauth's rate limits, the assistant's 20 questions a minute)
count nothing; they count again when Redis is back (docs/security.md, "Load and faults").
"""

from __future__ import annotations

import logging
import time

from django.core.cache.backends.dummy import DummyCache
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
RETRY_SECONDS = 1.0
# django-redis raises ConnectionInterrupted, or re-raises its cause (redis-py's error); a Redis
# still loading its data after a start raises BusyLoadingError, a ConnectionError.
OUT = (ConnectionInterrupted, RedisConnectionError, RedisTimeoutError, TimeoutError)

_TOLERANT = (
    "get",
    "set",
    "add",
    "delete",
    "touch",
    "has_key",
    "get_many",
    "set_many",
    "delete_many",
    "incr",
    "decr",
    "clear",
)


class OutageTolerantRedisCache(RedisCache):
    """django-redis's cache; while Redis cannot be reached, an empty cache that keeps nothing."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._empty = DummyCache(server, {})
        self._skip_until = 0.0

    def _call(self, name: str, *args, **kwargs):
        if time.monotonic() < self._skip_until:
            return getattr(self._empty, name)(*args, **kwargs)
        try:
            return getattr(super(), name)(*args, **kwargs)
        except OUT as error:
            self._skip_until = time.monotonic() + RETRY_SECONDS
            logger.warning("Redis cannot be reached (%s): the cache answers as empty for now", error)
            return getattr(self._empty, name)(*args, **kwargs)


def _tolerant(name: str):
    def method(self, *args, **kwargs):
        return self._call(name, *args, **kwargs)

    method.__name__ = name
    return method


for _name in _TOLERANT:
    setattr(OutageTolerantRedisCache, _name, _tolerant(_name))
