"""Statistics at national scale: 10 million events on PostgreSQL, the roll-up, the dashboard queries.

Run from the repository root (PostgreSQL on 127.0.0.1, trust auth)::

    .venv/bin/python bench/insights.py                      # 10,000,000 events over 365 days
    .venv/bin/python bench/insights.py --events 1000000     # a quicker run
    .venv/bin/python bench/insights.py --fresh              # drop and rebuild the database

The database (``DATABASE_URL``, default ``postgresql://postgres@127.0.0.1:5432/jobcard_bench_insights``)
is created and migrated if needed and kept between runs (generation takes minutes); ``--fresh``
rebuilds it. It prints:

1. how long generating the events (one ``INSERT … SELECT`` over ``generate_series``), the Job Cards
   (``--cards`` first saves, through the ORM) and the survey answers took;
2. the roll-up of every day (``insights.rollup.rollup_range``): seconds and events per second;
3. each dashboard query for a year's range, from the roll-ups (first run and best of three), with
   and without a persona filter — the target is ≤ 1 s for the whole dashboard;
4. the baseline: similar figures computed from the raw events, and the ratio rollup / raw;
5. the request-path cost of counting a page view: the middleware with counting off (DNT), with one
   INSERT per page view, and with buffered writes (``INSIGHTS_BUFFER_SIZE=50``).

A benchmark: it prints figures and never fails on them.
"""

from __future__ import annotations

import argparse
import datetime
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DB = "postgresql://postgres@127.0.0.1:5432/jobcard_bench_insights"
os.environ.setdefault("DATABASE_URL", DEFAULT_DB)
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"


