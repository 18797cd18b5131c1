"""Keyboard only, with the accessibility tree checked (issue 21; issue 13, items 5 and 8).

Focus moves only by Tab / Shift+Tab / Enter / Escape; what a screen reader gets is read from
Chromium's accessibility tree (CDP Accessibility.getPartialAXTree: role, name, description) and the
live region. "200 % text" is the browser's text size doubled (CDP Page.setFontSizes, like the
text-size setting: rem and em media queries follow it), not page zoom.
"""

import re
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.e2e

SIZES = {
    "1280": {"viewport": {"width": 1280, "height": 720}, "text": 1},
    "320": {"viewport": {"width": 320, "height": 640}, "text": 1},
    "200%text": {"viewport": {"width": 1280, "height": 720}, "text": 2},
}
MAX_TABS = 260

# For the focused element: its box, whether any of it is under the sticky save bar, the floating
# 「質問する」 button, or outside the window; and a short description for messages.
FOCUS_REPORT = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return {body: true};
  const r = el.getBoundingClientRect();
  const overlap = (other) => {
    if (!other || other.contains(el) || getComputedStyle(other).position === "static") return 0;
    const o = other.getBoundingClientRect();
    const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
    const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
    return w > 0 && h > 0 ? (w * h) / Math.max(1, r.width * r.height) : 0;
  };
  const bar = document.querySelector("[data-save-bar]");
  const launcher = document.querySelector(".assistant");
  return {
    what: el.tagName + (el.id ? "#" + el.id : "") + " "
      + (el.textContent || el.value || "").trim().slice(0, 30),
    id: el.id, tag: el.tagName,
    top: r.top, bottom: r.bottom, height: r.height, vh: innerHeight,
    underBar: overlap(bar), underLauncher: overlap(launcher),
    inDialog: !!el.closest("dialog, [role=dialog]"),
  };
}"""


def open_page(browser, size):
    spec = SIZES[size]
    context = browser.new_context(viewport=spec["viewport"], locale="ja-JP")
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    if spec["text"] != 1:
        cdp = context.new_cdp_session(page)
        cdp.send("Page.enable")
        cdp.send(
            "Page.setFontSizes", {"fontSizes": {"standard": 16 * spec["text"], "fixed": 13 * spec["text"]}}
        )
    return page


def ax_of_focus(page) -> dict:
    """Role, accessible name and description of the focused element, from the accessibility tree."""
    cdp = page.context.new_cdp_session(page)
    try:
        handle = cdp.send("Runtime.evaluate", {"expression": "document.activeElement"})
        tree = cdp.send(
            "Accessibility.getPartialAXTree",
            {"objectId": handle["result"]["objectId"], "fetchRelatives": False},
        )
    finally:
        cdp.detach()
    node = next(n for n in tree["nodes"] if not n.get("ignored"))
    return {key: (node.get(key) or {}).get("value", "") for key in ("role", "name", "description")}


def tab_to(page, predicate, *, backwards=False, limit=MAX_TABS):
    """Press Tab until ``predicate(report)`` holds; every stop is checked on the way."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        report = page.evaluate(FOCUS_REPORT)
        assert_visible(report)
        if not report.get("body") and predicate(report):
            return report
    raise AssertionError("never reached the control by keyboard")


def assert_visible(report):
    if report.get("body") or report.get("inDialog"):
        return
    what = report["what"]
    assert report["underBar"] < 0.01, f"{what}: {report['underBar']:.0%} under the save bar"
    assert report["underLauncher"] < 0.01, f"{what}: {report['underLauncher']:.0%} under 「質問する」"
    if report["height"] < report["vh"]:
        assert report["top"] >= -1 and report["bottom"] <= report["vh"] + 1, f"{what} is off-screen: {report}"


def status_text(page) -> str:
    return page.locator("[data-save-status]").inner_text()


