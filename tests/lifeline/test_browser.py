"""/lifeline/ in Chromium (rows added by lifeline.js, saved, the chart drawn), with axe-core."""

import pytest

from lifeline.models import LifelinePoint
from tests.e2e.harness import assert_accessible, chromium_browser, route_to_django

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]


@pytest.fixture(scope="module")
def chromium():
    with chromium_browser() as browser:
        yield browser


@pytest.mark.parametrize("width", [390, 1280])
def test_add_rows_save_and_see_the_chart(chromium, client, width):

    context = chromium.new_context(viewport={"width": width, "height": 900}, locale="ja-JP")
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    route_to_django(page, client)
    page.goto("http://testserver/lifeline/")
    assert_accessible(page, "the empty lifeline page")
    assert page.locator("[data-lifeline-row]").count() == 5
    page.get_by_role("button", name="行を追加").click()
    assert page.locator("[data-lifeline-row]").count() == 6
    assert page.evaluate("document.activeElement.name") == "points-5-age"
    assert page.locator("legend").last.inner_text() == "出来事 6"
    rows = [
        ("6", "40", "小学校入学"),
        ("15", "70", "部活動で県大会に出場"),
        ("18", "-20", "受験に失敗"),
        ("22", "60", "就職"),
        ("28", "-60", "休職"),
        ("35", "75", "リーダーを任される"),
    ]
    for i, (age, value, event) in enumerate(rows):
        page.fill(f"#id_points-{i}-age", age)
        page.fill(f"#id_points-{i}-satisfaction", value)
        page.fill(f"#id_points-{i}-event", event)
    page.get_by_role("button", name="保存する", exact=True).last.click()
    page.get_by_text("ライフラインチャートを保存しました。").wait_for()
    assert LifelinePoint.objects.exclude(card__owner__email="misaki@example.jp").count() == 6  # not the demo
    chart = page.get_by_role("img", name="ライフラインチャート")
    assert chart.is_visible()
    assert page.get_by_role("table", name="ライフラインチャートの内容").locator("tbody tr").count() == 6
    assert_accessible(page, "the lifeline page with a chart")
    assert errors == []
    context.close()
