"""Self-diagnosis and the occupation picker in a real browser.

1. An anonymous visitor takes the interest check (answers on a phone-sized screen), sees the
   result with its three-letter code, proposed occupations and a reference code.
2. Later, in another browser session, they reopen the result with the code, sign up, confirm the
   mail and find the result on their new account; the code then no longer opens it.
3. The editor's occupation picker inserts chosen task lines after what is already typed, and in
   qualifications mode hands the names to the editor through its event.
axe-core checks the pages; screenshots go to tests/e2e/screenshots/ (diag-*, picker-*).
"""

import re
import uuid
from urllib.parse import urlparse

import pytest

from tests.e2e.test_accounts import PASSWORD, read_mail
from tests.e2e.test_walkthrough import assert_accessible, shoot

pytestmark = pytest.mark.e2e

# 5 = やってみたい … 1 = やりたくない, per type: a clear S-A-E profile.
ANSWERS = {"social": "5", "artistic": "4", "enterprising": "3", "investigative": "2", "conventional": "2"}


def answer_interest_check(page):
    items = page.locator("li.item")
    assert items.count() == 42
    for index in range(items.count()):
        item = items.nth(index)
        dimension = item.get_attribute("id")[len("item-") :].rsplit("-", 1)[0]
        value = ANSWERS.get(dimension, "1")
        item.locator(f"input[value='{value}'] + label").click()


def test_anonymous_interest_check_then_attach_to_a_new_account(
    browser, live_site, mail_sources, screenshot_dir
):
    # 1. Anonymous, on a phone.
    first = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP")
    page = first.new_page()
    page.set_default_timeout(15_000)
    page.goto(live_site + "/diagnosis/")
    page.get_by_role("heading", level=1, name="自己診断").wait_for()
    shoot(page, screenshot_dir, "diag-01-start")
    assert_accessible(page, "the self-diagnosis start page")
    with page.expect_navigation():
        page.get_by_role("link", name="興味のタイプ診断").click()
    page.get_by_role("heading", level=1, name="興味のタイプ診断").wait_for()

    # Submitting with questions left: the page stays, says how many, and moves to the first.
    page.locator("li.item").first.locator("input[value='3'] + label").click()
    assert page.locator("[data-progress]").inner_text() == "42問中 1問に回答しました"
    page.locator(".check-form button[type=submit]").click()
    assert page.locator("[data-progress]").inner_text() == "まだ答えていない質問が41問あります。"
    assert page.evaluate("document.activeElement.name") == "investigative-1"
    assert urlparse(page.url).path == "/diagnosis/interest/"
    assert_accessible(page, "the interest check")
    shoot(page, screenshot_dir, "diag-02-check")

    answer_interest_check(page)
    assert page.locator("[data-progress]").inner_text() == "42問中 42問に回答しました"
    with page.expect_navigation():
        page.locator(".check-form button[type=submit]").click()
    assert urlparse(page.url).path == "/diagnosis/result/"
    assert page.locator(".type-code__letters").inner_text() == "SAE"
    code = page.locator("[data-reference-code]").inner_text()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code), code
    proposals = page.locator(".proposal")
    assert proposals.count() == 10
    assert "「社会的（S）」" in proposals.first.locator(".proposal__reason").first.inner_text()
    assert page.locator("svg.chart--radar").count() == 1
    shoot(page, screenshot_dir, "diag-03-result")
    assert_accessible(page, "the result page")
    first.close()

    # 2. Another session: reopen with the code (typed in lower case, without hyphens), then sign up.
    second = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    page = second.new_page()
    page.set_default_timeout(15_000)
    page.goto(live_site + "/diagnosis/code/")
    page.get_by_label("参照コード").fill(code.replace("-", "").lower())
    with page.expect_navigation():
        page.get_by_role("button", name="結果を見る").click()
    assert page.locator(".type-code__letters").inner_text() == "SAE"
    shoot(page, screenshot_dir, "diag-04-result-wide")

    address = f"e2e-diag-{uuid.uuid4().hex[:10]}@example.jp"
    with page.expect_navigation():
        page.get_by_role("link", name="新規登録して結果を保存する").click()
    page.locator("#id_email").fill(address)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="登録する").click()
    page.get_by_role("heading", level=1, name="確認のメールを送りました").wait_for()
    mails = read_mail(mail_sources, address)
    assert mails, f"no mail to {address}"
    links = re.findall(r"https?://\S+/accounts/confirm-email/\S+/", mails[-1][1])
    page.goto(live_site + urlparse(links[0]).path)
    with page.expect_navigation():
        page.get_by_role("button", name="確認する").click()

    page.goto(live_site + "/diagnosis/result/")
    assert page.locator(".type-code__letters").inner_text() == "SAE"
    assert page.locator("[data-reference-code]").count() == 0
    assert "アカウントに保存されています" in page.locator("main").inner_text()
    shoot(page, screenshot_dir, "diag-05-result-account")
    second.close()

    # The code now belongs to the account: it opens nothing any more.
    third = browser.new_context(locale="ja-JP")
    page = third.new_page()
    page.goto(live_site + "/diagnosis/code/")
    page.get_by_label("参照コード").fill(code)
    with page.expect_navigation():
        page.get_by_role("button", name="結果を見る").click()
    assert "見つかりませんでした" in page.locator("#id_code-error").inner_text()
    third.close()