def ensure_database(url: str, fresh: bool) -> None:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    base = [
        "psql",
        "-h",
        parts.hostname or "127.0.0.1",
        "-U",
        parts.username or "postgres",
        "-d",
        "postgres",
        "-qAt",
    ]
    if fresh:
        subprocess.run([*base, "-c", f'DROP DATABASE IF EXISTS "{name}"'], check=True)
    exists = subprocess.run(
        # The name comes from the operator's own DATABASE_URL.
        [*base, "-c", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],  # noqa: S608
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if not exists:
        subprocess.run([*base, "-c", f'CREATE DATABASE "{name}"'], check=True)


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


EVENTS_SQL = """
INSERT INTO insights_event (created_at, name, detail, path, visitor, user_type, purpose, channel, source)
SELECT
    %(start)s::timestamptz
        + (k / %(vpd)s) * interval '1 day'
        + ((k %% %(vpd)s) * (57600.0 / %(vpd)s) + 25200) * interval '1 second'
        + j * (CASE WHEN k %% 3 = 0 THEN 2400 ELSE 120 END) * interval '1 second',
    CASE WHEN j = 4 AND k %% 4 = 1
        THEN (ARRAY['sheet_started','sheet_draft','sheet_saved','download','login','signup','outbound',
                    'diagnosis_completed'])[1 + (k / 4) %% 8]
        ELSE 'page_view' END,
    CASE WHEN j = 4 AND k %% 4 = 1 THEN
        CASE (k / 4) %% 8
            WHEN 0 THEN 'sheet=' || (ARRAY['1-1','1-2','2','3-1','3-2'])[1 + k %% 5]
            WHEN 1 THEN 'sheet=' || (ARRAY['1-1','1-2','2','3-1','3-2'])[1 + k %% 5]
            WHEN 2 THEN 'sheet=' || (ARRAY['1-1','1-2','2','3-1','3-2'])[1 + k %% 5]
            WHEN 3 THEN 'document=card&format=' || (ARRAY['pdf','xlsx','csv'])[1 + k %% 3]
            WHEN 4 THEN 'method=' || (ARRAY['password','password','mynaportal'])[1 + k %% 3]
            WHEN 5 THEN 'method=password'
            WHEN 6 THEN 'target=' || (ARRAY['hellowork','jobtag','mynaportal'])[1 + k %% 3]
            ELSE 'kind=' || (ARRAY['interest','values','strengths'])[1 + k %% 3]
        END
    ELSE '' END,
    CASE WHEN j = 4 AND k %% 4 = 1 THEN ''
         WHEN (k * 7 + j * 13) %% 300 < 5
             THEN '/card/sheets/' || (ARRAY['1-1','1-2','2','3-1','3-2'])[1 + (k * 7 + j * 13) %% 5] || '/'
         ELSE '/guide/page-' || ((k * 7 + j * 13) %% 300) || '/' END,
    (k * 2654435761) %% 9223372036854775807,
    (ARRAY['','job_seeker','employed','student'])[1 + k %% 4],
    (ARRAY['','career_review','job_search','training'])[1 + (k / 4) %% 4],
    CASE WHEN j = 0 THEN (ARRAY['','search','sns','partner','email','referral','campaign'])[1 + k %% 7]
         ELSE '' END,
    CASE WHEN j = 0
         THEN (ARRAY['','google.com','x.com','hellowork.mhlw.go.jp','newsletter','example.jp','spring'])
              [1 + k %% 7]
         ELSE '' END
FROM generate_series(0, %(visitors)s - 1) AS k, generate_series(0, 4) AS j
"""

SURVEY_SQL = """
INSERT INTO insights_surveyresponse
    (survey, placement, answered_on, score, choice, sheet, comment, user_type, purpose)
SELECT 'satisfaction', (ARRAY['download','mypage'])[1 + i %% 2], %(first)s::date + (i %% %(days)s),
       (ARRAY[5,4,4,3,5,4,2,1,4,5])[1 + i %% 10], '', '',
       CASE WHEN i %% 9 = 0 THEN '使いやすかったです。' ELSE '' END,
       (ARRAY['','job_seeker','employed','student'])[1 + i %% 4],
       (ARRAY['','career_review','job_search','training'])[1 + i %% 4]
FROM generate_series(0, %(answers)s - 1) AS i
"""


def generate(args, first: datetime.date) -> None:
    from django.db import connection

    from insights.models import Event, SurveyResponse

    have = Event.objects.count()
    if have >= args.events:
        print(f"events: {have:,} already there (use --fresh to rebuild)")
    else:
        visitors = args.events // 5
        vpd = max(1, visitors // args.days)
        start = datetime.datetime.combine(
            first, datetime.time.min, tzinfo=datetime.timezone(datetime.timedelta(hours=9))
        )
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE insights_event")
            seconds, _ = timed(cursor.execute, EVENTS_SQL, {"start": start, "vpd": vpd, "visitors": visitors})
            cursor.execute("ANALYZE insights_event")
        made = f"{visitors * 5:,} generated in {seconds:.1f} s"
        print(f"events: {made} ({visitors:,} visitor-days, {vpd:,} a day)")
    if not SurveyResponse.objects.exists():
        with connection.cursor() as cursor:
            seconds, _ = timed(
                cursor.execute, SURVEY_SQL, {"first": first, "days": args.days, "answers": args.surveys}
            )
        print(f"survey answers: {args.surveys:,} in {seconds:.1f} s")
    generate_cards(args, first)


def copy_rows(model, objects) -> None:
    """COPY model instances (ids included) into their table: far faster than the ORM for a bench."""
    from django.db import connection

    fields = model._meta.concrete_fields
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for obj in objects:
            copy.write_row(
                [field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields]
            )


def generate_cards(args, first: datetime.date) -> None:
    """Job Cards whose first save is spread over the year; every third is saved again the next day."""
    from django.core.management.color import no_style
    from django.db import connection, transaction
    from django.db.models import Max
    from django.utils import timezone

    from sheets.definitions import get_definition
    from sheets.models import Card, SheetEntry, SheetRevision

    if args.cards <= 0 or Card.objects.exists():
        return
    version = get_definition("1-1").version
    started = time.perf_counter()
    base = {
        model: (model.objects.aggregate(m=Max("pk"))["m"] or 0) + 1
        for model in (Card, SheetEntry, SheetRevision)
    }
    noon = datetime.time(12)
    cards, entries, revisions = [], [], []
    for n in range(args.cards):
        saved = timezone.make_aware(
            datetime.datetime.combine(first + datetime.timedelta(days=n % args.days), noon)
        )
        cards.append(Card(id=base[Card] + n, anonymous_key=f"{n:064x}", created_at=saved, updated_at=saved))
        entries.append(
            SheetEntry(
                id=base[SheetEntry] + n,
                card_id=base[Card] + n,
                sheet_code="1-1",
                definition_version=version,
                status="saved",
                saved_data={},
                saved_at=saved,
                created_at=saved,
                updated_at=saved,
            )
        )
        revisions.append(
            SheetRevision(
                id=base[SheetRevision] + n,
                entry_id=base[SheetEntry] + n,
                data={},
                definition_version=version,
                kind="save",
                created_at=saved,
            )
        )
        if n % 3 == 0:
            revisions.append(
                SheetRevision(
                    id=base[SheetRevision] + args.cards + n // 3,
                    entry_id=base[SheetEntry] + n,
                    data={},
                    definition_version=version,
                    kind="save",
                    created_at=saved + datetime.timedelta(days=1),
                )
            )
    with transaction.atomic():
        copy_rows(Card, cards)
        copy_rows(SheetEntry, entries)
        copy_rows(SheetRevision, revisions)
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), [Card, SheetEntry, SheetRevision]):
                cursor.execute(sql)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE jobcard_forms_sheetrevision")
    seconds = time.perf_counter() - started
    print(f"job cards: {args.cards:,} cards, {len(revisions):,} saved revisions in {seconds:.1f} s")


