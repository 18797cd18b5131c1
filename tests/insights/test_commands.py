"""manage.py rollup_insights and purge_insights."""

import datetime

import pytest
from django.core.management import CommandError, call_command

from insights.models import DailyTraffic, Event, RollupDay

from .conftest import DAY, ev

pytestmark = pytest.mark.django_db


def test_rollup_command_rolls_up_the_given_days(capsys):
    ev(1, "09:00", path="/")
    call_command("rollup_insights", "--from", DAY.isoformat(), "--to", DAY.isoformat())
    assert "1 日分" in capsys.readouterr().out
    assert RollupDay.objects.get(day=DAY).events == 1
    assert DailyTraffic.objects.get(day=DAY).visitors == 1


def test_rollup_command_refuses_bad_dates():
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("rollup_insights", "--from", "2024/05/13")
    with pytest.raises(CommandError, match="--from"):
        call_command("rollup_insights", "--from", "2024-05-14", "--to", "2024-05-13")


def test_purge_command_keeps_the_retention_period(settings, capsys):
    settings.INSIGHTS_RETENTION_DAYS = 30
    ev(1, "09:00", path="/")  # 2024: long past
    recent = ev(2, "09:00", path="/", day=datetime.date.today())
    call_command("purge_insights")
    assert list(Event.objects.values_list("id", flat=True)) == [recent.id]
    assert RollupDay.objects.get(day=DAY).raw_purged
    assert "保存期間 30 日" in capsys.readouterr().out
