"""Server-side cache for public pages, purged on publish.

A page view marked with ``cache_public_page`` is sent with ``Cache-Control: public`` to visitors
without a session, and kept in the default cache (Redis when REDIS_URL is set, local memory
otherwise). The middleware answers later requests for the same address straight from the cache,
before sessions, routing or the database are touched. Publishing, unpublishing, moving or deleting
a page, or saving a snippet that pages show, bumps a generation number stored beside every entry;
an entry from an older generation counts as a miss, so every cached page is dropped at once
(a CDN in front is purged by wagtail.contrib.frontend_cache).
"""

import functools
import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

GENERATION_KEY = "pagecache:generation"
CACHEABLE_ATTR = "_jobcard_public_cacheable"
SKIP_PREFIXES = ("/admin/", "/django-admin/", "/api/", "/static/", "/media/", "/documents/")


def _session_cookie_present(request) -> bool:
    """A session, or messages waiting to be shown (「ログアウトしました」 is kept in a cookie): the
    page must be made for this browser, not taken from the shared cache."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES


def _fresh_generation() -> int:
    # Time-based, so a generation key lost to eviction never comes back as an old number.
    return time.time_ns() // 1000


def purge_page_cache(**_kwargs) -> None:
    """Drop every cached page (connected to publish and snippet-save signals)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, _fresh_generation(), timeout=None)


def _cache_key(request) -> str:
    # Hashed: addresses with Japanese query strings are long once percent-encoded.
    address = f"{request.get_host()}{request.get_full_path()}".encode()
    return f"pagecache:{hashlib.sha256(address).hexdigest()}"


def cache_public_page(serve):
    """Decorate a page's ``serve`` so its response may be cached for anonymous visitors."""

    @functools.wraps(serve)
    def wrapper(page, request, *args, **kwargs):
        response = serve(page, request, *args, **kwargs)
        is_preview = getattr(request, "is_preview", False)
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not is_preview
            and not _session_cookie_present(request)
        ):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
            setattr(response, CACHEABLE_ATTR, True)
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response

    return wrapper


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def _eligible(self, request) -> bool:
        return (
            request.method in ("GET", "HEAD")
            and not request.path.startswith(SKIP_PREFIXES)
            and not _session_cookie_present(request)
        )

    def __call__(self, request):
        if not self._eligible(request):
            return self.get_response(request)
        key = _cache_key(request)
        # One round trip: the entry and the current generation together.
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY)
        if generation is None:
            cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
            generation = cache.get(GENERATION_KEY)
        cached = found.get(key)
        if cached is not None and cached[0] == generation:
            _generation, content, headers = cached
            response = HttpResponse(content, headers=headers)
            response["X-Cache"] = "HIT"
            return response
        response = self.get_response(request)
        if getattr(response, CACHEABLE_ATTR, False) and not response.cookies:
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            headers = {
                name: value
                for name, value in response.items()
                if name.lower() not in {"set-cookie", "x-cache"}
            }
            cache.set(key, (generation, response.content, headers), settings.PAGE_CACHE_SECONDS)
            response["X-Cache"] = "MISS"
        return response