def dashboard_queries(f):
    from insights import figures
    from insights.models import Survey

    return {
        "tiles (KGI/KPI)": lambda: figures.tiles(f),
        "traffic over time": lambda: figures.traffic_series(f),
        "funnel per sheet": lambda: figures.funnel(f),
        "exit rate by page (top 20)": lambda: figures.pages(f),
        "satisfaction over time": lambda: figures.satisfaction_series(f),
        "satisfaction breakdown": lambda: figures.satisfaction_breakdown(f),
        "assistant use": lambda: figures.assistant_series(f),
        "channel mix": lambda: figures.channels(f),
        "top sources": lambda: figures.sources(f),
        "events table": lambda: figures.events(f),
        "downloads by format": lambda: figures.totals_by(f, "download", "format"),
        "purpose survey": lambda: figures.choice_counts(f, Survey.PURPOSE),
    }


RAW_QUERIES = {
    "page views by page (top 20)": """
        SELECT path, count(*) FROM insights_event
        WHERE name = 'page_view' AND created_at >= %(start)s AND created_at < %(end)s
        GROUP BY path ORDER BY 2 DESC LIMIT 20""",
    "unique visitor-days": """
        SELECT count(*) FROM (SELECT DISTINCT (created_at AT TIME ZONE 'Asia/Tokyo')::date, visitor
        FROM insights_event WHERE created_at >= %(start)s AND created_at < %(end)s) t""",
    "sheet events by visitor-day": """
        SELECT name, detail, count(*), count(DISTINCT ((created_at AT TIME ZONE 'Asia/Tokyo')::date, visitor))
        FROM insights_event WHERE name LIKE 'sheet_%%' AND created_at >= %(start)s AND created_at < %(end)s
        GROUP BY name, detail""",
    "channel of first page views": """
        SELECT channel, count(*) FROM insights_event
        WHERE name = 'page_view' AND channel <> '' AND created_at >= %(start)s AND created_at < %(end)s
        GROUP BY channel""",
}


def time_dashboard(f, label: str) -> float:
    from django.core.cache import cache

    cache.clear()
    rows, total_first, total_best = [], 0.0, 0.0
    for name, query in dashboard_queries(f).items():
        runs = [timed(query)[0] for _ in range(3)]
        rows.append((name, runs[0], min(runs)))
        total_first += runs[0]
        total_best += min(runs)
    print(f"\nDashboard queries, {label} ({f.start} – {f.end}, {f.days} days):")
    print(f"  {'query':32} {'first ms':>9} {'best ms':>9}")
    for name, first, best in rows:
        print(f"  {name:32} {first * 1000:9.1f} {best * 1000:9.1f}")
    print(f"  {'TOTAL (whole dashboard)':32} {total_first * 1000:9.1f} {total_best * 1000:9.1f}")
    return total_best


def time_raw(f) -> float:
    from django.db import connection

    from insights.rollup import day_bounds

    start, _ = day_bounds(f.start)
    _, end = day_bounds(f.end)
    print("\nBaseline: similar figures straight from the raw events (best of 2):")
    total = 0.0
    with connection.cursor() as cursor:
        for name, sql in RAW_QUERIES.items():
            best = min(timed(cursor.execute, sql, {"start": start, "end": end})[0] for _ in range(2))
            cursor.fetchall()
            total += best
            print(f"  {name:32} {best * 1000:9.1f} ms")
    print(f"  {'TOTAL (4 raw queries)':32} {total * 1000:9.1f} ms")
    return total


