"""Monitoring (#18 item 7, policy 2-3 ③): linked reads and imports per client per day on the statistics
dashboard (連携件数), from real API calls, a proposal and the person taking it in."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from partners.models import PartnerDailyUse
from tests.markup import squash

from .test_proposals import ROW, send

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture
def proposer(partner):
    partner.allowed_scopes = [*partner.allowed_scopes, "propose:3-2"]
    partner.save()
    return partner


def test_reads_proposals_and_imports_are_counted_per_client_per_day_on_the_dashboard(
    flow, browser, proposer, client, login_with_mfa
):
    reader = flow.tokens("sheet:1-1")["access_token"]
    assert flow.call("/api/v1/partner/card/sheets/1-1/", reader).status_code == 200
    assert flow.call("/api/v1/partner/card/", reader).status_code == 200
    assert flow.call("/api/v1/partner/card/sheets/2/", reader).status_code == 403  # refusals not counted
    proposer_token = flow.tokens("propose:3-2")["access_token"]
    proposal_id = send(flow, proposer_token, {"trainings": [ROW]}).json()["id"]
    browser.post(f"/partners/proposals/{proposal_id}/", {"action": "accept", "rows": ["0"]})

    today = timezone.localdate()
    use = PartnerDailyUse.objects.get(client=proposer, date=today)
    assert (use.reads, use.proposals, use.imports) == (2, 1, 1)
    # An earlier day of the same client, and another day outside the period asked for.
    PartnerDailyUse.objects.create(client=proposer, date=today - datetime.timedelta(days=3), reads=7)
    PartnerDailyUse.objects.create(client=proposer, date=today - datetime.timedelta(days=90), reads=500)

    login_with_mfa(get_user_model().objects.get(email="stats@example.jp"))
    period = {"start": (today - datetime.timedelta(days=29)).isoformat(), "end": today.isoformat()}
    response = client.get("/admin/insights/", period)
    assert response.status_code == 200
    html = squash(response.content.decode())
    section = html.split('id="sec-partners"')[1].split('id="sec-surveys"')[0]
    assert "連携件数（連携先ごと・日ごと）" in html
    assert "キャリア応援ナビ" in section and "株式会社みらい人材" in section
    # The period's total for the client: 9 reads, 1 proposal, 1 import (the day 90 days ago is out).
    assert "<td>9</td><td>1</td><td>1</td>" in section
    assert f"{today.year}年{today.month}月{today.day}日" in section
    assert "<td>2</td><td>1</td><td>1</td>" in section and "<td>7</td><td>0</td><td>0</td>" in section

    export = client.get("/admin/insights/", {**period, "export": "partners"})
    assert export["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8")[1:])))
    assert rows[0] == [
        "日付",
        "連携先",
        "事業者",
        "読み取り件数",
        "取り込み候補の件数",
        "本人が取り込んだ件数",
    ]
    assert rows[1:] == [
        [today.isoformat(), "キャリア応援ナビ", "株式会社みらい人材", "2", "1", "1"],
        [
            (today - datetime.timedelta(days=3)).isoformat(),
            "キャリア応援ナビ",
            "株式会社みらい人材",
            "7",
            "0",
            "0",
        ],
    ]


def test_a_period_without_linking_says_so(client, login_with_mfa):
    login_with_mfa(get_user_model().objects.get(email="stats@example.jp"))
    html = squash(
        client.get("/admin/insights/", {"start": "2020-04-01", "end": "2020-04-30"}).content.decode()
    )
    assert "この期間の連携はありません。" in html