# 1 — adding a row ---------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ["1280", "320"])
def test_adding_a_row_focuses_its_first_field_and_announces_it(browser, live_site, size):
    page = open_page(browser, size)
    page.goto(live_site + "/card/sheets/2/")
    # Web fonts arriving after the row is scrolled to would move it (a slow machine's flake).
    page.evaluate("() => document.fonts.ready.then(() => true)")
    tab_to(page, lambda r: "職務経歴を1件追加" in r["what"])
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => document.activeElement && document.activeElement.id === 'id_jobs-0-period_from'"
    )
    assert_visible(page.evaluate(FOCUS_REPORT))
    assert status_text(page) == "行を追加しました。"
    status = page.locator("[data-save-status]")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    focused = ax_of_focus(page)
    label = page.locator("label[for=id_jobs-0-period_from]").inner_text().strip()
    assert focused["role"] == "textbox" and focused["name"] == label, focused
    assert not page.js_errors, page.js_errors
    # The row's heading is in view above the field (1件目).
    assert page.locator("#row-jobs-0 legend").bounding_box()["y"] >= 0
    page.context.close()


# 2, 4 and the walk — focus never hidden, at 1280 px, 320 px and 200 % text --------------------------


@pytest.mark.parametrize("size", list(SIZES))
def test_keyboard_walk_of_1_1_2_and_3_1_never_hides_focus(browser, live_site, size):
    page = open_page(browser, size)
    for code in ("1-1", "2", "3-1"):
        page.goto(f"{live_site}/card/sheets/{code}/")
        if code == "2":
            # A row with its 上へ/下へ/削除, 記入例, 例文 buttons, added by keyboard.
            tab_to(page, lambda r: "職務経歴を1件追加" in r["what"])
            page.keyboard.press("Enter")
            page.wait_for_function("() => document.activeElement.id === 'id_jobs-0-period_from'")
            page.keyboard.type("2019-04")
        else:
            page.keyboard.press("Tab")  # the skip link
            page.keyboard.press("Enter")
        # Every stop to 入力内容を確認する is visible: not under the save bar, the header or 「質問する」.
        report = tab_to(page, lambda r: "入力内容を確認する" in r["what"])
        assert report["tag"] == "BUTTON"
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert urlparse(page.url).path in (f"/card/sheets/{code}/check/", f"/card/sheets/{code}/")
    assert not page.js_errors, page.js_errors

    # Home: 新規登録 and ログイン in the menu are never under 「質問する」 (issue 21, 4).
    page.goto(live_site + "/")
    report = tab_to(page, lambda r: "新規登録" in r["what"] or r["what"].startswith("SUMMARY メニュー"))
    if report["tag"] == "SUMMARY":  # phones and large text: the menu is behind 「メニュー」
        page.keyboard.press("Enter")
        tab_to(page, lambda r: "新規登録" in r["what"])
    page.context.close()


def test_menu_collapses_on_phones_without_javascript(browser, live_site):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="ja-JP", java_script_enabled=False
    )
    page = context.new_page()
    page.goto(live_site + "/")
    menu = page.locator(".global-nav details")
    toggle = page.locator(".global-nav summary")
    assert toggle.is_visible() and not page.get_by_role("link", name="自己診断").first.is_visible()
    main_top = page.locator("#main").bounding_box()["y"]
    assert main_top < 844 / 2, f"the page starts {main_top}px down"
    toggle.focus()
    page.keyboard.press("Enter")
    assert menu.get_attribute("open") is not None
    assert (
        page.get_by_role("navigation", name="メインメニュー")
        .get_by_role("link", name="自己診断")
        .is_visible()
    )
    context.close()

    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="ja-JP")
    page = context.new_page()
    page.goto(live_site + "/")
    assert not page.locator(".global-nav summary").is_visible()
    assert (
        page.get_by_role("navigation", name="メインメニュー")
        .get_by_role("link", name="自己診断")
        .is_visible()
    )
    context.close()


# 3, 5 — errors described only when present, announced by autosave, with the part of the date -------


