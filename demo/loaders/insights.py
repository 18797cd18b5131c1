"""Demo statistics: a statistics user, some weeks of invented events, surveys and paper counts.

Called by demo.loader.DemoLoader.run() after the demo users exist::

    from demo.loaders.insights import load_insights_demo
    ...
    load_insights_demo(self)

Events are generated once (a second run finds them and adds nothing) with a fixed seed from
demo/data/insights.py, rolled up, and — because the demo has no saved Job Cards — the on-site
creators of those days are written as roll-up rows from the invented first saves.
"""

from __future__ import annotations

import datetime
import random
from collections import defaultdict

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.models import Page

from content.taxonomy import Purpose, UserType
from demo.data import insights as data
from insights.events import encode_attributes
from insights.models import PAGE_VIEW, DailyCreators, Event, PaperCount, Survey, SurveyResponse
from insights.roles import STATISTICS_GROUP, ensure_statistics_group
from insights.rollup import day_bounds, rollup_range


def _pick(rng: random.Random, weighted):
    items = [item[0] for item in weighted]
    weights = [item[1] for item in weighted]
    return rng.choices(items, weights)[0]


def load_stats_user(loader) -> None:
    group = ensure_statistics_group()
    User = get_user_model()
    item = data.STATS_USER
    user, created = User.objects.get_or_create(
        email=item["email"],
        defaults={"last_name": item["last_name"], "first_name": item["first_name"], "is_staff": True},
    )
    if created:
        user.set_password(item["password"])
        user.save()
    if group is not None:
        user.groups.add(group)
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    if hasattr(loader, "users"):
        loader.users.append({**item, "group": STATISTICS_GROUP})


def _paths() -> dict[str, list[str]]:
    pages = [
        page.get_url()
        for page in Page.objects.live().filter(depth__gt=1, locale__language_code="ja").only("id", "url_path")
    ]
    pages = [url for url in pages if url and url.startswith("/")]
    editor = {}
    for code, _weight in data.SHEETS:
        try:
            editor[code] = reverse("jobcard_edit", args=[code])
        except NoReverseMatch:
            editor[code] = ""
    return {"pages": pages or ["/"], "editor": editor}


def _visitor_events(rng, day_start, paths, stats) -> list[Event]:
    """One invented visitor-day: page views and what they did."""
    visitor = rng.getrandbits(63)
    if rng.random() < data.PERSONA_CHOSEN:
        persona = (rng.choice(UserType.values), rng.choice(Purpose.values))
    else:
        persona = ("", "")
    at = day_start + datetime.timedelta(seconds=rng.randint(7 * 3600, 23 * 3600))
    events: list[Event] = []

    def add(name, path="", detail="", channel="", source=""):
        nonlocal at
        events.append(
            Event(
                created_at=at,
                name=name,
                path=path,
                detail=detail,
                visitor=visitor,
                user_type=persona[0],
                purpose=persona[1],
                channel=channel,
                source=source,
            )
        )
        at += datetime.timedelta(seconds=rng.randint(20, 240))

    chosen = _pick(rng, data.CHANNELS)
    channel, _weight, sources = next(c for c in data.CHANNELS if c[0] == chosen)
    views = 1 if rng.random() < 0.38 else rng.randint(2, 7)
    home = paths["pages"][0]
    add(PAGE_VIEW, rng.choice([home, home, *paths["pages"]]), channel=channel, source=rng.choice(sources))
    for _ in range(views - 1):
        add(PAGE_VIEW, rng.choice(paths["pages"]))

    if views > 1 and rng.random() < data.FUNNEL["open"]:
        sheet = _pick(rng, data.SHEETS)
        if paths["editor"].get(sheet):
            add(PAGE_VIEW, paths["editor"][sheet])
        if rng.random() < data.FUNNEL["start"]:
            add("sheet_started", detail=encode_attributes({"sheet": sheet}))
            if rng.random() < data.FUNNEL["draft"]:
                add("sheet_draft", detail=encode_attributes({"sheet": sheet}))
                if rng.random() < data.FUNNEL["save"]:
                    add("sheet_saved", detail=encode_attributes({"sheet": sheet}))
                    stats["creators"][persona] += 1
                    if rng.random() < data.DOWNLOAD_AFTER_SAVE:
                        detail = {"document": _pick(rng, data.DOCUMENTS), "format": _pick(rng, data.FORMATS)}
                        add("download", detail=encode_attributes(detail))
    if rng.random() < data.SIGNUP:
        method = "mynaportal" if rng.random() < data.MYNAPORTAL_SHARE else "password"
        add("signup", detail=encode_attributes({"method": method}))
    elif rng.random() < data.LOGIN:
        method = "mynaportal" if rng.random() < data.MYNAPORTAL_SHARE else "password"
        add("login", detail=encode_attributes({"method": method}))
    if rng.random() < data.DIAGNOSIS:
        kind = rng.choice(["interest", "values", "strengths"])
        add("diagnosis_completed", detail=encode_attributes({"kind": kind}))
    if rng.random() < data.OUTBOUND:
        add("outbound", detail=encode_attributes({"target": _pick(rng, data.OUTBOUND_TARGETS)}))
    return events