def _picker_page(mode: str) -> str:
    from django.template import Context, Template

    picker = Template("{% load occupation_tags %}{% occupation_picker target mode %}").render(
        Context({"target": "target-text", "mode": mode})
    )
    return f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>職務内容の編集</title>
<link rel="stylesheet" href="/static/css/site.css"></head><body><main id="main">
<h1>職務内容の編集</h1>
<form method="post" action="/e2e/never-submitted/"><div class="form-field">
<label for="target-text">職務内容</label>
<textarea id="target-text" name="duties" rows="6" maxlength="1000">既に書いた文章</textarea>
</div>{picker}</form></main></body></html>"""


def _serve(page, live_site, path, html):
    page.route(
        live_site + path,
        lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html),
    )
    page.goto(live_site + path)


def test_occupation_picker_inserts_task_lines(page, live_site, screenshot_dir):
    _serve(page, live_site, "/e2e/picker-tasks/", _picker_page("tasks"))
    page.get_by_role("button", name="職業の仕事内容から選んで入れる").click()
    page.get_by_label("職業名で探す").fill("看護師")
    page.get_by_label("職業名で探す").press("Enter")  # searches; never submits the editor's form
    page.get_by_role("button", name="看護師", exact=True).click()
    boxes = page.locator(".occupation-picker__option input[type=checkbox]")
    boxes.first.wait_for()
    first_line = boxes.nth(0).get_attribute("value")
    third_line = boxes.nth(2).get_attribute("value")
    boxes.nth(0).check()
    boxes.nth(2).check()
    assert "職業情報データベース" in page.locator(".occupation-picker__credit").inner_text()
    shoot(page, screenshot_dir, "picker-01-tasks")
    assert_accessible(page, "the occupation picker")
    page.get_by_role("button", name="挿入する").click()
    assert page.locator("#target-text").input_value() == f"既に書いた文章\n・{first_line}\n・{third_line}"
    assert "2行を入れました" in page.locator(".occupation-picker__status").inner_text()
    assert urlparse(page.url).path == "/e2e/picker-tasks/"


def test_occupation_picker_hands_qualifications_to_the_editor(page, live_site):
    _serve(page, live_site, "/e2e/picker-qualifications/", _picker_page("qualifications"))
    page.evaluate(
        """() => document.querySelector('[data-occupation-picker]').addEventListener(
             'occupation:qualifications',
             (event) => { window.received = event.detail; event.preventDefault(); })"""
    )
    page.get_by_role("button", name="職業に関連する資格から選ぶ").click()
    page.get_by_label("職業名で探す").fill("看護師")
    page.get_by_role("button", name="探す", exact=True).click()
    page.get_by_role("button", name="看護師", exact=True).click()
    boxes = page.locator(".occupation-picker__option input[type=checkbox]")
    boxes.first.wait_for()
    name = boxes.nth(0).get_attribute("value")
    boxes.nth(0).check()
    page.get_by_role("button", name="挿入する").click()
    assert page.evaluate("window.received") == [name]
    # The editor handled it (preventDefault): the textarea is left alone.
    assert page.locator("#target-text").input_value() == "既に書いた文章"
