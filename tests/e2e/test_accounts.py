"""Accounts in a real browser: sign up → the verification mail → confirm → signed in → log out →
log in with the password, with axe-core on the login, sign-up and verification pages.

Mail is read from what the served site writes (console backend → the server log, or files).
The session timeout dialog (static/js/session.js) is checked on a test page whose status and
extend answers are faked, so no one waits for a real 30-minute timeout.
Screenshots go to tests/e2e/screenshots/.
"""

import email
import json
import re
import time
import uuid
from email.header import decode_header, make_header
from urllib.parse import urlparse

import pytest

from tests.e2e.test_walkthrough import assert_accessible, shoot

pytestmark = pytest.mark.e2e

PASSWORD = "Shigoto-Sagashi-2026"
SEPARATOR = b"\n" + b"-" * 79 + b"\n"


def _parse(raw: bytes, to: str):
    message = email.message_from_bytes(raw.strip(b"\n"))
    if to not in str(message.get("To", "")) or message["Subject"] is None:
        return None
    subject = str(make_header(decode_header(message["Subject"])))
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            return subject, part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    return None


def read_mail(mail_sources, to: str, timeout: float = 15) -> list[tuple[str, str]]:
    """(subject, body) of every message to `to` the site has sent so far: from the file backend's
    folder, or from the server log (the console backend prints each message between separators)."""
    folder, log = mail_sources
    deadline = time.monotonic() + timeout
    while True:
        chunks = []
        for path in sorted(folder.glob("*.log")) if folder.exists() else []:
            chunks += path.read_bytes().split(SEPARATOR)
        if log.exists():
            for chunk in log.read_bytes().split(SEPARATOR):
                start = chunk.find(b"Content-Type: ")  # the console output starts with the headers
                if start != -1:
                    chunks.append(chunk[start:])
        found = [mail for mail in (_parse(chunk, to) for chunk in chunks if chunk.strip()) if mail]
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.25)


def signed_in(page, live_site) -> bool:
    """The e-mail page is only for signed-in people (others are sent to the login page)."""
    page.goto(live_site + "/accounts/email/")
    return urlparse(page.url).path == "/accounts/email/"


def test_signup_verify_logout_login(page, live_site, mail_sources, screenshot_dir):
    address = f"e2e-{uuid.uuid4().hex[:10]}@example.jp"

    # The login page: the site's frame, a link to sign up, no errors yet.
    page.goto(live_site + "/accounts/login/")
    assert page.locator("html").get_attribute("lang") == "ja"
    page.get_by_role("heading", level=1, name="ログイン").wait_for()
    assert page.locator(".skip-link").count() == 1
    assert page.get_by_role("link", name="新規登録（無料）").is_visible()
    shoot(page, screenshot_dir, "acct-01-login")
    assert_accessible(page, "the login page")

    # Sign-up with nothing filled in: a summary first, messages next to the fields, in Japanese.
    page.get_by_role("link", name="新規登録（無料）").click()
    page.get_by_role("heading", level=1, name="アカウントの新規登録").wait_for()
    assert "8文字以上" in page.locator("#id_password1-hint").inner_text()
    privacy = page.locator("main").get_by_role("link", name="プライバシーポリシー")
    assert privacy.get_attribute("href").endswith("/privacy/")
    assert_accessible(page, "the sign-up page")
    page.get_by_label("メールアドレス").fill("not-an-address")
    with page.expect_navigation():
        page.get_by_role("button", name="登録する").click()
    summary = page.get_by_role("alert")
    summary.wait_for()
    assert page.title().startswith("エラー：")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    email_input = page.locator("#id_email")
    assert email_input.input_value() == "not-an-address"  # the input is kept
    assert email_input.get_attribute("aria-invalid") == "true"
    assert "id_email-error" in email_input.get_attribute("aria-describedby")
    assert "メールアドレス" in page.locator("#id_email-error").inner_text()
    assert "パスワードを入力してください" in page.locator("#id_password1-error").inner_text()
    shoot(page, screenshot_dir, "acct-02-signup-errors")
    assert_accessible(page, "the sign-up errors")

    # A real sign-up: the verification page.
    page.locator("#id_email").fill(address)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="登録する").click()
    page.get_by_role("heading", level=1, name="確認のメールを送りました").wait_for()
    shoot(page, screenshot_dir, "acct-03-verification-sent")
    assert_accessible(page, "the verification-sent page")

    # The mail: Japanese subject with the site prefix, plain text, the link.
    mails = read_mail(mail_sources, address)
    assert mails, f"no mail to {address} in {mail_sources}"
    subject, body = mails[-1]
    assert subject.startswith("【ジョブ・カード作成支援サイト】"), subject
    assert "メールアドレスの確認" in subject
    assert "心当たりがない場合" in body
    links = re.findall(r"https?://\S+/accounts/confirm-email/\S+/", body)
    assert links, body
    confirm_path = urlparse(links[0]).path

    # Open the link, confirm: signed in.
    page.goto(live_site + confirm_path)
    page.get_by_role("heading", level=1, name="メールアドレスの確認").wait_for()
    assert address in page.locator("main").inner_text()
    shoot(page, screenshot_dir, "acct-04-confirm-email")
    assert_accessible(page, "the confirm e-mail page")
    with page.expect_navigation():
        page.get_by_role("button", name="確認する").click()
    assert signed_in(page, live_site)
    assert address in page.locator("main").inner_text()
    assert page.get_by_role("navigation", name="アカウント設定").is_visible()
    assert page.locator('.account-nav a[aria-current="page"]').inner_text().strip() == "メールアドレス"
    shoot(page, screenshot_dir, "acct-05-email-signed-in")
    assert_accessible(page, "the e-mail page (signed in)")

    # Log out.
    page.goto(live_site + "/accounts/logout/")
    with page.expect_navigation():
        page.get_by_role("button", name="ログアウトする").click()
    assert not signed_in(page, live_site)

    # A wrong password: one message, the address kept; then the right one.
    page.goto(live_site + "/accounts/login/")
    page.get_by_label("メールアドレス").fill(address)
    page.get_by_label("パスワード").fill("wrong-password-0000")
    with page.expect_navigation():
        page.get_by_role("button", name="ログインする").click()
    page.get_by_role("alert").wait_for()
    assert page.get_by_label("メールアドレス").input_value() == address
    assert page.get_by_label("パスワード").input_value() == ""
    shoot(page, screenshot_dir, "acct-06-login-error")
    assert_accessible(page, "the login error")
    page.get_by_label("パスワード").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="ログインする").click()
    assert signed_in(page, live_site)


