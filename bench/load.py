"""A mixed load on the production stack: gunicorn + PostgreSQL + Redis with portal.settings.production.

N simulated people (default 200) for S seconds (default 60). Each arrives within the first
``--ramp`` seconds and then, with ``--think`` (3–12 s) between requests, does what a person at a
class or a ハローワーク desk does: reads public pages, signs in through the allauth login form (CSRF
token from the form, as a browser; ``--arriving``, 10 % of them, during the run — the others signed
in before it, a session made at set-up as the login leaves it), opens 様式1-1 and autosaves its
「価値観、興味、関心事項等」 box the way static/js/sheet-editor.js does (the whole form to
``/card/sheets/1-1/autosave/``, ``If-Match: "<lock version>"``, ``X-CSRFToken``), downloads the
card (xlsx or PDF, through the download form), and asks the FAQ assistant (``POST /api/v1/assistant/ask/``).

It prints the throughput, p50/p95 per kind, the answers by status per kind, and the lost saves:
every autosave answered 200 is noted, and at the end the database must hold, for each person, the
last acknowledged text (or a later attempt whose answer was lost — never an older one).

``--faults``: the same run, but PostgreSQL is restarted once (at 35 % of the run) and Redis is
stopped once (at 65 %, for ``--redis-down`` seconds) from this script. It prints the windows of
the outages, whether every error fell inside one (plus ``--grace`` seconds), and the messages the
errors carried (the title/first paragraph of an HTML page, the ``message``/``detail`` of JSON).

    .venv/bin/python bench/load.py                          # 200 people, 60 s
    .venv/bin/python bench/load.py --people 20 --seconds 15 # a short run
    .venv/bin/python bench/load.py --faults                 # with the two outages

Set-up (all on 127.0.0.1, torn down at the end; ``--keep`` keeps the database and the log):
a fresh database ``jobcard_load`` (dropped first if it exists), migrate, ``load_demo``,
``collectstatic`` into a temporary folder (the production settings use WhiteNoise's manifest), N
accounts ``load.<n>@example.jp`` with a verified address and one random password (never printed),
then gunicorn ``portal.wsgi`` with 2 workers × 8 threads (gthread). Production settings with a random
``SECRET_KEY``, ``ALLOWED_HOSTS=127.0.0.1``, ``REDIS_URL=redis://127.0.0.1:6379/15`` and its own key
prefix, mail to the dummy backend. HTTPS is not turned off: as the TLS proxy would, every request
carries ``X-Forwarded-Proto: https`` (the settings trust it), so secure cookies, HSTS and the CSRF
referer check run as in production. Each person connects from its own loopback address
(127.0.1.x), so the per-address limits (login 30/min, assistant 20/min) see 200 addresses, not one.

Restarting the services (``--faults``) needs the right to do it (root on the dev machine):
PostgreSQL by ``pg_ctlcluster <version> <cluster> restart -m fast`` (found from ``SHOW
cluster_name``), or ``--pg-restart "<command>"``; Redis by ``redis-cli shutdown`` and started again
with the options it had (read with ``CONFIG GET`` before), or ``--redis-stop``/``--redis-start``.
Other programs using the same PostgreSQL or Redis see the outages too.

A benchmark, not a test: it prints figures and never fails on them. Stdlib + the project's psycopg.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import secrets
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
PAGES = ["/", "/faq/", "/howto/", "/card/", "/glossary/", "/assistant/"]
QUESTIONS = [
    "ジョブ・カードとは何ですか",
    "ジョブ・カードはどこで作れますか",
    "キャリア・プランシートには何を書けばいいですか",
    "職務経歴シートの書き方を教えてください",
    "作ったジョブ・カードを印刷したい",
    "ハローワークで相談できますか",
]
INTERESTS = [
    "人と話すことが好きで、相手の話を最後まで聞きます。",
    "数字を扱う仕事にやりがいを感じます。",
    "地域の役に立つ仕事がしたいと考えています。",
    "新しい道具の使い方を覚えるのが好きです。",
]
OK = {  # answers that are not errors, by kind
    "page": {200},
    "login-form": {200},
    "sign-in": {302},
    "editor": {200},
    "autosave": {200, 412},
    "download-form": {200},
    "download": {200},
    "assistant": {200},
}
ACCOUNT_SNIPPET = """
import os
from demo.data import person
from sheets.models import Card
from sheets.services import save_version, start_entry
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
User = get_user_model()
Card.objects.filter(owner__email__startswith="load.").delete()
User.objects.filter(email__startswith="load.").delete()
digest = make_password(os.environ["LOAD_PASSWORD"])
users = User.objects.bulk_create(
    [User(email=f"load.{n}@example.jp", password=digest) for n in range(int(os.environ["LOAD_PEOPLE"]))]
)
EmailAddress.objects.bulk_create(
    [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users]
)
for user in users:  # a saved 様式1-1 and 様式2 (the demo person's), so there is a card to download
    card = Card.objects.create(owner=user)
    for code in ("1-1", "2"):
        save_version(start_entry(card, code), person.SHEETS[code], 0, user)