def test_errors_are_described_only_when_present_and_announced(browser, live_site):
    page = open_page(browser, "1280")
    page.goto(live_site + "/card/sheets/1-1/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # skip link
    tab_to(page, lambda r: r["id"] == "id_header-entry_date")
    before = ax_of_focus(page)
    assert "エラー" not in before["description"], before
    assert "2024-04-01" in before["description"]  # the format hint still describes it
    page.keyboard.type("2026年13月40日")
    page.keyboard.press("Tab")  # leaving the field autosaves
    page.wait_for_function(
        "() => document.querySelector('[data-save-status]').textContent.includes('存在しない日付です')"
    )
    announced = status_text(page)
    assert "下書きを自動保存しました" in announced and "記入日" in announced and "13月" in announced, (
        announced
    )
    page.keyboard.press("Shift+Tab")
    after = ax_of_focus(page)
    assert after["description"].startswith("エラー") and "月は1から12まで" in after["description"], after
    assert page.locator("#id_header-entry_date").get_attribute("aria-invalid") == "true"

    # Corrected: the error leaves the description.
    page.keyboard.press("Control+A")
    page.keyboard.type("2026-04-31")
    page.keyboard.press("Tab")
    page.wait_for_function(
        "() => document.querySelector('[data-save-status]').textContent.includes('30日まで')"
    )
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Control+A")
    page.keyboard.type("2026-04-30")
    page.keyboard.press("Tab")
    page.wait_for_function("() => document.querySelector('#id_header-entry_date-error').hidden")
    page.keyboard.press("Shift+Tab")
    fixed = ax_of_focus(page)
    assert "エラー" not in fixed["description"], fixed
    page.context.close()


# 6 — error-summary links, focus after 入力内容を確認する and 保存する, Escape in the picker -------------


def test_error_summary_check_and_save_move_focus_where_the_person_reads(browser, live_site):
    page = open_page(browser, "1280")
    page.goto(live_site + "/card/sheets/3-1/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    tab_to(page, lambda r: r["id"] == "id_header-entry_date")
    page.keyboard.type("2026-02-30")
    tab_to(page, lambda r: "入力内容を確認する" in r["what"])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    summary = page.locator(".error-summary")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert summary.get_attribute("role") == "alert"
    page.keyboard.press("Tab")
    link = ax_of_focus(page)
    assert link["role"] == "link" and "2月は28日まで" in link["name"], link
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.id === 'id_header-entry_date'")
    label = page.locator("label[for=id_header-entry_date]").bounding_box()
    message = page.locator("#id_header-entry_date-error").bounding_box()
    assert 0 <= label["y"] and message["y"] + message["height"] <= 720, (label, message)

    page.keyboard.press("Control+A")
    page.keyboard.type("2026-02-27")
    tab_to(page, lambda r: "入力内容を確認する" in r["what"])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlparse(page.url).path == "/card/sheets/3-1/check/"
    page.wait_for_function("() => document.activeElement.tagName === 'H1'")
    assert ax_of_focus(page)["role"] == "heading"
    tab_to(page, lambda r: r["what"].endswith("保存する") or "保存する" in r["what"])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlparse(page.url).path == "/card/"
    page.wait_for_function("() => document.activeElement.classList.contains('messages')")
    assert "保存しました" in page.evaluate("document.activeElement.textContent")
    page.context.close()


def test_occupation_picker_closes_on_escape_and_returns_focus(browser, live_site):
    page = open_page(browser, "1280")
    page.goto(live_site + "/card/sheets/2/")
    tab_to(page, lambda r: "職務経歴を1件追加" in r["what"])
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.id === 'id_jobs-0-period_from'")
    toggle = tab_to(page, lambda r: "職業の仕事内容から選んで入れる" in r["what"])
    assert toggle["tag"] == "BUTTON"
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.type === 'search'")
    page.keyboard.press("Escape")
    page.wait_for_function("() => document.activeElement.classList.contains('occupation-picker__toggle')")
    focused = ax_of_focus(page)
    assert focused["role"] == "button" and re.search("職業の仕事内容", focused["name"]), focused
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"
    assert page.locator(".occupation-picker__panel").first.is_hidden()
    page.context.close()
