"""The one browser harness of the test suite (Playwright + Chromium).

- ``chromium_path()`` / ``CHROMIUM_ARGS``: which Chromium and how it is started (``CHROMIUM_PATH``
  overrides ``/usr/bin/chromium``); the ``browser`` fixture of ``tests/e2e/conftest.py`` uses them.
- ``assert_accessible(page, label)``: axe-core on the page, loaded as a same-origin script so the
  site's CSP stays on, failing with a readable list.
- ``shoot(page, folder, name)``: a full-page screenshot.
- ``chromium_browser()`` / ``route_to_django(page, client)``: Chromium against the real views
  without a server — every request of the page goes to Django's test client in this process
  (static files from the finders). For the in-process tests of the sentence builder and the
  lifeline page; they skip when Chromium or Playwright is missing.
"""

from __future__ import annotations

import contextvars
import json
import os
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse, urlsplit

import pytest
from django.contrib.staticfiles import finders

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    return os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
VENDORED_AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"


def _axe_source() -> str:
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        if VENDORED_AXE.exists():
            return VENDORED_AXE.read_text()
        pytest.skip("axe-core not available (pip install axe-playwright-python)")
    return Axe().axe_script


def _inject_axe(page) -> None:
    """Load axe-core as a same-origin script, so the site's CSP (script-src 'self') allows it.

    An inline tag (add_script_tag(content=...)) is blocked by the policy, as it should be; the
    script is served by the browser itself from a route on the page's own origin instead.
    """
    parts = urlparse(page.url)
    url = f"{parts.scheme}://{parts.netloc}/__e2e__/axe.min.js"
    source = _axe_source()
    page.route(url, lambda route: route.fulfill(body=source, content_type="application/javascript"))
    page.add_script_tag(url=url)


def assert_accessible(page, label: str) -> None:
    """Run axe-core on the page and fail with a readable list of what it found."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        _inject_axe(page)
    results = page.evaluate(
        "options => axe.run(document, options)",
        {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    violations = results["violations"]
    if violations:
        lines = [f"axe found {len(violations)} problem(s) on {label} ({page.url}):"]
        for violation in violations:
            lines.append(f"- [{violation['impact']}] {violation['id']}: {violation['help']}")
            lines.append(f"  {violation['helpUrl']}")
            for node in violation["nodes"][:5]:
                lines.append(f"    at {json.dumps(node['target'], ensure_ascii=False)}")
                summary = " ".join(node.get("failureSummary", "").split())
                lines.append(f"       {summary[:300]}")
                related = [r for check in node.get("any", []) for r in check.get("relatedNodes", [])]
                for other in related[:2]:  # what overlaps or crowds it
                    lines.append(f"       next to {' '.join(other.get('html', '').split())[:200]}")
        pytest.fail("\n".join(lines), pytrace=False)


def shoot(page, screenshot_dir: Path, name: str) -> None:
    page.screenshot(path=str(screenshot_dir / f"{name}.png"), full_page=True)


ORIGIN = "http://testserver"
TYPES = {".css": "text/css", ".js": "text/javascript", ".ttf": "font/ttf", ".woff2": "font/woff2"}


@contextmanager
def chromium_browser():
    if not Path(chromium_path()).exists():
        pytest.skip(f"Chromium not found at {chromium_path()}")
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API keeps an event loop in this thread; the database is still used
    # synchronously from this one thread (route handlers run inside Playwright's calls).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
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