def time_request_path(requests: int) -> None:
    """Microseconds the page-view middleware adds to one request, in three modes."""
    from django.http import HttpResponse
    from django.test import RequestFactory, override_settings

    from insights import store
    from insights.middleware import PageViewMiddleware
    from insights.models import Event

    html = "<!DOCTYPE html><html><body><p>ジョブ・カード</p></body></html>"
    middleware = PageViewMiddleware(
        lambda request: HttpResponse(html, content_type="text/html; charset=utf-8")
    )
    factory = RequestFactory()
    agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130 Safari/537.36"

    def run(extra):
        samples = []
        for n in range(requests):
            request = factory.get(
                "/guide/page-1/", HTTP_USER_AGENT=agent, REMOTE_ADDR=f"10.0.{n // 250}.{n % 250}", **extra
            )
            start = time.perf_counter()
            middleware(request)
            samples.append(time.perf_counter() - start)
        return samples

    before = Event.objects.count()
    print(f"\nRequest path: the page-view middleware around a trivial view, {requests:,} requests each:")
    results = {}
    for label, extra, size in (
        ("counting off (DNT: 1) — baseline", {"HTTP_DNT": "1"}, 1),
        ("one INSERT per page view", {}, 1),
        ("buffered, 50 per INSERT", {}, 50),
    ):
        with override_settings(INSIGHTS_BUFFER_SIZE=size, INSIGHTS_BUFFER_SECONDS=3600):
            run(extra)  # warm up (salt, connection, statement)
            samples = run(extra)
            store.flush()
        results[label] = samples
    base = statistics.mean(results["counting off (DNT: 1) — baseline"])
    print(f"  {'mode':36} {'mean µs':>9} {'p95 µs':>9} {'added µs':>9}")
    for label, samples in results.items():
        mean = statistics.mean(samples)
        p95 = sorted(samples)[int(len(samples) * 0.95)]
        print(f"  {label:36} {mean * 1e6:9.0f} {p95 * 1e6:9.0f} {(mean - base) * 1e6:9.0f}")
    print(f"  ({Event.objects.count() - before:,} bench page views written; they stay in today's events)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--cards", type=int, default=400_000, help="Job Cards saved over the year")
    parser.add_argument("--surveys", type=int, default=100_000, help="satisfaction answers over the year")
    parser.add_argument("--requests", type=int, default=2000, help="requests per request-path mode")
    parser.add_argument("--fresh", action="store_true", help="drop and rebuild the database")
    parser.add_argument("--skip-rollup", action="store_true", help="reuse the roll-ups of an earlier run")
    args = parser.parse_args()

    url = os.environ["DATABASE_URL"]
    if not url.startswith("postgres"):
        sys.exit("bench/insights.py needs PostgreSQL (DATABASE_URL=postgresql://…)")
    ensure_database(url, args.fresh)

    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from insights import rollup
    from insights.figures import Filters

    seconds, _ = timed(call_command, "migrate", verbosity=0)
    print(f"database: {url} (migrated in {seconds:.1f} s)")
    last = timezone.localdate() - datetime.timedelta(days=1)
    first = last - datetime.timedelta(days=args.days - 1)
    generate(args, first)

    if not args.skip_rollup:
        from insights.models import Event

        events = Event.objects.filter(created_at__lt=rollup.day_bounds(last)[1]).count()
        seconds, summary = timed(rollup.rollup_range, first, last)
        print(
            f"\nRoll-up of {summary['days']} days: {seconds:.1f} s for {summary['events']:,} events "
            f"({summary['events'] / seconds:,.0f} events/s; {seconds / summary['days'] * 1000:.0f} ms a day)"
        )
        assert summary["events"] <= events

    year = Filters(first, last)
    rolled = time_dashboard(year, "a year, everyone")
    time_dashboard(Filters(first, last, user_type="student"), "a year, 利用者種別 = 学生")
    time_dashboard(Filters(last - datetime.timedelta(days=29), last), "the last 30 days")
    raw = time_raw(year)
    print(
        f"\nRatio: whole dashboard from roll-ups {rolled * 1000:.0f} ms "
        f"vs 4 raw-event queries {raw * 1000:.0f} ms "
        f"= {rolled / raw:.3f} (roll-ups are {raw / rolled:.0f}× faster)"
    )
    time_request_path(args.requests)


if __name__ == "__main__":
    main()
