"""Matching in a real browser: the demo person opts in, sees postings with their reasons and gaps.

Offers (the company side) come with #15's organisations; this covers the person's side only.
Screenshots go to tests/e2e/screenshots/ (matching-*).
"""

import pytest

from tests.e2e.test_walkthrough import assert_accessible, shoot

pytestmark = pytest.mark.e2e


def test_person_opts_in_and_sees_why_postings_fit(page, live_site, screenshot_dir):
    page.goto(f"{live_site}/accounts/login/")
    page.get_by_label("メールアドレス").fill("misaki@example.jp")
    page.get_by_label("パスワード").fill("jobcard-person-2026")
    page.get_by_role("button", name="ログインする").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)

    page.goto(f"{live_site}/matching/settings/")
    assert not page.get_by_label("企業から見つけてもらう").is_checked()  # off by default
    page.get_by_label("企業から見つけてもらう").check()
    page.get_by_label("希望する勤務地（都道府県）").select_option("神奈川県")
    page.get_by_label("経験した職業と年数").fill("宇宙海賊 3")
    page.get_by_role("button", name="保存する").click()
    assert page.get_by_text("「宇宙海賊」という職業が job tag に見つかりません。").first.is_visible()
    assert page.get_by_label("希望する勤務地（都道府県）").input_value() == "神奈川県"  # input kept
    page.get_by_label("経験した職業と年数").fill("一般事務 8")
    page.get_by_role("button", name="保存する").click()
    assert page.get_by_text("マッチングの設定を保存しました。").is_visible()
    assert_accessible(page, "matching settings")

    page.goto(f"{live_site}/matching/")
    assert page.get_by_text("企業から見つけてもらう設定：オン").is_visible()
    first = page.locator(".match-item").first
    assert "この求人があなたに合う理由" in first.inner_text()
    assert "根拠" in first.inner_text()
    assert_accessible(page, "matching list")
    shoot(page, screenshot_dir, "matching-list")

    first.locator("h2 a").click()
    page.get_by_role("heading", name="足りないもの").wait_for()  # the detail page has loaded
    assert page.get_by_role("heading", name="この求人があなたに合う理由").is_visible()
    assert_accessible(page, "matching detail")
    shoot(page, screenshot_dir, "matching-detail")
