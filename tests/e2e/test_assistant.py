"""The assistant in a real browser: opened with the keyboard, a question asked, a cited answer
followed to its FAQ entry; the page without JavaScript; axe-core on both. Screenshots at phone
and desktop widths go to tests/e2e/screenshots/."""

import re
from urllib.parse import urlparse

import pytest

from .test_walkthrough import assert_accessible, shoot

pytestmark = pytest.mark.e2e


def open_with_keyboard(page):
    toggle = page.get_by_role("button", name="質問する")
    toggle.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="質問アシスタント")
    dialog.wait_for()
    assert page.locator("[data-assistant-toggle]").get_attribute("aria-expanded") == "true"
    return dialog


def test_widget_answers_with_a_cited_link(page, live_site, screenshot_dir):
    page.goto(live_site + "/")
    # Closed by default.
    assert page.locator("#assistant-panel").is_hidden()
    dialog = open_with_keyboard(page)
    question = page.get_by_label("質問", exact=True)
    assert question.evaluate("el => el === document.activeElement"), "focus moves into the panel"
    assert_accessible(page, "the home page with the assistant open")

    question.fill("登録しないでジョブカード作れる？")
    page.keyboard.press("Enter")
    answer = dialog.locator(".assistant-msg--answer").first
    answer.wait_for()
    assert "利用者登録" in answer.inner_text()
    source = answer.locator(".assistant-msg__sources a")
    assert source.inner_text() == "利用者登録をしなくてもジョブ・カードは作れますか。"
    assert dialog.get_by_role("log").locator(".assistant-msg").count() == 2
    shoot(page, screenshot_dir, "20-assistant-phone")
    assert_accessible(page, "the assistant with an answer")

    # 👍 is sent and acknowledged.
    answer.get_by_role("button", name=re.compile("役に立った")).click()
    answer.locator(".assistant-msg__thanks").filter(has_text="ありがとう").wait_for()

    # Escape closes and gives focus back to the button.
    page.keyboard.press("Escape")
    assert page.locator("#assistant-panel").is_hidden()
    assert page.get_by_role("button", name="質問する").evaluate("el => el === document.activeElement")

    # Following the source opens the FAQ entry it cites.
    open_with_keyboard(page)
    with page.expect_navigation():
        source.click()
    url = urlparse(page.url)
    assert url.path == "/faq/" and url.fragment.startswith("faq-entry-")
    entry = page.locator(f"#{url.fragment}")
    assert entry.get_attribute("open") is not None
    assert (
        entry.locator("summary").inner_text().strip() == "利用者登録をしなくてもジョブ・カードは作れますか。"
    )


def test_widget_at_desktop_width_and_refusal(browser, live_site, screenshot_dir):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(live_site + "/faq/")
        dialog = open_with_keyboard(page)
        page.get_by_label("質問", exact=True).fill("明日の東京の天気は？")
        dialog.get_by_role("button", name="送信").click()
        answer = dialog.locator(".assistant-msg--unknown")
        answer.wait_for()
        assert "見つかりませんでした" in answer.inner_text()
        assert answer.get_by_role("link", name="よくある質問の一覧を見る").is_visible()
        shoot(page, screenshot_dir, "21-assistant-desktop-refusal")
        assert_accessible(page, "the assistant's refusal")
        # An empty question is refused in Japanese, without a request.
        dialog.get_by_role("button", name="送信").click()
        assert dialog.locator("[data-assistant-error]").inner_text() == "質問を入力してください。"
    finally:
        context.close()


def test_page_without_javascript(browser, live_site, screenshot_dir):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="ja-JP", java_script_enabled=False
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(live_site + "/glossary/")
        link = page.get_by_role("link", name="質問する（アシスタント）")
        with page.expect_navigation():
            link.click()
        assert urlparse(page.url).path == "/assistant/"
        page.get_by_label("質問", exact=True).fill("ハロワで手伝ってもらえる？")
        with page.expect_navigation():
            page.get_by_role("button", name="質問する").click()
        article = page.locator(".assistant-answer")
        assert "ハローワーク" in article.inner_text()
        assert article.get_by_role(
            "link", name="ハローワークでジョブ・カードの作成を手伝ってもらえますか。"
        ).is_visible()
        shoot(page, screenshot_dir, "22-assistant-page-nojs")
        with page.expect_navigation():
            article.get_by_role("button", name="役に立った").click()
        assert "ご評価ありがとうございました" in page.locator(".assistant-thanks").inner_text()
    finally:
        context.close()
    # The same page with JavaScript passes axe.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    page = context.new_page()
    try:
        page.goto(live_site + "/assistant/?q=" + "エクセルで作ってもいいの？")
        page.locator(".assistant-answer").wait_for()
        shoot(page, screenshot_dir, "23-assistant-page-desktop")
        assert_accessible(page, "the assistant's page")
    finally:
        context.close()


@pytest.mark.parametrize(
    ("status", "body", "content_type", "expected"),
    [
        # A proxy's or the server's HTML error page: the browser's parse error (English) is not shown.
        (502, "<html><body>Bad Gateway</body></html>", "text/html", "回答を取得できませんでした"),
        # The API's own JSON error: its Japanese sentence is shown.
        (429, '{"error": "少し時間をおいてください。"}', "application/json", "少し時間をおいて"),
    ],
)
def test_a_failed_answer_is_told_in_japanese(page, live_site, status, body, content_type, expected):
    page.route(
        "**/api/v1/assistant/ask/",
        lambda route: route.fulfill(status=status, body=body, content_type=content_type),
    )
    page.goto(live_site + "/")
    dialog = open_with_keyboard(page)
    page.get_by_label("質問", exact=True).fill("印刷できますか")
    page.keyboard.press("Enter")
    failed = dialog.locator(".assistant-msg--error")
    failed.wait_for()
    text = failed.inner_text()
    assert expected in text
    assert "JSON" not in text and "Unexpected" not in text
