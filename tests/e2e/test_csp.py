"""#14 item 7 in a browser: with the Content-Security-Policy on (as the demo serves it), walking
the home page, a guide with embedded sheet forms (typing, autosave) and the Wagtail admin (sign in
with the authenticator step, page explorer, page editor with its StreamField) logs no CSP
violation in the console."""

import base64
import hashlib
import hmac
import json
import struct
import time
import urllib.request

import pytest

from demo.data.sections import USERS

pytestmark = pytest.mark.e2e

GUIDE = "/howto/howto-quick/"


def totp(secret: str) -> str:
    key = base64.b32decode(secret.replace(" ", "").upper() + "=" * (-len(secret.replace(" ", "")) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


@pytest.fixture
def watched(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    page = context.new_page()
    page.set_default_timeout(20_000)
    violations = []

    def console(message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            violations.append(f"{page.url}: {message.text}")

    page.on("console", console)
    yield page, violations
    context.close()


def test_public_pages_and_embedded_forms_run_under_the_policy(watched, live_site):
    page, violations = watched
    response = page.goto(live_site + "/")
    csp = response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    page.goto(live_site + GUIDE)
    form = page.locator("form[data-code='1-1']")
    field = form.locator("textarea").first
    field.fill("CSPのもとで自動保存できるかの確認です。")
    field.blur()
    form.locator("[data-save-status]").filter(has_text="下書きを自動保存しました").wait_for()
    page.goto(live_site + "/diagnosis/")
    page.goto(live_site + "/assistant/")
    assert violations == []


def test_the_wagtail_admin_runs_under_its_policy(watched, live_site):
    page, violations = watched
    editor = next(user for user in USERS if user["email"] == "editor@example.jp")
    page.goto(live_site + "/accounts/login/?next=/admin/")
    page.fill("input[name=login]", editor["email"])
    page.fill("input[name=password]", editor["password"])
    page.get_by_role("button", name="ログインする").click()
    page.wait_for_url("**/reauthenticate/**")  # setting up a second factor asks for the password again
    page.fill("input[name=password]", editor["password"])
    page.get_by_role("button", name="確認する").click()
    page.locator("code.secret").wait_for()  # staff set up the authenticator step first
    secret = page.locator("code.secret").inner_text()
    page.fill("input[name=code]", totp(secret))
    with page.expect_navigation():
        page.get_by_role("button", name="設定する").click()
    page.goto(live_site + "/admin/")
    if "/2fa/reauthenticate/" in page.url:  # the admin wants the code in this session: the next one
        time.sleep(30 - time.time() % 30 + 1)
        page.fill("input[name=code]", totp(secret))
        with page.expect_navigation():
            page.locator("main form button[type=submit]").first.click()
    assert "/admin/" in page.url, page.url
    page.locator("#wagtail-sidebar, [data-wagtail-sidebar]").first.wait_for(state="attached")
    page.goto(live_site + "/admin/pages/")
    with urllib.request.urlopen(f"{live_site}/api/v2/pages/?slug=howto-quick", timeout=30) as answer:
        page_id = json.loads(answer.read())["items"][0]["id"]
    response = page.goto(f"{live_site}/admin/pages/{page_id}/edit/")
    assert response.status == 200
    assert "unsafe-inline" in response.headers["content-security-policy"]  # the documented admin policy
    page.locator(".c-sf-block__type").first.wait_for()  # the StreamField was drawn by its script
    assert violations == []
