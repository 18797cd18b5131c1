"""Public pages: Cache-Control, the server-side cache, and its purge on publish."""

import pytest
from django.core.cache import cache

from content.models import FaqEntry
from guidance_pages.models import HowToPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_public_page_is_cached_and_marked_public(client):
    page = HowToPage.objects.get(locale__language_code="ja", mode="quick")
    first = client.get(page.url)
    assert first.status_code == 200
    assert "public" in first["Cache-Control"] and "max-age=" in first["Cache-Control"]
    assert first["X-Cache"] == "MISS"
    second = client.get(page.url)
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content


def test_publishing_purges_the_cached_page(client):
    page = HowToPage.objects.get(locale__language_code="ja", mode="quick")
    client.get(page.url)
    page.title = "すぐに作成する方法（改訂版）"
    page.save_revision().publish()
    response = client.get(page.url)
    assert response["X-Cache"] == "MISS"
    assert "すぐに作成する方法（改訂版）" in response.content.decode()


def test_saving_a_snippet_purges_pages_that_show_it(client):
    client.get("/faq/")
    entry = FaqEntry.objects.filter(locale__language_code="ja").first()
    entry.question = "登録しなくてもジョブ・カードは作れますか？（更新）"
    entry.save()
    response = client.get("/faq/")
    assert response["X-Cache"] == "MISS"
    assert "（更新）" in response.content.decode()


def test_signed_in_visitors_are_never_served_from_the_shared_cache(client, django_user_model):
    page = HowToPage.objects.get(locale__language_code="ja", mode="quick")
    client.get(page.url)  # cached for anonymous visitors
    client.force_login(django_user_model.objects.create_user("taro@example.jp", "long-enough-pass"))
    response = client.get(page.url)
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_admin_and_api_are_not_cached(client):
    client.get("/api/v2/pages/")
    assert "X-Cache" not in client.get("/api/v2/pages/")


def test_cache_works_with_redis_when_available(settings):
    from django.db import connection

    redis = pytest.importorskip("redis")
    # CI runs the SQLite and PostgreSQL suites side by side: each clears its own Redis database.
    url = f"redis://127.0.0.1:6379/{14 if connection.vendor == 'postgresql' else 15}"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    from django.core.cache import caches
    from django.core.cache.backends.base import InvalidCacheBackendError

    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "jobcard-test",
        }
    }
    try:
        caches["default"].clear()
    except InvalidCacheBackendError:  # pragma: no cover
        pytest.skip("django-redis not configured")
    from django.test import Client

    page = HowToPage.objects.get(locale__language_code="ja", mode="quick")
    client = Client()
    assert client.get(page.url)["X-Cache"] == "MISS"
    assert client.get(page.url)["X-Cache"] == "HIT"
    page.save_revision().publish()
    assert client.get(page.url)["X-Cache"] == "MISS"
    caches["default"].clear()
    cache.clear()
