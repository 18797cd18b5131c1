"""50 people autosaving at once on PostgreSQL: latency, errors and lost updates.

Run from the repository root (PostgreSQL on 127.0.0.1, trust auth, as on the dev machines)::

    .venv/bin/python bench/autosave.py            # 50 people, 60 s
    .venv/bin/python bench/autosave.py --people 10 --seconds 10

It creates a scratch database (``jobcard_bench_autosave``), migrates it, creates one account per
person with a signed-in session, serves the site with gunicorn and has each person autosave sheet 2
(a work history of three job periods, one box growing as they type) every 0.5–1.5 s — the editor's
real request: the form fields, ``If-Match`` with the last version, the CSRF token. It reports p50
and p95 latency, errors (any answer but 200) and lost updates: at the end, every person's stored
draft must hold exactly the text of their last acknowledged autosave. Before the load it measures
``/bench/minimal/`` (the full middleware stack, no database work) the same way, as the baseline.

A benchmark, not a test: it prints figures and never fails on them.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import secrets
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB_NAME = "jobcard_bench_autosave"
ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def prepare_database(url: str) -> None:
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{DB_NAME}"')
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True
    )


def make_sessions(people: int) -> list[dict]:
    """One account and one signed-in session per person (created directly, as login would)."""
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    User = get_user_model()
    out = []
    for index in range(people):
        user = User.objects.create_user(f"bench{index}@example.jp", secrets.token_urlsafe(16))
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session["_session_seen"] = time.time()
        session.create()
        out.append({"user_id": user.pk, "session": session.session_key, "csrf": secrets.token_hex(16)})
    return out


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, workers: int, threads: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    command = [
        *(sys.executable, "-m", "gunicorn", "bench.wsgi:application", "--bind", f"127.0.0.1:{port}"),
        *("--workers", str(workers), "--worker-class", "gthread", "--threads", str(threads)),
        *("--log-level", "warning", "--keep-alive", "5"),
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    for _ in range(200):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/bench/minimal/")
            if conn.getresponse().status == 200:
                return server, port
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("gunicorn did not answer")


def form_body(text: str, lock: int) -> str:
    jobs = [
        ("2015-04", "2018-03", "株式会社みなと商事", "請求書の発行と経費精算"),
        ("2018-04", "2021-09", "さくら会計事務所", "記帳代行と給与計算の補助"),
        ("2021-10", "現在", "株式会社ひかり物流", text),
    ]
    fields = [("lock_version", str(lock)), ("header-entry_date", "2026-11-01"), ("jobs-TOTAL_FORMS", "3")]
    for i, (start, end, company, duties) in enumerate(jobs):
        fields += [
            (f"jobs-{i}-ORIGIN", str(i)),
            (f"jobs-{i}-period_from", start),
            (f"jobs-{i}-period_to", end),
            (f"jobs-{i}-company_name", company),
            (f"jobs-{i}-employment_type", "regular"),
            (f"jobs-{i}-duties", duties),
        ]
    return urllib.parse.urlencode(fields)


def person(port: int, who: dict, until: float, out: dict, lock: threading.Lock) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    cookie = f"sessionid={who['session']}; csrftoken={who['csrf']}"
    version = 0
    typed = ""
    acknowledged = None
    latencies, errors = [], 0
    rng = random.Random(who["user_id"])
    while time.monotonic() < until:
        typed += rng.choice(["倉庫内の在庫管理、", "配送計画の作成、", "新人の教育係、", "取引先との調整、"])
        typed = typed[-900:]
        body = form_body(typed, version)
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": cookie,
            "X-CSRFToken": who["csrf"],
            "If-Match": f'"{version}"',
            "Referer": f"http://127.0.0.1:{port}/card/sheets/2/",
        }
        started = time.perf_counter()
        try:
            conn.request("POST", "/card/sheets/2/autosave/", body=body, headers=headers)
            response = conn.getresponse()
            payload = response.read()
        except OSError:
            errors += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            continue
        latencies.append(time.perf_counter() - started)
        if response.status == 200:
            import json

            version = json.loads(payload)["lock_version"]
            acknowledged = typed
        else:
            errors += 1
        time.sleep(rng.uniform(0.5, 1.5))
    with lock:
        out["latencies"] += latencies
        out["errors"] += errors
        out["last"][who["user_id"]] = acknowledged


def baseline(port: int, people: int, seconds: float) -> list[float]:
    latencies: list[float] = []
    guard = threading.Lock()

    def run():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            started = time.perf_counter()
            conn.request("GET", "/bench/minimal/")
            conn.getresponse().read()
            mine.append(time.perf_counter() - started)
            time.sleep(random.uniform(0.5, 1.5))
        with guard:
            latencies.extend(mine)

    threads = [threading.Thread(target=run) for _ in range(people)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    url = f"postgresql://postgres@127.0.0.1:5432/{DB_NAME}"
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    print(f"preparing {DB_NAME} …", flush=True)
    prepare_database(url)
    people = make_sessions(args.people)
    server, port = start_server(url, args.workers, args.threads)
    try:
        baseline(port, args.people, 3.0)  # warm-up: every worker loads the app before timing starts
        base = baseline(port, args.people, min(10.0, args.seconds))
        out = {"latencies": [], "errors": 0, "last": {}}
        guard = threading.Lock()
        until = time.monotonic() + args.seconds
        threads = [threading.Thread(target=person, args=(port, who, until, out, guard)) for who in people]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:  # kept-alive connections hold graceful shutdown up
            server.kill()
            server.wait()

    from sheets.models import SheetEntry

    lost = 0
    for who in people:
        entry = SheetEntry.objects.filter(card__owner_id=who["user_id"], sheet_code="2").first()
        stored = entry.draft_data["jobs"][2]["duties"] if entry and entry.draft_data else None
        if stored != out["last"][who["user_id"]]:
            lost += 1
    lat = out["latencies"]
    p50, p95 = percentile(lat, 0.50) * 1000, percentile(lat, 0.95) * 1000
    b50, b95 = percentile(base, 0.50) * 1000, percentile(base, 0.95) * 1000
    server_desc = f"gunicorn {args.workers}×{args.threads} gthread"
    print(f"people {args.people}, {args.seconds:.0f} s, {server_desc}, PostgreSQL")
    print(f"autosaves {len(lat)} ({len(lat) / args.seconds:.1f}/s)  p50 {p50:.1f} ms  p95 {p95:.1f} ms")
    print(f"errors {out['errors']}  lost updates {lost}")
    print(f"baseline /bench/minimal/ p50 {b50:.1f} ms  p95 {b95:.1f} ms")
    print(f"autosave p95 = {p95 / b95:.1f}× the baseline's p95")
    met = p95 <= 150 and not out["errors"] and not lost
    print(f"target: p95 ≤ 150 ms, 0 errors, 0 lost → {'met' if met else 'NOT met'}")
    print(f"median of all: {statistics.median(lat) * 1000:.1f} ms" if lat else "no samples")


if __name__ == "__main__":
    main()
