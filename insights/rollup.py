"""Daily roll-ups: raw events → a few small tables the dashboard reads (docs/statistics.md).

``rollup_day(day)`` reads the day's events once, ordered by visitor and time, and rebuilds that
day's rows in every ``Daily*`` table in one transaction (running it twice gives the same rows).
Per visitor-day (a visitor number is valid for one day only):

- persona: the last 利用者種別/利用目的 the visitor had that day ("" when never chosen);
- sessions: runs of their events with no gap over 30 minutes; a run counts as a session when it
  holds a page view; landing page = its first page view, exit page = its last; a bounce is a
  session of exactly one page view and nothing else; its channel is its first page view's;
- sheet funnel: the furthest stage reached per sheet (visited a page where the sheet is filled in
  → ``sheet_started`` → ``sheet_draft`` → ``sheet_saved``), counted at that stage and every stage
  before it, so each stage is a subset of the one before.

Creators come from the sheets' own saved revisions (a Job Card counts on the day its first sheet
was first saved), assistant use from the assistant's question log and survey answers from their
own table, not from events.
"""

from __future__ import annotations

import datetime
import logging
from collections import defaultdict
from itertools import groupby
from operator import itemgetter
from urllib.parse import urlsplit

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from .bulk import insert_rows
from .events import decode_attributes
from .models import (
    ALL,
    PAGE_VIEW,
    Channel,
    DailyAssistant,
    DailyChannel,
    DailyCreators,
    DailyEvent,
    DailyFunnel,
    DailyPage,
    DailySalt,
    DailySurvey,
    DailyTraffic,
    Event,
    RollupDay,
)
from .visitors import forget_salts

logger = logging.getLogger(__name__)

SESSION_GAP = datetime.timedelta(minutes=30)
FUNNEL_STAGES = ("visited", "started", "drafted", "saved")
STAGE_OF_EVENT = {"sheet_started": 1, "sheet_draft": 2, "sheet_saved": 3}
DAILY_TABLES = (
    DailyTraffic,
    DailyChannel,
    DailyPage,
    DailyEvent,
    DailyFunnel,
    DailyCreators,
    DailyAssistant,
    DailySurvey,
)

# Columns read from Event, in this order.
_V, _AT, _NAME, _DETAIL, _PATH, _UT, _PU, _CH, _SRC = range(9)
_COLUMNS = ("visitor", "created_at", "name", "detail", "path", "user_type", "purpose", "channel", "source")


