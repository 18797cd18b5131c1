"""A visitor's walk through the demo site in a real browser, with axe-core on every page.

Home → attribute selection (学生 / 仕事を探す準備 / すぐに作成したい) → persona menu → a guide,
plus the English home and the FAQ feedback. Screenshots go to tests/e2e/screenshots/.
"""

import re
from urllib.parse import parse_qs, urlparse

import pytest

from tests.e2e.harness import assert_accessible, shoot

pytestmark = pytest.mark.e2e


def click_label(page, text: str) -> None:
    page.locator("label").filter(has_text=re.compile(f"^\\s*{re.escape(text)}\\s*$")).click()


def test_walkthrough(page, live_site, screenshot_dir):
    # The home page says what a Job Card is.
    page.goto(live_site + "/")
    assert page.locator("html").get_attribute("lang") == "ja"
    page.get_by_role("heading", name=re.compile("ジョブ・カード")).first.wait_for()
    shoot(page, screenshot_dir, "01-home")
    assert_accessible(page, "the home page")

    # Choosing the attributes leads to the persona menu.
    click_label(page, "学生")
    click_label(page, "仕事を探す準備")
    click_label(page, "すぐに作成したい")
    with page.expect_navigation():
        page.get_by_role("button", name="メニューを見る").click()
    url = urlparse(page.url)
    assert url.path == "/student-job-search/", page.url
    assert parse_qs(url.query).get("case") == ["quick"], page.url
    page.get_by_role("heading", level=1).wait_for()
    shoot(page, screenshot_dir, "02-menu-student-job-search")
    assert_accessible(page, "the student / job search menu")

    # The first guide of the menu is a guidance page with a title.
    first_guide = page.locator(".menu-section .card a").first
    guide_title = first_guide.inner_text().strip()
    with page.expect_navigation():
        first_guide.click()
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text().strip() == guide_title
    shoot(page, screenshot_dir, "03-guide")
    assert_accessible(page, "the first guide of the menu")

    # Back home, the last choice is pre-selected (site.js reads the cookie) and offered as a link.
    page.goto(live_site + "/")
    assert page.locator("#attr-user_type-student").is_checked()
    assert page.locator("#attr-purpose-job_search").is_checked()
    assert page.locator("#attr-case-quick").is_checked()
    assert page.locator("[data-last-choice]").is_visible()


def test_missing_choice_shows_errors(page, live_site, screenshot_dir):
    page.goto(live_site + "/")
    with page.expect_navigation():
        page.get_by_role("button", name="メニューを見る").click()
    assert urlparse(page.url).path == "/select/"
    page.get_by_role("alert").wait_for()
    assert page.locator("#error-user_type").is_visible()
    assert page.locator("#error-purpose").is_visible()
    shoot(page, screenshot_dir, "04-select-errors")
    assert_accessible(page, "the attribute selection errors")


def test_english_home(page, live_site, screenshot_dir):
    page.goto(live_site + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("heading", level=1).wait_for()
    shoot(page, screenshot_dir, "05-home-en")
    assert_accessible(page, "the English home page")


def test_faq_feedback(page, live_site, screenshot_dir):
    page.goto(live_site + "/faq/")
    page.get_by_role("heading", level=1).wait_for()
    assert_accessible(page, "the FAQ page")
    entry = page.locator("details.faq").first
    entry.locator("summary").click()
    entry.get_by_role("button", name="はい").click()
    status = entry.get_by_role("status")
    status.wait_for()
    assert "ありがとう" in status.inner_text()
    assert urlparse(page.url).path == "/faq/"
    shoot(page, screenshot_dir, "06-faq-feedback")


def test_glossary_and_search(page, live_site, screenshot_dir):
    page.goto(live_site + "/glossary/")
    page.locator("dl.glossary dt").first.wait_for()
    assert_accessible(page, "the glossary")
    page.get_by_label("サイト内検索").fill("ジョブ・カード")
    with page.expect_navigation():
        page.get_by_label("サイト内検索").press("Enter")
    assert urlparse(page.url).path == "/search/"
    page.locator(".result").first.wait_for()
    shoot(page, screenshot_dir, "07-search")
    assert_accessible(page, "the search results")
