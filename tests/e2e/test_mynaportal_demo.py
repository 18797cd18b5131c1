"""マイナポータル login in a real browser against the 検証用マイナポータル (the test OP `make run` starts):
login page → マイナポータルでログイン (labelled 検証用) → 続ける → the OP's 検証用 page → test person A →
back on the site, signed in as the demo job seeker. Screenshots at 390 px in tests/e2e/screenshots/.
"""

from urllib.parse import urlparse

import pytest

from tests.e2e.test_accounts import signed_in
from tests.e2e.test_walkthrough import assert_accessible, shoot

pytestmark = pytest.mark.e2e

LABEL = "検証用のマイナポータル（テスト用の認証サーバー）— 本物のマイナポータルではありません"


@pytest.fixture
def page(browser):
    """As conftest's page (390 px), letting axe-core in past the test OP's strict CSP."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP", bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_mynaportal_login_through_the_test_op(page, live_site, screenshot_dir):
    page.goto(live_site + "/accounts/login/")
    button = page.get_by_role("link", name="マイナポータルでログイン")
    if not button.count():
        pytest.skip("this site has no マイナポータル login (no 検証用 OP started with it)")
    # The button says 検証用, and what that means is said under it.
    assert button.locator(".tag").inner_text() == "検証用"
    note = page.locator("#" + button.get_attribute("aria-describedby"))
    assert "本物のマイナポータルではなく" in note.inner_text()
    box = button.bounding_box()
    assert box["width"] <= 390 and box["height"] < 80  # one line at 390 px, the badge on its edge
    button.scroll_into_view_if_needed()
    shoot(page, screenshot_dir, "myna-01-login-button")
    assert_accessible(page, "the login page with the 検証用 button")

    with page.expect_navigation():
        button.click()
    page.get_by_role("heading", level=1, name="マイナポータルでログイン").wait_for()
    assert "本物のマイナポータルではありません" in page.locator("main").inner_text()
    shoot(page, screenshot_dir, "myna-02-confirm")

    with page.expect_navigation():
        page.get_by_role("button", name="続ける").click()
    # The test OP's page, on another port of this machine, says plainly what it is.
    assert urlparse(page.url).hostname == "127.0.0.1"
    assert urlparse(page.url).port != urlparse(live_site).port
    assert page.title() == LABEL
    heading = page.get_by_role("heading", level=1, name="検証用のマイナポータル")
    assert heading.inner_text().replace("\n", "") == LABEL
    banner = page.get_by_role("banner").inner_text()
    assert banner.replace("\n", "") == "検証用本物のマイナポータルではありません"
    person_a = page.get_by_role("radio", name="検証用の利用者 A")
    assert person_a.is_checked()
    shoot(page, screenshot_dir, "myna-03-test-op")
    assert_accessible(page, "the 検証用 OP page")

    with page.expect_navigation():
        page.get_by_role("button", name="この利用者でログインする").click()
    assert urlparse(page.url).path == "/"
    assert signed_in(page, live_site)
    assert "misaki@example.jp" in page.locator("main").inner_text()