def day_bounds(day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    return start, start + datetime.timedelta(days=1)


def sheet_codes() -> list[str]:
    from sheets.definitions import sheet_codes as codes

    return list(codes())


def sheet_pages() -> dict[str, set[str]]:
    """Page address → sheet codes filled in there: the editor's page and pages embedding the sheet."""
    from guidance_pages.models import GuidancePage

    pages: dict[str, set[str]] = defaultdict(set)
    for code in sheet_codes():
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                try:
                    pages[reverse("jobcard_edit", args=[code])].add(code)
                except NoReverseMatch:
                    break
    for page in GuidancePage.objects.live().only("id", "url_path", "body", "locale_id"):
        codes = {
            item.get("value", {}).get("sheet")
            for item in page.body.raw_data
            if item.get("type") == "sheet_form"
        }
        codes.discard(None)
        if codes:
            url = page.get_url() or ""
            pages[urlsplit(url).path].update(codes)
    return dict(pages)


class _DayTotals:
    """Counters for one day, keyed by persona (+ dimension)."""

    def __init__(self, sheet_map):
        self.sheet_map = sheet_map
        self.traffic = defaultdict(lambda: [0, 0, 0, 0])  # visitors, sessions, page views, bounces
        self.channels = defaultdict(lambda: [0, 0])  # sessions, bounces
        self.pages = defaultdict(lambda: [0, 0, 0, 0])  # views, entrances, exits, bounces
        self.events = defaultdict(lambda: [0, 0])  # count, visitors
        self.funnel = defaultdict(lambda: [0, 0, 0, 0])
        self._details: dict[str, dict] = {}

    def _sheet(self, detail: str) -> str:
        parsed = self._details.get(detail)
        if parsed is None:
            parsed = self._details[detail] = decode_attributes(detail)
        return parsed.get("sheet", "")

    def add_anonymous(self, row) -> None:
        """An event without a visitor (recorded outside a request)."""
        if row[_NAME] != PAGE_VIEW:
            self.events[(row[_UT], row[_PU], row[_NAME], row[_DETAIL])][0] += 1

    def add_visitor(self, rows: list) -> None:
        persona = ("", "")
        for row in reversed(rows):
            if row[_UT] or row[_PU]:
                persona = (row[_UT], row[_PU])
                break
        traffic = self.traffic[persona]

        # Sessions: split at gaps over 30 minutes between any two events.
        sessions: list[list] = []
        previous = None
        for row in rows:
            if previous is None or row[_AT] - previous > SESSION_GAP:
                sessions.append([])
            sessions[-1].append(row)
            previous = row[_AT]
        seen_page = False
        for session in sessions:
            views = [row for row in session if row[_NAME] == PAGE_VIEW]
            if not views:
                continue
            seen_page = True
            bounce = len(session) == 1
            traffic[1] += 1
            traffic[2] += len(views)
            for row in views:
                self.pages[(*persona, row[_PATH])][0] += 1
            landing = self.pages[(*persona, views[0][_PATH])]
            landing[1] += 1
            self.pages[(*persona, views[-1][_PATH])][2] += 1
            channel = views[0][_CH] or Channel.DIRECT
            source = views[0][_SRC] if views[0][_CH] else ""
            counter = self.channels[(*persona, channel, source)]
            counter[0] += 1
            if bounce:
                traffic[3] += 1
                landing[3] += 1
                counter[1] += 1
        if seen_page:
            traffic[0] += 1

        furthest: dict[str, int] = {}
        counted = set()
        for row in rows:
            name = row[_NAME]
            if name == PAGE_VIEW:
                for code in self.sheet_map.get(row[_PATH], ()):
                    furthest.setdefault(code, 0)
                continue
            key = (*persona, name, row[_DETAIL])
            counter = self.events[key]
            counter[0] += 1
            if key not in counted:
                counted.add(key)
                counter[1] += 1
            stage = STAGE_OF_EVENT.get(name)
            if stage:
                code = self._sheet(row[_DETAIL])
                if code and furthest.get(code, -1) < stage:
                    furthest[code] = stage
        for code, stage in furthest.items():
            counter = self.funnel[(*persona, code)]
            for index in range(stage + 1):
                counter[index] += 1

    def rows(self, day):
        for (ut, pu), (visitors, sessions, views, bounces) in self.traffic.items():
            yield DailyTraffic(
                day=day,
                user_type=ut,
                purpose=pu,
                visitors=visitors,
                sessions=sessions,
                page_views=views,
                bounces=bounces,
            )
        for (ut, pu, channel, source), (sessions, bounces) in self.channels.items():
            yield DailyChannel(
                day=day,
                user_type=ut,
                purpose=pu,
                channel=channel,
                source=source,
                sessions=sessions,
                bounces=bounces,
            )
        cube = defaultdict(lambda: [0, 0, 0, 0])
        for (ut, pu, path), counts in self.pages.items():
            for key in {(ut, pu), (ut, ALL), (ALL, pu), (ALL, ALL)}:
                total = cube[(*key, path)]
                for index, value in enumerate(counts):
                    total[index] += value
        for (ut, pu, path), (views, entrances, exits, bounces) in cube.items():
            yield DailyPage(
                day=day,
                user_type=ut,
                purpose=pu,
                path=path,
                views=views,
                entrances=entrances,
                exits=exits,
                bounces=bounces,
            )
        for (ut, pu, name, detail), (count, visitors) in self.events.items():
            yield DailyEvent(
                day=day, user_type=ut, purpose=pu, name=name, detail=detail, count=count, visitors=visitors
            )
        for (ut, pu, sheet), stages in self.funnel.items():
            yield DailyFunnel(
                day=day,
                user_type=ut,
                purpose=pu,
                sheet=sheet,
                **dict(zip(FUNNEL_STAGES, stages, strict=True)),
            )


def _creator_rows(day, start, end):
    """Job Cards whose first saved sheet version was made that day, per the owner's persona."""
    from sheets.models import SheetRevision

    saves = SheetRevision.objects.filter(kind=SheetRevision.Kind.SAVE)
    earlier = saves.filter(created_at__lt=start, entry__card_id=OuterRef("entry__card_id"))
    cards = (
        saves.filter(created_at__gte=start, created_at__lt=end)
        .annotate(saved_before=Exists(earlier))
        .filter(saved_before=False)
        .values_list("entry__card_id", "entry__card__owner__user_type", "entry__card__owner__purpose")
        .order_by()  # the model's default ordering would defeat DISTINCT
        .distinct()
    )
    per_persona: dict[tuple[str, str], int] = defaultdict(int)
    for _card, user_type, purpose in cards:
        per_persona[(user_type or "", purpose or "")] += 1
    for (ut, pu), creators in per_persona.items():
        yield DailyCreators(day=day, user_type=ut, purpose=pu, creators=creators)


def _survey_rows(day):
    from .models import SurveyResponse

    rows = (
        SurveyResponse.objects.filter(answered_on=day)
        .values("user_type", "purpose", "survey", "placement", "score", "choice")
        .annotate(n=Count("id"))
        .order_by()
    )
    for row in rows:
        answers = row.pop("n")
        yield DailySurvey(day=day, answers=answers, **row)


def _assistant_rows(day, start, end):
    from assistant.models import AssistantQuestion

    rows = (
        AssistantQuestion.objects.filter(created_at__gte=start, created_at__lt=end)
        .values("channel", "outcome")
        .annotate(
            n_questions=Count("id"),
            n_helpful=Count("id", filter=Q(helpful=True)),
            n_unhelpful=Count("id", filter=Q(helpful=False)),
        )
        .order_by()
    )
    for row in rows:
        yield DailyAssistant(
            day=day,
            channel=row["channel"],
            outcome=row["outcome"],
            questions=row["n_questions"],
            helpful=row["n_helpful"],
            unhelpful=row["n_unhelpful"],
        )


def rollup_day(day: datetime.date, sheet_map: dict[str, set[str]] | None = None) -> int | None:
    """Rebuild one day's roll-up rows; returns the number of events read (None: raw data gone)."""
    state = RollupDay.objects.filter(day=day).first()
    if state is not None and state.raw_purged:
        return None
    if sheet_map is None:
        sheet_map = sheet_pages()
    start, end = day_bounds(day)
    totals = _DayTotals(sheet_map)
    events = (
        Event.objects.filter(created_at__gte=start, created_at__lt=end)
        .order_by("visitor", "created_at", "id")
        .values_list(*_COLUMNS)
    )
    read = 0
    for visitor, group in groupby(events.iterator(chunk_size=10_000), key=itemgetter(_V)):
        rows = list(group)
        read += len(rows)
        if visitor is None:
            for row in rows:
                totals.add_anonymous(row)
        else:
            totals.add_visitor(rows)
    with transaction.atomic():
        for model in DAILY_TABLES:
            model.objects.filter(day=day).delete()
        new_rows = list(totals.rows(day))
        new_rows += list(_creator_rows(day, start, end))
        new_rows += list(_assistant_rows(day, start, end))
        new_rows += list(_survey_rows(day))
        by_model = defaultdict(list)
        for row in new_rows:
            by_model[type(row)].append(row)
        for model, rows in by_model.items():
            insert_rows(model, rows)
        RollupDay.objects.update_or_create(day=day, defaults={"rolled_at": timezone.now(), "events": read})
    return read


def days_between(first: datetime.date, last: datetime.date):
    day = first
    while day <= last:
        yield day
        day += datetime.timedelta(days=1)


def default_first_day() -> datetime.date:
    """Where an unattended run starts: the last day rolled up, else the first day with events."""
    today = timezone.localdate()
    latest = RollupDay.objects.filter(raw_purged=False).order_by("-day").values_list("day", flat=True).first()
    if latest is not None:
        return min(latest, today)
    first_event = Event.objects.order_by("created_at").values_list("created_at", flat=True).first()
    if first_event is None:
        return today
    return timezone.localdate(first_event)


def rollup_range(first: datetime.date | None = None, last: datetime.date | None = None) -> dict:
    first = first or default_first_day()
    last = last or timezone.localdate()
    sheet_map = sheet_pages()
    days = events = 0
    for day in days_between(first, last):
        read = rollup_day(day, sheet_map)
        if read is not None:
            days += 1
            events += read
    if days > 7 and connection.vendor == "postgresql":
        # A long backfill changes the tables' statistics; do not wait for autovacuum to notice.
        with connection.cursor() as cursor:
            for model in DAILY_TABLES:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
    return {"days": days, "events": events, "first": first.isoformat(), "last": last.isoformat()}


def retention_days() -> int:
    return max(1, int(getattr(settings, "INSIGHTS_RETENTION_DAYS", 90)))


def purge(today: datetime.date | None = None) -> dict:
    """Delete raw events older than the retention period (rolled up first) and past days' salts."""
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=retention_days())
    cutoff_start, _ = day_bounds(cutoff)
    oldest = Event.objects.filter(created_at__lt=cutoff_start).order_by("created_at").first()
    rolled = 0
    if oldest is not None:
        done = set(RollupDay.objects.filter(day__lt=cutoff).values_list("day", flat=True))
        sheet_map = None
        for day in days_between(timezone.localdate(oldest.created_at), cutoff - datetime.timedelta(days=1)):
            if day not in done:
                sheet_map = sheet_map or sheet_pages()
                rollup_day(day, sheet_map)
                rolled += 1
    deleted, _ = Event.objects.filter(created_at__lt=cutoff_start).delete()
    RollupDay.objects.filter(day__lt=cutoff).update(raw_purged=True)
    salts, _ = DailySalt.objects.filter(day__lt=today).delete()
    forget_salts()
    return {"deleted": deleted, "rolled_up_first": rolled, "salts": salts, "cutoff": cutoff.isoformat()}