# The session timeout dialog ---------------------------------------------------------------------

# A token of the form Django accepts (32 letters and digits): a malformed one is replaced by the
# first page that asks for a token, and the header would carry the new one.
E2E_CSRF = "E2eCsrfTokenForTheSessionDialog1"

DIALOG_PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>セッションのテスト</title>
<link rel="stylesheet" href="/static/css/site.css"><link rel="stylesheet" href="/static/css/accounts.css">
</head><body><main id="main"><h1>入力中のページ</h1><p><a href="#" id="focus-me">リンク</a></p></main>
<div data-session-timeout data-session-status-url="/accounts/session/status/"
  data-session-extend-url="/accounts/session/extend/" data-login-url="/accounts/login/"
  data-idle-seconds="4" data-warning-seconds="3"
  data-title-format="まもなく自動的にログアウトします（残り{time}）" data-minutes-format="{m}分{s}秒"
  data-seconds-format="{s}秒" data-announce-format="残り{time}です。">
  <dialog class="session-dialog" role="alertdialog" aria-modal="true" aria-labelledby="t"
    aria-describedby="d" data-session-dialog>
    <h2 class="session-dialog__title" id="t" data-session-title>まもなく自動的にログアウトします</h2>
    <p id="d" data-session-text>操作がないと自動的にログアウトします。</p>
    <p class="visually-hidden" aria-live="polite" data-session-live></p>
    <div class="session-dialog__actions">
      <button type="button" class="button button--primary" data-session-extend>ログイン状態を延長する</button>
      <form method="post" action="/accounts/logout/">
        <button type="submit" class="button">ログアウトする</button></form>
    </div>
  </dialog>
</div>
<script src="/static/js/session.js"></script></body></html>"""


def _fake_session(page, live_site, answers: list[dict], extend_calls: list[dict]):
    """Serve DIALOG_PAGE and answer status (from `answers`, last one repeated) and extend."""
    page.context.add_cookies([{"name": "csrftoken", "value": E2E_CSRF, "url": live_site}])
    page.route(
        live_site + "/e2e/session-dialog/",
        lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=DIALOG_PAGE),
    )

    def status(route):
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        route.fulfill(status=200, content_type="application/json", body=json.dumps(answer))

    def extend(route):
        extend_calls.append(route.request.headers)
        route.fulfill(
            status=200,
            content_type="application/json",
            body=json.dumps({"authenticated": True, "seconds_left": 1800}),
        )

    page.route(live_site + "/accounts/session/status/", status)
    page.route(live_site + "/accounts/session/extend/", extend)


def test_session_warning_dialog_extends(page, live_site, screenshot_dir):
    extend_calls: list[dict] = []
    _fake_session(page, live_site, [{"authenticated": True, "seconds_left": 3}], extend_calls)
    page.goto(live_site + "/e2e/session-dialog/")
    dialog = page.get_by_role("alertdialog")
    dialog.wait_for(timeout=5000)
    title = dialog.get_by_role("heading").inner_text()
    assert re.search(r"まもなく自動的にログアウトします（残り\d+秒）", title), title
    assert page.evaluate("document.activeElement.hasAttribute('data-session-extend')")
    shoot(page, screenshot_dir, "acct-20-session-dialog")
    assert_accessible(page, "the session timeout dialog")
    dialog.get_by_role("button", name="ログイン状態を延長する").click()
    dialog.wait_for(state="hidden")
    assert extend_calls and extend_calls[0].get("x-csrftoken") == E2E_CSRF


def test_session_warning_dialog_signs_out(page, live_site):
    _fake_session(page, live_site, [{"authenticated": False, "seconds_left": 0}], [])
    page.goto(live_site + "/e2e/session-dialog/")
    page.wait_for_url(re.compile(r"/accounts/login/\?timeout=1&next="), timeout=8000)
    page.get_by_text("下書きとして保存されています").wait_for()
