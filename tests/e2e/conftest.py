"""Fixtures for the browser walkthrough: a throwaway demo site served on a free port.

The site runs in its own process on its own SQLite file (migrate + load_demo), never on Django's
test database. Set E2E_BASE_URL to test an already running server instead.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.e2e.harness import CHROMIUM_ARGS, chromium_path

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"


# Base URL of a served site → where its mail can be read: (file-backend folder, server log).
MAIL_SOURCES: dict[str, tuple[Path, Path]] = {}


def pytest_configure(config):
    config.addinivalue_line("markers", "e2e: browser walkthrough (needs Chromium and playwright)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The server stopped (exit {process.returncode}):\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status < 500:
                    return
        except urllib.error.HTTPError as error:
            if error.code < 500:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"The server did not answer {url} within {timeout}s:\n{log.read_text()}")


def _manage(args, env, log: Path) -> None:
    with log.open("a") as out:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=600,
            check=False,
        )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{log.read_text()[-5000:]}")


@pytest.fixture(scope="session")
def browser_requirements():
    """Skip (with the reason) when the browser or the Python packages are missing."""
    if not Path(chromium_path()).exists():
        pytest.skip(
            f"Chromium not found at {chromium_path()} (apt-get install -y chromium, or set CHROMIUM_PATH)"
        )
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
    )
    return sync_api


@pytest.fixture(scope="session")
def live_site(browser_requirements):
    """Base URL of a demo site built from scratch: migrate, load_demo, runserver."""
    if os.environ.get("E2E_BASE_URL"):
        yield os.environ["E2E_BASE_URL"].rstrip("/")
        return
    tmp = Path(tempfile.mkdtemp(prefix="jobcard-e2e-"))
    log = tmp / "server.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp}/e2e.sqlite3",
        "MEDIA_ROOT": str(tmp / "media"),
        "DEBUG": "true",
        "PYTHONUNBUFFERED": "1",
        # Mail is read by tests/e2e/test_accounts.py: the dev settings print it to the server log
        # (console backend); with EMAIL_BACKEND=...filebased.EmailBackend it goes to this folder
        # once the settings read EMAIL_FILE_PATH. Links in mail use http like this server.
        "EMAIL_FILE_PATH": str(tmp / "mail"),
        "ACCOUNT_DEFAULT_HTTP_PROTOCOL": "http",
    }
    env.pop("REDIS_URL", None)
    # The 検証用マイナポータル, as with `make run`: the test OP on 127.0.0.1 and the dev settings
    # pointing the マイナポータル login at it (tests/e2e/test_mynaportal_demo.py).
    op_port = _free_port()
    env.update({"DEMO_MYNAPORTAL_OP": "1", "DEMO_MYNAPORTAL_OP_PORT": str(op_port)})
    for name in ("MYNAPORTAL_OIDC_ISSUER", "MYNAPORTAL_OIDC_CLIENT_ID", "MYNAPORTAL_OIDC_CLIENT_SECRET"):
        env.pop(name, None)
    process = None
    op_process = None
    try:
        _manage(["migrate", "--noinput"], env, log)
        _manage(["load_demo", "--quiet-users"], env, log)
        with (tmp / "op.log").open("a") as out:
            op_process = subprocess.Popen(
                [sys.executable, "manage.py", "run_demo_op"],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        _wait_for(f"http://127.0.0.1:{op_port}/.well-known/openid-configuration", op_process, tmp / "op.log")
        port = _free_port()
        with log.open("a") as out:
            process = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        base_url = f"http://127.0.0.1:{port}"
        _wait_for(base_url + "/", process, log)
        MAIL_SOURCES[base_url] = (tmp / "mail", log)
        yield base_url
    finally:
        for server in (process, op_process):
            if server is not None:
                server.terminate()
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def mail_sources(live_site):
    """(folder, server log) the served site writes its mail to (skips for E2E_BASE_URL)."""
    if live_site not in MAIL_SOURCES:
        pytest.skip("mail is only readable from the site these fixtures serve")
    return MAIL_SOURCES[live_site]


@pytest.fixture(scope="session")
def browser(browser_requirements):
    with browser_requirements.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS
