"""A classroom arriving at once: N new visitors each open 様式1-1, autosave ten drafts through the
card API and read pages, against the same server `make run` starts (runserver, dev settings) on a
fresh SQLite demo site — or on PostgreSQL with --database-url.

Prints the requests, the server errors (5xx or no answer) and the lost drafts (the stored draft is
not the last one the server acknowledged), then p50/p95 per kind, and the same figures for a crowd
that only reads pages (the baseline). Target: 0 errors and 0 lost at 32 visitors.

    .venv/bin/python bench/visitors.py                      # 32 visitors, SQLite
    .venv/bin/python bench/visitors.py --visitors 64 --drafts 10
    .venv/bin/python bench/visitors.py --database-url postgresql://postgres@127.0.0.1:5432/jobcard_visitors

Stdlib only; everything runs on 127.0.0.1 and stops by itself.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["/", "/faq/", "/howto/", "/card/", "/glossary/"]
SHEET = "1-1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """migrate + load_demo into a new database, then the server of `make run`."""

    def __init__(self, database_url: str | None, port: int):
        self.tmp = Path(tempfile.mkdtemp(prefix="jobcard-visitors-"))
        self.port = port
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DATABASE_URL": database_url or f"sqlite:///{self.tmp}/site.sqlite3",
            "MEDIA_ROOT": str(self.tmp / "media"),
            "DEBUG": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "PYTHONUNBUFFERED": "1",
        }
        self.env.pop("REDIS_URL", None)
        self.log = self.tmp / "server.log"
        self.process: subprocess.Popen | None = None

    def manage(self, *args: str) -> None:
        with self.log.open("a") as out:
            subprocess.run(
                [sys.executable, "manage.py", *args],
                cwd=ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                check=True,
                timeout=900,
            )

    def start(self) -> str:
        self.manage("migrate", "--noinput")
        self.manage("load_demo")
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{self.port}"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log.open("a"),
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(base + "/", timeout=5).read()
                return base
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"server did not start:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def server_errors_logged(self) -> int:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return text.count("database is locked")


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = 0
        self.errors = 0
        self.conflicts = 0
        self.lost = 0
        self.times: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[int, int] = defaultdict(int)

    def add(self, kind: str, status: int, seconds: float) -> None:
        with self.lock:
            self.requests += 1
            self.statuses[status] += 1
            self.times[kind].append(seconds)
            if status >= 500 or status == 0:
                self.errors += 1


class Visitor:
    def __init__(self, base: str, number: int, tally: Tally):
        self.base = base
        self.number = number
        self.tally = tally
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def request(self, kind: str, path: str, method="GET", body=None, headers=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers or {})
        started = time.perf_counter()
        try:
            with self.opener.open(req, timeout=60) as response:
                status, payload, head = response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            status, payload, head = error.code, error.read(), error.headers
        except OSError:
            status, payload, head = 0, b"", {}
        self.tally.add(kind, status, time.perf_counter() - started)
        return status, payload, head

    def csrf(self) -> str:
        return next((c.value for c in self.jar if c.name == "csrftoken"), "")

    def run(self, drafts: int) -> None:
        self.request("page", "/")
        self.request("page", f"/card/sheets/{SHEET}/")
        status, payload, head = self.request("api-get", f"/api/v1/card/sheets/{SHEET}/")
        etag = head.get("ETag", '"0"') if status == 200 else '"0"'
        acknowledged = None
        for n in range(drafts):
            text = f"生徒{self.number}の下書き{n + 1}：人と話すことが好きで、相手の話を最後まで聞きます。"
            for _attempt in range(5):
                status, payload, head = self.request(
                    "autosave",
                    f"/api/v1/card/sheets/{SHEET}/",
                    method="PUT",
                    body={"data": {"values_interests": text}},
                    headers={
                        "Content-Type": "application/json",
                        "If-Match": etag,
                        "X-CSRFToken": self.csrf(),
                        "Referer": self.base + f"/card/sheets/{SHEET}/",
                    },
                )
                if status == 200:
                    etag = head.get("ETag", etag)
                    acknowledged = text
                    break
                if status == 412:  # another tab of mine got there first: take its version, retry
                    with self.tally.lock:
                        self.tally.conflicts += 1
                    etag = head.get("ETag", etag)
                    continue
                break
            self.request("page", PAGES[(self.number + n) % len(PAGES)])
        status, payload, _ = self.request("api-get", f"/api/v1/card/sheets/{SHEET}/")
        stored = (
            json.loads(payload or b"{}").get("data", {}).get("values_interests") if status == 200 else None
        )
        if acknowledged is not None and stored != acknowledged:
            with self.tally.lock:
                self.tally.lost += 1


class Reader(Visitor):
    def run(self, drafts: int) -> None:
        for n in range(drafts * 2 + 4):
            self.request("page", PAGES[(self.number + n) % len(PAGES)])


def crowd(base: str, visitors: int, drafts: int, kind=Visitor) -> tuple[Tally, float]:
    tally = Tally()
    people = [kind(base, n, tally) for n in range(visitors)]
    threads = [threading.Thread(target=p.run, args=(drafts,)) for p in people]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(600)
    return tally, time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(label: str, tally: Tally, seconds: float) -> None:
    print(
        f"{label}: {tally.requests} requests in {seconds:.1f} s, server errors {tally.errors}, "
        f"lost drafts {tally.lost}, stale-save retries {tally.conflicts}, statuses {dict(tally.statuses)}"
    )
    for kind, values in sorted(tally.times.items()):
        print(
            f"  {kind:9s} n={len(values):5d}  p50 {statistics.median(values) * 1000:7.1f} ms"
            f"  p95 {percentile(values, 0.95) * 1000:7.1f} ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--visitors", type=int, default=32)
    parser.add_argument("--drafts", type=int, default=10)
    parser.add_argument("--database-url", default=None, help="default: a new SQLite file")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--base-url", default=None, help="measure a server that is already running")
    args = parser.parse_args()

    server = None
    base = args.base_url
    if base is None:
        server = Server(args.database_url, args.port or free_port())
        print(f"setting up a demo site on {'SQLite' if not args.database_url else 'PostgreSQL'}…", flush=True)
        base = server.start()
    try:
        readers, reader_seconds = crowd(base, args.visitors, args.drafts, kind=Reader)
        report(f"baseline: {args.visitors} visitors reading pages only", readers, reader_seconds)
        tally, seconds = crowd(base, args.visitors, args.drafts)
        report(f"{args.visitors} new visitors, {args.drafts} autosaves each", tally, seconds)
        page_ratio = percentile(tally.times["page"], 0.95) / max(
            percentile(readers.times["page"], 0.95), 1e-9
        )
        print(f"page p95 while autosaving / reading only: {page_ratio:.2f}x")
        if server:
            print(f"'database is locked' in the server log: {server.server_errors_logged()}")
        print(
            f"RESULT visitors={args.visitors} requests={tally.requests} errors={tally.errors} "
            f"lost={tally.lost} autosave_p95_ms={percentile(tally.times['autosave'], 0.95) * 1000:.0f}"
        )
        return 0 if tally.errors == 0 and tally.lost == 0 else 1
    finally:
        if server:
            server.stop()


if __name__ == "__main__":
    sys.exit(main())
