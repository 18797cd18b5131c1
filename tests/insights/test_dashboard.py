"""The dashboard: only the statistics role opens it; the page, the menu and the CSV export."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from insights.models import DailyFunnel, PaperCount
from insights.roles import STATISTICS_GROUP

pytestmark = [pytest.mark.django_db, pytest.mark.demo]
User = get_user_model()


@pytest.fixture
def stats(client, login_with_mfa):
    return login_with_mfa(User.objects.get(email="stats@example.jp"))


def _csv(response):
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_the_statistics_role_opens_the_dashboard(stats):
    response = stats.get("/admin/insights/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "統計ダッシュボード",
        "作成者数",
        "満足度",
        "様式ごとの到達状況",
        "ページ別の離脱率",
        "流入元",
        "<svg",
    ):
        assert text in html
    # The demo's invented events are there, so the charts are not empty.
    assert "この期間のデータはありません。" not in html.split("sec-pages")[1].split("sec-satisfaction")[0]


@pytest.mark.parametrize("email", ["editor@example.jp", "moderator@example.jp"])
def test_editors_and_moderators_cannot_open_it(client, login_with_mfa, email):
    user = User.objects.get(email=email)
    assert not user.has_perm("insights.view_dashboard")
    login_with_mfa(user)
    assert client.get("/admin/").status_code == 200
    # Wagtail turns the refusal into a redirect to the admin home with a message; no figures leak.
    for url in ("/admin/insights/", "/admin/insights/?export=funnel"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
    assert client.get("/admin/insights_paper/").status_code in (302, 403)
    assert "統計ダッシュボード" not in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_login(client):
    response = client.get("/admin/insights/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_role_is_a_group_only_statistics_staff_have():
    group = Group.objects.get(name=STATISTICS_GROUP)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"view_dashboard", "access_admin", "add_papercount", "change_target"} <= codenames
    assert "change_page" not in codenames
    for name in ("Editors", "Moderators"):
        assert not Group.objects.get(name=name).permissions.filter(codename="view_dashboard").exists()
    assert list(User.objects.filter(groups=group).values_list("email", flat=True)) == ["stats@example.jp"]


def test_csv_export_of_the_funnel(stats):
    DailyFunnel.objects.create(
        day=datetime.date(2024, 5, 13), sheet="1-1", visited=40, started=20, drafted=10, saved=5
    )
    response = stats.get("/admin/insights/", {"start": "2024-05-01", "end": "2024-05-31", "export": "funnel"})
    rows = _csv(response)
    assert rows[0] == [
        "様式コード",
        "様式",
        "訪問",
        "記入開始",
        "下書き",
        "保存",
        "訪問から保存までの割合（％）",
    ]
    one_one = next(row for row in rows if row[0] == "1-1")
    assert one_one[1].startswith("様式1-1")
    assert one_one[2:] == ["40", "20", "10", "5", "12.5"]
    assert "insights-funnel-20240501-20240531.csv" in response["Content-Disposition"]


def test_csv_export_of_the_targets_with_paper_counts(stats):
    PaperCount.objects.create(month=datetime.date(2024, 5, 1), count=3100)
    rows = _csv(stats.get("/admin/insights/", {"start": "2024-05-01", "end": "2024-05-31", "export": "kpi"}))
    creators = next(row for row in rows if row[1] == "作成者数")
    assert creators[0] == "KGI"
    assert creators[2] == "3100"
    assert float(creators[3]) == pytest.approx(383_000 * 31 / 365, abs=0.1)


def test_wrong_dates_are_explained_in_japanese(stats):
    response = stats.get("/admin/insights/", {"start": "2024-06-01", "end": "2024-05-01"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "終了日は開始日と同じ日か、それより後の日にしてください。" in html
    assert 'aria-invalid="true"' in html
    response = stats.get("/admin/insights/", {"start": "昨日", "user_type": "robot"})
    assert response.status_code == 200
    assert "日付を 2026-04-01 のような形で入力してください。" in response.content.decode()
    assert "選択肢の中から選んでください。" in response.content.decode()


def test_paper_counts_are_entered_per_month(stats):
    response = stats.post(
        "/admin/insights_paper/new/", {"month": "2024-07-15", "count": "28000", "note": "ハローワーク集計"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert PaperCount.objects.get(note="ハローワーク集計").month == datetime.date(2024, 7, 1)


@pytest.mark.parametrize(
    ("section", "first_heading"),
    [
        ("kpi", "区分"),
        ("traffic", "期間の開始日"),
        ("funnel", "様式コード"),
        ("pages", "ページ"),
        ("satisfaction", "期間の開始日"),
        ("assistant", "期間の開始日"),
        ("channels", "流入元"),
        ("events", "種類"),
        ("surveys", "アンケート"),
    ],
)
def test_every_dashboard_section_exports_a_csv_with_its_headings(stats, section, first_heading):
    response = stats.get("/admin/insights/", {"start": "2024-05-01", "end": "2024-05-31", "export": section})
    rows = _csv(response)
    assert rows[0][0] == first_heading
    assert all(len(row) == len(rows[0]) for row in rows)
    assert f"insights-{section}-20240501-20240531.csv" in response["Content-Disposition"]


def test_an_unknown_section_is_not_exported(stats):
    response = stats.get("/admin/insights/", {"start": "2024-05-01", "end": "2024-05-31", "export": "users"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