# Those who signed in before the run: a session as allauth's login leaves it (bench/autosave.py).
import json
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
sessions = {}
for user in users[int(os.environ["LOAD_ARRIVING"]):]:
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    sessions[user.email] = session.session_key
with open(os.environ["LOAD_SESSIONS_FILE"], "w") as out:
    json.dump(sessions, out)
"""
STORED_SNIPPET = """
import json
from sheets.models import SheetEntry
out = {}
for e in SheetEntry.objects.filter(sheet_code="1-1", card__owner__email__startswith="load."):
    out[e.card.owner.email] = e.current_data.get("values_interests")
print("STORED " + json.dumps(out, ensure_ascii=False))
"""


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(command: list[str] | str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=120, **kwargs)


# --- the site ---------------------------------------------------------------------------------


class Site:
    """A fresh database, the demo content, N accounts and gunicorn with the production settings."""

    def __init__(self, args):
        self.args = args
        self.tmp = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="jobcard-load-"))
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.database_url = f"postgresql://postgres@127.0.0.1:5432/{args.database}"
        self.password = secrets.token_urlsafe(18)
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": self.database_url,
            "REDIS_URL": args.redis_url,
            "CACHE_KEY_PREFIX": f"jobcard-load-{secrets.token_hex(4)}",
            "STATIC_ROOT": str(self.tmp / "static"),
            "MEDIA_ROOT": str(self.tmp / "media"),
            "OUTPUTS_PRIVATE_ROOT": str(self.tmp / "private"),
            "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
        }
        self.log = self.tmp / "server.log"
        self.log_start = 0
        self.arriving = round(args.people * args.arriving)
        self.sessions: dict[str, str] = {}
        self.process: subprocess.Popen | None = None

    def manage(self, *args: str, extra_env: dict | None = None) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env={**self.env, **(extra_env or {})},
            capture_output=True,
            text=True,
            timeout=900,
        )
        with self.log.open("a") as out:
            out.write(result.stdout + result.stderr)
        if result.returncode:
            raise SystemExit(f"manage.py {args[0]} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def build(self) -> None:
        import psycopg

        steps = [("migrate", "--noinput"), ("load_demo",)]
        with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [self.args.database]
            ).fetchone()
            if self.args.reuse and exists:
                steps = []
            else:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.args.database}" WITH (FORCE)')
                conn.execute(f'CREATE DATABASE "{self.args.database}"')
        if not (self.tmp / "static" / "staticfiles.json").exists():
            steps.insert(0, ("collectstatic", "--noinput"))
        for step in steps:
            started = time.monotonic()
            self.manage(*step)
            print(f"  {step[0]}: {time.monotonic() - started:.0f} s", flush=True)
        self.manage(
            "shell",
            "-c",
            ACCOUNT_SNIPPET,
            extra_env={
                "LOAD_PASSWORD": self.password,
                "LOAD_PEOPLE": str(self.args.people),
                "LOAD_ARRIVING": str(self.arriving),
                "LOAD_SESSIONS_FILE": str(self.tmp / "sessions.json"),
            },
        )
        self.sessions = json.loads((self.tmp / "sessions.json").read_text())
        (self.tmp / "sessions.json").unlink()

    def start(self) -> str:
        command = [
            *(sys.executable, "-m", "gunicorn", "portal.wsgi:application"),
            *("--bind", f"127.0.0.1:{self.port}", "--workers", str(self.args.workers)),
            *("--worker-class", "gthread", "--threads", str(self.args.threads)),
            *("--timeout", "60", "--backlog", "2048", "--log-level", "warning"),
        ]
        self.log_start = self.log.stat().st_size if self.log.exists() else 0
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=self.env, stdout=self.log.open("a"), stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
                conn.request("GET", "/", headers={"X-Forwarded-Proto": "https"})
                if conn.getresponse().status == 200:
                    # every worker loads the app (and the assistant its index) before timing starts
                    for _ in range(4 * self.args.workers):
                        for path in ("/faq/", "/card/"):
                            c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                            c.request("GET", path, headers={"X-Forwarded-Proto": "https"})
                            c.getresponse().read()
                    return f"127.0.0.1:{self.port}"
            except OSError:
                time.sleep(0.3)
        raise SystemExit(f"gunicorn did not start:\n{self.log.read_text()[-3000:]}")

    def cpu_seconds(self) -> float:
        """CPU time of the gunicorn master and its workers so far (Linux /proc), whatever else runs."""
        if not self.process:
            return 0.0
        total, tick = 0.0, os.sysconf("SC_CLK_TCK")
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid, ppid = int(stat.parent.name), int(fields[1])
            if self.process.pid in (pid, ppid):
                total += (int(fields[11]) + int(fields[12])) / tick
        return total

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def stored(self) -> dict[str, str | None]:
        for _attempt in range(10):  # PostgreSQL may still be coming back from the fault
            try:
                out = self.manage("shell", "-c", STORED_SNIPPET)
                line = next(x for x in out.splitlines() if x.startswith("STORED "))
                return json.loads(line[len("STORED ") :])
            except SystemExit:
                time.sleep(2)
        raise SystemExit("could not read the stored drafts")

    def log_counts(self) -> Counter:
        with self.log.open("rb") as log:  # what gunicorn wrote, not the set-up
            log.seek(self.log_start)
            text = log.read().decode(errors="replace")
        counts = Counter()
        for line in text.splitlines():
            match = re.match(r"^(\w+(?:\.\w+)*(?:Error|Exception)): ", line)
            if match:
                counts[match.group(1)] += 1
        counts["Traceback"] = text.count("Traceback (most recent call last)")
        return counts

    def clean(self) -> None:
        if self.args.keep:
            print(f"kept: database {self.args.database}, log {self.log}")
            return
        import psycopg

        for _attempt in range(10):
            try:
                with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{self.args.database}" WITH (FORCE)')
                break
            except psycopg.OperationalError:
                time.sleep(2)
        if not self.args.workdir:
            shutil.rmtree(self.tmp, ignore_errors=True)
        try:
            import redis

            client = redis.Redis.from_url(self.args.redis_url)
            keys = list(client.scan_iter(f"{self.env['CACHE_KEY_PREFIX']}:*", count=1000))
            for start in range(0, len(keys), 500):
                client.delete(*keys[start : start + 500])
        except Exception as error:  # cleaning up is best effort
            print(f"(cache keys not removed: {error})")


# --- faults -----------------------------------------------------------------------------------


class Faults:
    """Restart PostgreSQL once and stop Redis once, noting when each service was out."""

    def __init__(self, args, started: float):
        self.args = args
        self.started = started
        self.windows: list[tuple[str, float, float]] = []
        self.notes: list[str] = []
        redis_url = urllib.parse.urlsplit(args.redis_url)
        self.redis_host, self.redis_port = redis_url.hostname or "127.0.0.1", redis_url.port or 6379
        self.pg_restart = shlex.split(args.pg_restart) if args.pg_restart else self.find_pg_restart()
        self.redis_stop = (
            shlex.split(args.redis_stop)
            if args.redis_stop
            else ["redis-cli", "-h", self.redis_host, "-p", str(self.redis_port), "shutdown"]
        )
        self.redis_start = shlex.split(args.redis_start) if args.redis_start else self.find_redis_start()

    @staticmethod
    def find_pg_restart() -> list[str]:
        import psycopg

        with psycopg.connect(ADMIN_URL) as conn:
            name = conn.execute("SHOW cluster_name").fetchone()[0]
        if "/" in name and shutil.which("pg_ctlcluster"):
            version, cluster = name.split("/", 1)
            return ["pg_ctlcluster", version, cluster, "restart", "-m", "fast"]
        raise SystemExit("cannot tell how to restart PostgreSQL here: give --pg-restart")

    def find_redis_start(self) -> list[str]:
        import redis

        client = redis.Redis(self.redis_host, self.redis_port)
        config_file = client.info("server").get("config_file")
        if config_file:
            return ["redis-server", config_file]
        options = ["redis-server", "--daemonize", "yes"]
        for key in ("port", "bind", "dir", "logfile", "save", "appendonly", "maxmemory", "maxmemory-policy"):
            value = client.config_get(key).get(key)
            if value is not None:
                options += [f"--{key}", *(value.split() if key == "bind" else [value])]
        return options

    def now(self) -> float:
        return time.monotonic() - self.started

    def wait_until(self, ready, limit: float = 60) -> bool:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            try:
                if ready():
                    return True
            except Exception:  # noqa: S110 - not back yet
                pass
            time.sleep(0.1)
        return False

    def restart_postgresql(self) -> None:
        import psycopg

        begin = self.now()
        result = run(self.pg_restart)
        ok = self.wait_until(lambda: psycopg.connect(ADMIN_URL, connect_timeout=2).close() is None)
        end = self.now()
        self.windows.append(("PostgreSQL restart", begin, end))
        self.notes.append(
            f"PostgreSQL: `{' '.join(self.pg_restart)}` → exit {result.returncode}"
            f"{'' if ok else ', NOT BACK'}; out {begin:.1f}–{end:.1f} s"
        )

    def stop_redis(self, seconds: float) -> None:
        import redis

        begin = self.now()
        result = run(self.redis_stop)
        time.sleep(seconds)
        started = run(self.redis_start)
        ok = self.wait_until(lambda: redis.Redis(self.redis_host, self.redis_port).ping())
        end = self.now()
        self.windows.append(("Redis stopped", begin, end))
        self.notes.append(
            f"Redis: `{' '.join(self.redis_stop)}` → exit {result.returncode}, {seconds:.0f} s later "
            f"`{' '.join(self.redis_start)}` → exit {started.returncode}{'' if ok else ', NOT BACK'}; "
            f"out {begin:.1f}–{end:.1f} s"
        )

    def schedule(self, seconds: float) -> threading.Thread:
        def plan():
            time.sleep(max(0.0, 0.35 * seconds - self.now()))
            self.restart_postgresql()
            time.sleep(max(0.0, 0.65 * seconds - self.now()))
            self.stop_redis(self.args.redis_down)

        thread = threading.Thread(target=plan, daemon=True)
        thread.start()
        return thread


# --- people -----------------------------------------------------------------------------------


class Forms(HTMLParser):
    """Every form of a page with what a browser would send (checked boxes, selected options)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self.current: dict | None = None
        self.textarea: str | None = None
        self.select: str | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.current = {"action": a.get("action") or "", "fields": []}
            self.forms.append(self.current)
        elif self.current is None:
            return
        elif tag == "input" and a.get("name") and "disabled" not in a:
            kind = (a.get("type") or "text").lower()
            if kind in {"checkbox", "radio"} and "checked" not in a:
                return
            if kind in {"submit", "button", "image", "file", "reset"}:
                return
            self.current["fields"].append([a["name"], a.get("value") or ("on" if kind == "checkbox" else "")])
        elif tag == "textarea" and a.get("name"):
            self.current["fields"].append([a["name"], ""])
            self.textarea = a["name"]
        elif tag == "select" and a.get("name"):
            self.select = a["name"]
            self.current["fields"].append([a["name"], None])
        elif tag == "option" and self.select:
            field = next(f for f in reversed(self.current["fields"]) if f[0] == self.select)
            if field[1] is None or "selected" in a:
                field[1] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea and self.current:
            self.current["fields"][-1][1] += data

    def with_field(self, name_part: str) -> dict | None:
        return next((f for f in self.forms if any(name_part in n for n, _ in f["fields"])), None)


