"""Background work for the statistics: the nightly roll-up and the retention purge (django-tasks).

Run them from cron through the management commands (``manage.py rollup_insights`` then
``manage.py purge_insights``), which call these directly or, with ``--enqueue``, hand them to the
configured task backend (a worker at scale).
"""

from __future__ import annotations

import datetime

from django_tasks import task

from . import rollup


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


@task()
def rollup_insights(first: str | None = None, last: str | None = None) -> dict:
    """Roll up the days from ``first`` to ``last`` (ISO dates; default: since the last run, to today)."""
    return rollup.rollup_range(_date(first), _date(last))


@task()
def purge_insights() -> dict:
    """Delete raw events past INSIGHTS_RETENTION_DAYS (rolled up first) and past days' salts."""
    return rollup.purge()
