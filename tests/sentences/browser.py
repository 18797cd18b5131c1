"""Chromium against the real views without a server: every request of the page goes to Django's
test client in this process (static files from the finders). Used by the browser tests of the
sentence builder and the lifeline page; they skip when Chromium or Playwright is missing."""

from __future__ import annotations

import contextvars
import os
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders

CHROMIUM = "/usr/bin/chromium"
ORIGIN = "http://testserver"
TYPES = {".css": "text/css", ".js": "text/javascript", ".ttf": "font/ttf", ".woff2": "font/woff2"}


@contextmanager
def chromium_browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API keeps an event loop in this thread; the database is still used
    # synchronously from this one thread (route handlers run inside Playwright's calls).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--headless", "--no-sandbox"]
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def route_to_django(page, client, pages: dict[str, str] | None = None) -> None:
    """Answer every request to http://testserver/ from ``client`` (or ``pages``: path → HTML)."""
    pages = pages or {}
    # Playwright calls the handler from its own greenlet, whose context would give Django another
    # database connection (outside the test's transaction): run the views in the test's context.
    context = contextvars.copy_context()

    def handle(route, request):
        url = urlsplit(request.url)
        if url.path in pages:
            return route.fulfill(status=200, content_type="text/html; charset=utf-8", body=pages[url.path])
        if url.path.startswith("/static/"):
            found = finders.find(url.path.removeprefix("/static/"))
            if not found:
                return route.fulfill(status=404, body="")
            kind = TYPES.get(Path(found).suffix, "application/octet-stream")
            return route.fulfill(status=200, content_type=kind, body=Path(found).read_bytes())
        path = url.path + (f"?{url.query}" if url.query else "")
        response = context.run(
            client.generic,
            request.method,
            path,
            data=request.post_data_buffer or b"",
            content_type=request.headers.get("content-type", "application/octet-stream"),
        )
        headers = {name: value for name, value in response.items() if name.lower() != "set-cookie"}
        return route.fulfill(status=response.status_code, headers=headers, body=response.content)

    page.route(f"{ORIGIN}/**", handle)
