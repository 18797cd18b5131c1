"""Each roll-up figure's definition, proved on small hand-made event sets (docs/statistics.md)."""

import datetime

import pytest
from django.contrib.auth import get_user_model

from assistant.models import AssistantQuestion
from insights import rollup
from insights.models import (
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
    SurveyResponse,
)
from sheets.definitions import get_definition
from sheets.models import Card, SheetEntry, SheetRevision

from .conftest import DAY, at, day_events, ev

pytestmark = [pytest.mark.django_db, pytest.mark.demo]
NEXT = DAY + datetime.timedelta(days=1)


def _rows(model, day=DAY, **filters):
    return list(model.objects.filter(day=day, **filters))


@pytest.fixture
def visits():
    """Three visitors and one event recorded outside a request."""
    # Visitor 1: two sessions (45 minutes between 09:05 and 09:50); chooses a persona on the way.
    ev(1, "09:00", path="/", channel="search", source="google.com")
    ev(1, "09:05", path="/faq/", user_type="student", purpose="career_review")
    ev(1, "09:50", path="/glossary/")
    # Visitor 2: one page from Hello Work and gone — a bounce.
    ev(2, "10:00", path="/", channel="partner", source="hellowork.mhlw.go.jp")
    # Visitor 3: one page, then a download — not a bounce.
    ev(3, "11:00", path="/faq/")
    ev(3, "11:10", name="download", detail="document=1-1&format=pdf")
    # No visitor (a background job).
    ev(None, "12:00", name="download", detail="document=1-1&format=pdf")


def test_visitors_sessions_page_views_and_bounces(visits):
    assert rollup.rollup_day(DAY, sheet_map={}) == 7
    traffic = {(r.user_type, r.purpose): r for r in _rows(DailyTraffic)}
    student = traffic[("student", "career_review")]
    # A visitor's day has one persona: the last chosen, so visitor 1's first page counts there too.
    assert (student.visitors, student.sessions, student.page_views, student.bounces) == (1, 2, 3, 1)
    unknown = traffic[("", "")]
    assert (unknown.visitors, unknown.sessions, unknown.page_views, unknown.bounces) == (2, 2, 2, 1)


def test_landing_exit_and_bounce_per_page(visits):
    rollup.rollup_day(DAY, sheet_map={})
    pages = {
        r.path: [r.views, r.entrances, r.exits, r.bounces]
        for r in _rows(DailyPage, user_type="*", purpose="*")
    }
    assert pages == {
        "/": [2, 2, 1, 1],  # landing of visitor 1 and 2; visitor 2 left (and bounced) here
        "/faq/": [2, 1, 2, 0],  # visitor 1's first session ended here; visitor 3 landed and left
        "/glossary/": [1, 1, 1, 1],  # visitor 1's second session: one page, nothing else
    }
    # The cube: each persona's own rows, and "*" rows that add them up.
    student = {r.path: r.views for r in _rows(DailyPage, user_type="student", purpose="career_review")}
    assert student == {"/": 1, "/faq/": 1, "/glossary/": 1}
    assert {r.path: r.views for r in _rows(DailyPage, user_type="student", purpose="*")} == student
    assert {r.path: r.views for r in _rows(DailyPage, user_type="*", purpose="")} == {"/": 1, "/faq/": 1}


def test_channel_is_the_first_page_view_of_each_session(visits):
    rollup.rollup_day(DAY, sheet_map={})
    channels = {}
    for row in _rows(DailyChannel):
        counts = channels.setdefault((row.channel, row.source), [0, 0])
        counts[0] += row.sessions
        counts[1] += row.bounces
    assert channels == {
        ("search", "google.com"): [1, 0],
        ("partner", "hellowork.mhlw.go.jp"): [1, 1],
        ("direct", ""): [2, 1],  # visitor 1's second session (no referrer) and visitor 3
    }


def test_events_count_every_time_and_each_visitor_once(visits):
    ev(3, "11:20", name="download", detail="document=1-1&format=pdf")
    rollup.rollup_day(DAY, sheet_map={})
    (row,) = _rows(DailyEvent, name="download", user_type="")
    assert (row.count, row.visitors) == (3, 1)  # twice by visitor 3, once with no visitor


def test_funnel_counts_each_visitor_day_up_to_its_furthest_stage():
    sheet_map = {"/card/sheets/1-1/": {"1-1"}, "/howto/quick/": {"1-1", "2"}}
    ev(10, "09:00", path="/card/sheets/1-1/")
    ev(10, "09:01", name="sheet_started", detail="sheet=1-1")
    ev(10, "09:02", name="sheet_draft", detail="sheet=1-1")
    ev(10, "09:10", name="sheet_saved", detail="sheet=1-1")
    ev(11, "09:00", path="/card/sheets/1-1/")
    ev(11, "09:01", name="sheet_started", detail="sheet=1-1")
    ev(12, "09:00", path="/howto/quick/")  # a guidance page that embeds 1-1 and 2: visits both
    ev(13, "09:00", name="sheet_saved", detail="sheet=1-1")  # finished yesterday's draft
    ev(14, "09:00", name="sheet_started", detail="sheet=2")
    ev(14, "09:05", name="sheet_started", detail="sheet=2")
    ev(14, "09:06", name="sheet_draft", detail="sheet=2")
    ev(14, "09:07", name="sheet_updated", detail="sheet=2")  # an update is not a funnel stage
    rollup.rollup_day(DAY, sheet_map=sheet_map)
    funnel = {r.sheet: (r.visited, r.started, r.drafted, r.saved) for r in _rows(DailyFunnel)}
    assert funnel == {"1-1": (4, 3, 2, 2), "2": (2, 1, 1, 0)}
    (started,) = _rows(DailyEvent, name="sheet_started", detail="sheet=2")
    assert (started.count, started.visitors) == (2, 1)