def message_of(status: int, content_type: str, body: bytes) -> str:
    """What the person is told: JSON message/detail, or the HTML page's title and first paragraph."""
    if status == 0:
        return "(no answer: connection refused, reset or timed out)"
    text = body.decode("utf-8", "replace")
    if "json" in content_type:
        try:
            data = json.loads(text)
            return str(data.get("message") or data.get("detail") or data.get("reason") or text[:120])
        except ValueError:
            return text[:120]
    title = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S)
    para = re.search(r"<p[^>]*>(.*?)</p>", text, re.S)
    parts = [re.sub(r"<[^>]+>|\s+", " ", unescape(m.group(1))).strip() for m in (title, para) if m]
    return " / ".join(p for p in parts if p)[:200] or f"({content_type or 'no content type'})"


class Record:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples: list[tuple[str, int, float, float]] = []  # kind, status, start, seconds
        self.messages: Counter = Counter()
        self.acknowledged: dict[str, str] = {}
        self.attempts: dict[str, list[str]] = defaultdict(list)
        self.conflicts = 0
        self.sign_in_failures = 0

    def add(self, kind: str, status: int, start: float, seconds: float, message: str | None) -> None:
        with self.lock:
            self.samples.append((kind, status, start, seconds))
            if message is not None:
                self.messages[(kind, status, message)] += 1