def _surveys(rng, day) -> list[SurveyResponse]:
    answers = []

    def comment():
        return rng.choice(data.COMMENTS) if rng.random() < data.COMMENT_SHARE else ""

    def persona():
        return (rng.choice(UserType.values), rng.choice(Purpose.values)) if rng.random() < 0.6 else ("", "")

    for _ in range(rng.randint(*data.SATISFACTION_PER_DAY)):
        ut, pu = persona()
        answers.append(
            SurveyResponse(
                survey=Survey.SATISFACTION,
                placement=rng.choice(["download", "download", "mypage"]),
                answered_on=day,
                score=_pick(rng, data.SCORE_WEIGHTS),
                comment=comment(),
                user_type=ut,
                purpose=pu,
            )
        )
    for _ in range(rng.randint(*data.PURPOSE_PER_DAY)):
        ut, pu = persona()
        answers.append(
            SurveyResponse(
                survey=Survey.PURPOSE,
                placement="mypage",
                answered_on=day,
                choice=_pick(rng, data.PURPOSE_WEIGHTS),
                user_type=ut,
                purpose=pu,
            )
        )
    for _ in range(rng.randint(*data.DRAFT_LEFT_PER_DAY)):
        ut, pu = persona()
        answers.append(
            SurveyResponse(
                survey=Survey.DRAFT_LEFT,
                placement="mypage",
                answered_on=day,
                choice=_pick(rng, data.DRAFT_WEIGHTS),
                sheet=_pick(rng, data.SHEETS),
                comment=comment(),
                user_type=ut,
                purpose=pu,
            )
        )
    return answers


def load_insights_demo(loader) -> None:
    load_stats_user(loader)
    today = timezone.localdate()
    for months_back, count in enumerate(data.PAPER_COUNTS, start=1):
        month = (today.replace(day=1) - datetime.timedelta(days=28 * months_back)).replace(day=1)
        PaperCount.objects.update_or_create(month=month, defaults={"count": count, "note": "デモ用の数値"})
    if Event.objects.exists() or SurveyResponse.objects.exists():
        return  # generated on an earlier run
    rng = random.Random(data.SEED)
    paths = _paths()
    first = today - datetime.timedelta(days=data.DAYS)
    creators: dict[datetime.date, dict] = {}
    events: list[Event] = []
    answers: list[SurveyResponse] = []
    day = first
    while day < today:
        start, _end = day_bounds(day)
        low, high = data.VISITORS_PER_DAY
        visitors = rng.randint(low, high // 2 if day.weekday() >= 5 else high)
        stats = {"creators": defaultdict(int)}
        for _ in range(visitors):
            events += _visitor_events(rng, start, paths, stats)
        creators[day] = stats["creators"]
        answers += _surveys(rng, day)
        day += datetime.timedelta(days=1)
    Event.objects.bulk_create(events, batch_size=2000)
    SurveyResponse.objects.bulk_create(answers, batch_size=2000)
    rollup_range(first, today - datetime.timedelta(days=1))
    rows = [
        DailyCreators(day=day, user_type=ut, purpose=pu, creators=count)
        for day, per_persona in creators.items()
        for (ut, pu), count in per_persona.items()
    ]
    DailyCreators.objects.bulk_create(rows)
    loader.log(f"statistics: {len(events)} demo events over {data.DAYS} days, {len(answers)} survey answers")
