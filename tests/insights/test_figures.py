"""The dashboard's figures from roll-up rows: KGI/KPI tiles, funnel rates, exit rates, channels."""

import datetime

import pytest

from insights import figures, rollup
from insights.figures import Filters
from insights.models import (
    DailyChannel,
    DailyCreators,
    DailyEvent,
    DailyFunnel,
    DailyPage,
    DailyTraffic,
    Metric,
    PaperCount,
    SurveyResponse,
    Target,
)

pytestmark = pytest.mark.django_db
MAY = (datetime.date(2024, 5, 1), datetime.date(2024, 5, 31))
DAY = datetime.date(2024, 5, 13)


@pytest.fixture
def month():
    for score in (5, 4, 3, 2):
        SurveyResponse.objects.create(
            survey="satisfaction", placement="download", answered_on=DAY, score=score
        )
    rollup.rollup_day(DAY, sheet_map={})  # surveys → DailySurvey (it also clears the day's other rows)
    DailyCreators.objects.create(day=DAY, creators=40)
    DailyCreators.objects.create(day=DAY, user_type="student", purpose="training", creators=10)
    PaperCount.objects.create(month=datetime.date(2024, 5, 20), count=3100)  # stored as 2024-05-01
    DailyTraffic.objects.create(day=DAY, visitors=900, sessions=1000, page_views=4000, bounces=250)
    Target.objects.update_or_create(metric=Metric.UNIQUE_VISITORS, defaults={"value": 365_000})


def _tiles(f):
    return {tile.key: tile for tile in figures.tiles(f)}


def test_creators_are_on_site_plus_paper_against_the_pro_rated_target(month):
    tiles = _tiles(Filters(*MAY))
    creators = tiles["creators"]
    assert creators.value == 50 + 3100
    assert creators.target == pytest.approx(383_000 * 31 / 365)
    assert creators.progress == pytest.approx(3150 / (383_000 * 31 / 365))
    assert creators.met is False
    assert tiles["onsite_creators"].value == 50
    assert tiles["onsite_share"].value == pytest.approx(50 / 3150 * 100)
    assert tiles["unique_visitors"].value == 900
    assert tiles["unique_visitors"].target == pytest.approx(365_000 * 31 / 365)


def test_a_month_partly_in_range_counts_by_its_share_of_days(month):
    assert PaperCount.objects.get(count=3100).month == datetime.date(2024, 5, 1)
    f = Filters(datetime.date(2024, 5, 16), datetime.date(2024, 6, 15))
    assert figures.paper_creators(f) == pytest.approx(3100 * 16 / 31)


def test_satisfaction_is_the_share_of_4_and_5(month):
    tile = _tiles(Filters(*MAY))["satisfaction"]
    assert tile.value == pytest.approx(50.0)
    assert tile.target == 80
    assert tile.progress == pytest.approx(50 / 80)
    totals = figures.satisfaction_totals(Filters(*MAY))
    assert (totals["answers"], totals["satisfied"], totals["average"]) == (4, 2, 3.5)


def test_persona_filter_leaves_paper_out(month):
    tiles = _tiles(Filters(*MAY, user_type="student"))
    assert tiles["creators"].value == 10
    assert "onsite_share" not in tiles
    assert "紙" in tiles["creators"].note


def test_funnel_rates_are_against_the_stage_before():
    DailyFunnel.objects.create(day=DAY, sheet="2", visited=200, started=100, drafted=80, saved=20)
    DailyFunnel.objects.create(
        day=DAY, user_type="student", sheet="2", visited=50, started=0, drafted=0, saved=0
    )
    row = next(r for r in figures.funnel(Filters(*MAY)) if r["sheet"] == "2")
    assert [s["count"] for s in row["stages"]] == [250, 100, 80, 20]
    assert [s["rate"] for s in row["stages"]] == [None, 0.4, 0.8, 0.25]
    assert row["stages"][3]["drop"] == 0.75
    assert row["overall"] == pytest.approx(20 / 250)


def test_exit_rate_is_exits_over_views_and_bounce_rate_bounces_over_entrances():
    DailyPage.objects.create(
        day=DAY, user_type="*", purpose="*", path="/faq/", views=80, entrances=20, exits=30, bounces=5
    )
    DailyPage.objects.create(
        day=DAY + datetime.timedelta(days=1),
        user_type="*",
        purpose="*",
        path="/faq/",
        views=20,
        entrances=20,
        exits=10,
        bounces=5,
    )
    DailyPage.objects.create(
        day=DAY, user_type="*", purpose="*", path="/", views=50, entrances=40, exits=10, bounces=10
    )
    # A persona's own row is already inside the "*" rows: it is read only when that persona is chosen.
    DailyPage.objects.create(day=DAY, user_type="student", purpose="*", path="/faq/", views=7, exits=7)
    rows = figures.pages(Filters(*MAY))
    assert [r["path"] for r in rows] == ["/faq/", "/"]
    assert rows[0]["views"] == 100
    assert [(r["path"], r["views"]) for r in figures.pages(Filters(*MAY, user_type="student"))] == [
        ("/faq/", 7)
    ]
    assert rows[0]["exit_rate"] == pytest.approx(0.4)
    assert rows[0]["bounce_rate"] == pytest.approx(0.25)


def test_channel_mix_is_a_share_of_sessions():
    DailyChannel.objects.create(day=DAY, channel="search", source="google.com", sessions=30, bounces=15)
    DailyChannel.objects.create(day=DAY, channel="direct", sessions=60, bounces=6)
    DailyChannel.objects.create(day=DAY, channel="partner", source="hellowork.mhlw.go.jp", sessions=10)
    rows = {r["channel"]: r for r in figures.channels(Filters(*MAY))}
    assert rows["search"]["share"] == pytest.approx(0.3)
    assert rows["search"]["bounce_rate"] == pytest.approx(0.5)
    assert rows["direct"]["share"] == pytest.approx(0.6)
    assert rows["sns"]["sessions"] == 0
    assert [s["source"] for s in figures.sources(Filters(*MAY))] == ["google.com", "hellowork.mhlw.go.jp"]


def test_periods_follow_the_range_length():
    assert Filters(*MAY).bucket == "day"
    assert len(figures.periods(Filters(*MAY))) == 31
    quarter = Filters(datetime.date(2024, 4, 1), datetime.date(2024, 6, 30))
    assert quarter.bucket == "week"
    assert figures.periods(quarter)[0] == datetime.date(2024, 4, 1)  # a Monday
    year = Filters(datetime.date(2024, 4, 1), datetime.date(2025, 3, 31))
    assert year.bucket == "month" and len(figures.periods(year)) == 12


def test_the_supporters_tile_counts_shares_received_by_kind_and_what_supporters_wrote():
    from insights.events import encode_attributes

    for name, kind, count in (
        ("share_created", "", 9),
        ("share_received", "consultant", 5),
        ("share_received", "company", 2),
        ("supporter_wrote", "consultant", 4),
    ):
        DailyEvent.objects.create(
            day=DAY,
            name=name,
            detail=encode_attributes({"kind": kind} if kind else {}),
            count=count,
            visitors=count,
        )
    DailyEvent.objects.create(
        day=DAY + datetime.timedelta(days=40), name="share_received", count=50, visitors=1
    )
    tile = _tiles(Filters(*MAY))["supporters"]
    assert tile.value == 7 and tile.display == "7"
    assert "共有コードの発行 9 件" in tile.note and "支援者による記入 4 件" in tile.note
    assert "キャリアコンサルタント 5／学校 0／企業・訓練実施機関 2" in tile.note