def test_sheet_pages_include_the_editor_and_pages_embedding_a_sheet():
    pages = rollup.sheet_pages()
    assert pages["/card/sheets/1-1/"] == {"1-1"}
    embedding = [path for path, codes in pages.items() if "/card/" not in path]
    assert embedding, "the demo's 作成方法 pages embed sheets"


def test_rollup_is_idempotent_and_keeps_other_days(visits):
    ev(5, "10:00", path="/", day=NEXT)
    rollup.rollup_day(NEXT, sheet_map={})
    rollup.rollup_day(DAY, sheet_map={})
    first = sorted((r.user_type, r.purpose, r.path, r.views, r.exits) for r in _rows(DailyPage))
    rollup.rollup_day(DAY, sheet_map={})
    assert sorted((r.user_type, r.purpose, r.path, r.views, r.exits) for r in _rows(DailyPage)) == first
    assert sum(r.visitors for r in _rows(DailyTraffic, day=NEXT)) == 1
    assert RollupDay.objects.get(day=DAY).events == 7


def _card_with_saves(*moments, owner=None, kind=SheetRevision.Kind.SAVE):
    card = Card.objects.create(owner=owner) if owner else Card.create_anonymous()[0]
    version = get_definition("1-1").version
    entry = SheetEntry.objects.create(card=card, sheet_code="1-1", definition_version=version)
    for moment in moments:
        revision = SheetRevision.objects.create(entry=entry, data={}, definition_version=version, kind=kind)
        SheetRevision.objects.filter(pk=revision.pk).update(created_at=moment)
    return card


def test_a_creator_is_a_card_on_the_day_of_its_first_save():
    _card_with_saves(at(DAY, "10:00"), at(NEXT, "10:00"))  # created on DAY, updated the day after
    _card_with_saves(at(DAY - datetime.timedelta(days=1), "23:00"), at(DAY, "08:00"))  # created before
    person = get_user_model().objects.create_user(
        "creator@example.jp", "x-password-2026", user_type="employed", purpose="job_search"
    )
    _card_with_saves(at(DAY, "15:00"), at(DAY, "16:00"), owner=person)  # two saves, one creator
    _card_with_saves(at(DAY, "11:00"), kind=SheetRevision.Kind.RESTORE)  # a restore is not a first save
    rollup.rollup_day(DAY, sheet_map={})
    rollup.rollup_day(NEXT, sheet_map={})
    assert {(r.user_type, r.purpose): r.creators for r in _rows(DailyCreators)} == {
        ("", ""): 1,
        ("employed", "job_search"): 1,
    }
    assert _rows(DailyCreators, day=NEXT) == []


def test_assistant_use_comes_from_its_question_log():
    moments = [("answered", True), ("answered", None), ("unknown", False), ("generated", True)]
    for outcome, helpful in moments:
        question = AssistantQuestion.objects.create(
            question="質問", outcome=outcome, helpful=helpful, channel="widget"
        )
        AssistantQuestion.objects.filter(pk=question.pk).update(created_at=at(DAY, "13:00"))
    rollup.rollup_day(DAY, sheet_map={})
    rows = {r.outcome: (r.questions, r.helpful, r.unhelpful) for r in DailyAssistant.objects.filter(day=DAY)}
    assert rows == {"answered": (2, 1, 0), "unknown": (1, 0, 1), "generated": (1, 1, 0)}


def test_survey_answers_are_counted_per_day_and_answer():
    for score in (5, 5, 2):
        SurveyResponse.objects.create(
            survey="satisfaction", placement="download", answered_on=DAY, score=score
        )
    SurveyResponse.objects.create(survey="purpose", placement="mypage", answered_on=DAY, choice="training")
    SurveyResponse.objects.create(survey="purpose", placement="mypage", answered_on=NEXT, choice="training")
    rollup.rollup_day(DAY, sheet_map={})
    rows = {(r.survey, r.score, r.choice): r.answers for r in DailySurvey.objects.filter(day=DAY)}
    assert rows == {("satisfaction", 5, ""): 2, ("satisfaction", 2, ""): 1, ("purpose", None, "training"): 1}


def test_purge_deletes_old_raw_events_after_rolling_them_up(visits, settings):
    settings.INSIGHTS_RETENTION_DAYS = 30
    today = DAY + datetime.timedelta(days=40)
    ev(7, "10:00", path="/", day=today - datetime.timedelta(days=5))  # inside the retention period
    DailySalt.objects.create(day=DAY, salt="00" * 32)
    DailySalt.objects.create(day=today, salt="11" * 32)
    summary = rollup.purge(today=today)
    assert summary["deleted"] == 7
    assert not day_events().exists()
    assert Event.objects.filter(visitor=7).exists()
    # The day was rolled up before its events went, and the roll-up stays.
    state = RollupDay.objects.get(day=DAY)
    assert state.raw_purged and state.events == 7
    assert sum(r.page_views for r in _rows(DailyTraffic)) == 5
    # Rolling it up again cannot wipe it now that the raw events are gone.
    assert rollup.rollup_day(DAY, sheet_map={}) is None
    assert sum(r.page_views for r in _rows(DailyTraffic)) == 5
    # Only today's salt is left: yesterday's visitor numbers can no longer be recomputed.
    assert list(DailySalt.objects.filter(day__lte=today).values_list("day", flat=True)) == [today]