class Person:
    def __init__(self, number: int, host: str, site: Site, record: Record, started: float, until: float):
        self.number = number
        self.email = f"load.{number}@example.jp"
        self.password = site.password
        self.thinking = site.args.think
        self.host = host
        self.base = f"https://{host}"
        self.source = f"127.0.{1 + number // 250}.{1 + number % 250}"
        self.record = record
        self.started = started
        self.until = until
        self.cookies: dict[str, str] = {}
        self.rng = random.Random(number)
        self.signed_in = self.email in site.sessions
        if self.signed_in:
            self.cookies["sessionid"] = site.sessions[self.email]
        self.lock_version: str | None = None
        self.editor_fields: list[list[str]] | None = None
        self.box = ""
        self.saves = 0

    def request(self, kind: str, method: str, path: str, body: bytes | None = None, headers=None):
        headers = {
            "X-Forwarded-Proto": "https",
            "User-Agent": "jobcard-bench-load",
            "Accept-Language": "ja",
            **(headers or {}),
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        begin = time.monotonic()
        status, content_type, payload, head = 0, "", b"", None
        try:
            conn = http.client.HTTPConnection(
                *self.host.split(":"), timeout=self.timeout, source_address=(self.source, 0)
            )
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            payload = response.read()
            status, content_type, head = response.status, response.getheader("Content-Type", ""), response
            for value in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = value.partition("=")
                cookie_value = rest.split(";", 1)[0]
                if cookie_value and "max-age=0" not in value.lower():
                    self.cookies[name.strip()] = cookie_value
                else:
                    self.cookies.pop(name.strip(), None)
            conn.close()
        except (OSError, http.client.HTTPException):
            pass
        seconds = time.monotonic() - begin
        ok = status in OK[kind]
        message = None if ok else message_of(status, content_type, payload)
        self.record.add(kind, status, begin - self.started, seconds, message)
        return status, payload, head

    timeout = 30.0

    def post_form(self, kind: str, path: str, fields: list, headers=None):
        body = urllib.parse.urlencode([(n, v) for n, v in fields]).encode()
        return self.request(
            kind,
            "POST",
            path,
            body,
            {
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": self.base + path,
                **(headers or {}),
            },
        )

    def think(self) -> None:
        time.sleep(self.rng.uniform(*self.thinking))

    def live(self) -> bool:
        return time.monotonic() < self.until

    # what a person does

    def read_page(self) -> None:
        self.request("page", "GET", self.rng.choice(PAGES))

    def sign_in(self) -> None:
        status, payload, _ = self.request("login-form", "GET", "/accounts/login/")
        if status != 200:
            return
        form = Forms(payload.decode("utf-8", "replace")).with_field("password")
        if form is None:
            return
        fields = [[n, v] for n, v in form["fields"]]
        for field in fields:
            if field[0] == "login":
                field[1] = self.email
            elif field[0] == "password":
                field[1] = self.password
        status, _, head = self.post_form("sign-in", "/accounts/login/", fields)
        self.signed_in = status == 302 and "/accounts/login" not in (head.getheader("Location") or "")
        if not self.signed_in:
            with self.record.lock:
                self.record.sign_in_failures += 1

    def open_editor(self) -> None:
        status, payload, _ = self.request("editor", "GET", "/card/sheets/1-1/")
        if status != 200:
            return
        form = Forms(payload.decode("utf-8", "replace")).with_field("values_interests")
        if form is None:
            self.signed_in = False  # the login page came back instead
            return
        self.editor_fields = [[n, v] for n, v in form["fields"] if n != "action"]
        self.lock_version = next((v for n, v in self.editor_fields if n == "lock_version"), "0")
        self.box = next(v for n, v in self.editor_fields if n.endswith("values_interests"))

    def autosave(self) -> None:
        if self.editor_fields is None:
            self.open_editor()
            if self.editor_fields is None:
                return
        self.saves += 1
        text = f"{self.email} 下書き{self.saves}：{self.rng.choice(INTERESTS)}"
        fields = [[n, text if n.endswith("values_interests") else v] for n, v in self.editor_fields]
        fields = [[n, self.lock_version if n == "lock_version" else v] for n, v in fields]
        with self.record.lock:
            self.record.attempts[self.email].append(text)
        for _attempt in range(3):
            csrf = self.cookies.get("csrftoken", "")
            fields = [[n, csrf if n == "csrfmiddlewaretoken" else v] for n, v in fields]
            status, payload, _ = self.post_form(
                "autosave",
                "/card/sheets/1-1/autosave/",
                fields,
                {"If-Match": f'"{self.lock_version}"', "X-CSRFToken": csrf, "Accept": "application/json"},
            )
            if status in (200, 412):
                try:
                    self.lock_version = str(json.loads(payload)["lock_version"])
                except (ValueError, KeyError):
                    return
            if status == 200:
                with self.record.lock:
                    self.record.acknowledged[self.email] = text
                return
            if status == 412:  # an earlier save whose answer was lost got there: take its version
                with self.record.lock:
                    self.record.conflicts += 1
                continue
            return  # the editor keeps the text on screen and tries again later

    def download(self) -> None:
        status, payload, _ = self.request("download-form", "GET", "/card/download/")
        if status != 200:
            return
        form = Forms(payload.decode("utf-8", "replace")).with_field("format")
        if form is None or not any(n == "s" for n, _ in form["fields"]):
            return
        wanted = "xlsx" if self.rng.random() < 0.5 else "pdf"
        fields = [[n, wanted if n == "format" else v] for n, v in form["fields"]]
        self.post_form("download", "/card/download/", fields)

    def ask(self) -> None:
        body = json.dumps({"question": self.rng.choice(QUESTIONS), "language": "ja", "channel": "widget"})
        self.request(
            "assistant",
            "POST",
            "/api/v1/assistant/ask/",
            body.encode(),
            {"Content-Type": "application/json", "Accept": "application/json"},
        )

    def run(self, ramp: float) -> None:
        time.sleep(self.rng.uniform(0, ramp))
        self.read_page()
        self.think()
        while self.live():
            if not self.signed_in:
                self.sign_in()
                self.think()
                if self.signed_in and self.live():
                    self.open_editor()
                    self.think()
                continue
            roll = self.rng.random()
            if roll < 0.35:
                self.read_page()
            elif roll < 0.75:
                self.autosave()
            elif roll < 0.85:
                self.download()
            else:
                self.ask()
            self.think()


# --- report -----------------------------------------------------------------------------------


def report(record: Record, stored: dict, seconds: float, faults: Faults | None, grace: float, logs: Counter):
    samples = record.samples
    total = len(samples)
    print(f"\nrequests {total} in {seconds:.0f} s — {total / seconds:.1f} req/s")
    print(f"{'kind':14s} {'n':>6s} {'per s':>6s} {'p50 ms':>8s} {'p95 ms':>8s}  answers by status")
    by_kind: dict[str, list] = defaultdict(list)
    for sample in samples:
        by_kind[sample[0]].append(sample)
    for kind in OK:
        rows = by_kind.get(kind, [])
        if not rows:
            continue
        times = [s[3] * 1000 for s in rows if s[1] in OK[kind]]
        statuses = Counter(s[1] for s in rows)
        shown = ", ".join(
            f"{code or 'no answer'}×{n}{'' if code in OK[kind] else ' ERR'}"
            for code, n in sorted(statuses.items())
        )
        print(
            f"{kind:14s} {len(rows):6d} {len(rows) / seconds:6.1f} "
            f"{percentile(times, 0.5):8.0f} {percentile(times, 0.95):8.0f}  {shown}"
        )
    errors = [s for s in samples if s[1] not in OK[s[0]]]
    print(
        f"errors {len(errors)} of {total}; stale-save retries (412) {record.conflicts}; "
        f"sign-ins refused {record.sign_in_failures}"
    )

    lost, later = 0, 0
    for email, text in record.acknowledged.items():
        value = stored.get(email)
        if value == text:
            continue
        attempts = record.attempts[email]
        if value in attempts and attempts.index(value) > attempts.index(text):
            later += 1  # a later save was stored but its answer never came back
        else:
            lost += 1
    print(
        f"acknowledged saves: {sum(1 for s in samples if s[0] == 'autosave' and s[1] == 200)} "
        f"({len(record.acknowledged)} people) — lost {lost}"
        + (f", stored a later save whose answer was lost {later}" if later else "")
    )
    if logs:
        print("server log: " + ", ".join(f"{name} {n}" for name, n in logs.most_common(8)))

    if faults is not None:
        print("\nfaults:")
        for note in faults.notes:
            print(f"  {note}")
        during, after, outside = Counter(), Counter(), []
        for kind, status, start, took in errors:
            for name, begin, end in faults.windows:
                if start + took >= begin and start <= end:
                    during[name] += 1
                    break
                if end < start <= end + grace:
                    after[name] += 1
                    break
            else:
                outside.append((kind, status, start))
        for name, begin, end in faults.windows:
            print(
                f"  {name}: {begin:.1f}–{end:.1f} s ({end - begin:.1f} s) — errors during it {during[name]}, "
                f"in the {grace:.0f} s after {after[name]}"
            )
        print(f"  errors outside the outages: {len(outside)}")
        for kind, status, start in outside[:10]:
            print(f"    {start:6.1f} s {kind} {status or 'no answer'}")
    if record.messages:
        print("\nwhat the errors said (kind, status, message × count):")
        for (kind, status, message), n in sorted(record.messages.items(), key=lambda x: -x[1])[:20]:
            print(f"  {kind} {status or '-'} «{message}» ×{n}")
    autosave = [s[3] * 1000 for s in by_kind.get("autosave", []) if s[1] == 200]
    print(
        f"\nRESULT requests={total} rps={total / seconds:.1f} errors={len(errors)} lost={lost} "
        f"autosave_p95_ms={percentile(autosave, 0.95):.0f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--ramp", type=float, default=10, help="people arrive within this many seconds")
    parser.add_argument(
        "--arriving",
        type=float,
        default=0.1,
        help="share signing in during the run",
    )
    parser.add_argument(
        "--think", default="3,12", help="seconds a person spends between requests: min,max (default 3,12)"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--database", default="jobcard_load")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/15")
    parser.add_argument("--faults", action="store_true", help="restart PostgreSQL and stop Redis once")
    parser.add_argument("--redis-down", type=float, default=8, help="seconds Redis stays stopped")
    parser.add_argument(
        "--grace", type=float, default=5, help="seconds after an outage errors may still come"
    )
    parser.add_argument("--pg-restart", default="", help="command that restarts PostgreSQL")
    parser.add_argument("--redis-stop", default="", help="command that stops Redis")
    parser.add_argument("--redis-start", default="", help="command that starts Redis again")
    parser.add_argument("--keep", action="store_true", help="keep the database and the server log")
    parser.add_argument("--workdir", default="", help="folder for static files and the log (kept)")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the database if it exists (no migrate/demo)"
    )
    args = parser.parse_args()
    args.think = tuple(float(x) for x in args.think.split(","))
    if args.people > 250 * 254:
        raise SystemExit("at most 63,500 people (one loopback address each)")

    site = Site(args)
    faults = None
    print(f"setting up {args.database} (production settings, PostgreSQL + Redis)…", flush=True)
    try:
        site.build()
        host = site.start()
        print(
            f"gunicorn {args.workers} workers × {args.threads} threads on {host}; "
            f"{args.people} people for {args.seconds:.0f} s{' with faults' if args.faults else ''} "
            f"({site.arriving} sign in through the form during it, the rest before; "
            f"{args.think[0]:g}–{args.think[1]:g} s between requests)",
            flush=True,
        )
        record = Record()
        load_before = os.getloadavg()[0]
        cpu_before = site.cpu_seconds()
        started = time.monotonic()
        until = started + args.seconds
        if args.faults:
            faults = Faults(args, started)
            fault_thread = faults.schedule(args.seconds)
        people = [Person(n, host, site, record, started, until) for n in range(args.people)]
        threads = [threading.Thread(target=p.run, args=(args.ramp,), daemon=True) for p in people]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(args.seconds + 120)
        if faults is not None:
            fault_thread.join(120)
        elapsed = time.monotonic() - started
        cpu = site.cpu_seconds() - cpu_before
        site.stop()
        print(f"machine load average (1 min): {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
        served = len(record.samples) or 1
        print(
            f"gunicorn CPU: {cpu:.1f} s in {elapsed:.0f} s ({cpu / elapsed:.2f} cores), "
            f"{cpu * 1000 / served:.0f} ms per request (all kinds together)"
        )
        logs = site.log_counts()
        report(record, site.stored(), elapsed, faults, args.grace, logs)
    finally:
        site.stop()
        site.clean()
    return 0


if __name__ == "__main__":
    sys.exit(main())
