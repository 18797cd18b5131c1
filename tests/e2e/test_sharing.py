"""Sharing in real browsers: the demo person shares 1-1 and 2 by code with the demo Hello Work
consultant, who sets up two-step verification, reads, writes the consultant box; the person sees it,
agrees, and stops sharing; the consultant's next request is refused. Phone (390 px) for the person,
desktop (1280 px) for the consultant. Screenshots go to tests/e2e/screenshots/ (sharing-*).
"""

import base64
import hashlib
import hmac
import re
import struct
import time

import pytest

from tests.e2e.test_walkthrough import assert_accessible, shoot

pytestmark = pytest.mark.e2e

CODE = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")


def _sign_in(page, live_site, email, password):
    page.goto(f"{live_site}/accounts/login/")
    page.get_by_label("メールアドレス").fill(email)
    page.get_by_label("パスワード").fill(password)
    page.get_by_role("button", name="ログインする").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def _totp(secret: str) -> str:
    """The authenticator app's 6-digit code now (RFC 6238: HMAC-SHA1, 30 s)."""
    key = base64.b32decode(secret.replace(" ", "").upper() + "=" * (-len(secret.replace(" ", "")) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


def _pass_two_step(page, live_site, secret_box, password):
    """Set up the authenticator on first visit (after confirming the password), then enter a fresh
    code when asked again."""
    if "/reauthenticate/" in page.url and page.locator('input[name="password"]').count():
        page.locator('input[name="password"]').fill(password)
        page.get_by_role("button", name="確認する").click()
        page.wait_for_load_state()
    if "/2fa/totp/activate/" in page.url:
        secret_box.append(page.locator("code.secret").inner_text().strip())
        page.locator('input[name="code"]').fill(_totp(secret_box[0]))
        page.get_by_role("button", name="設定する").click()
        page.wait_for_load_state()
    for _ in range(3):
        if "/supporter/" in page.url and "/2fa/" not in page.url and "/reauthenticate/" not in page.url:
            return
        if "/recovery-codes/" in page.url or ("/2fa/" in page.url and "reauthenticate" not in page.url):
            page.goto(f"{live_site}/supporter/")
            continue
        time.sleep(31 - time.time() % 30)  # a code is used once: wait for the next one
        page.locator('input[name="code"]').fill(_totp(secret_box[0]))
        page.locator('input[name="code"]').press("Enter")
        page.wait_for_load_state()


def test_share_read_write_agree_and_stop(browser, live_site, screenshot_dir):
    person = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP").new_page()
    consultant = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP").new_page()
    for p in (person, consultant):
        p.set_default_timeout(20_000)

    # The person chooses what to share and sees it before the code exists.
    _sign_in(person, live_site, "misaki@example.jp", "jobcard-person-2026")
    person.goto(f"{live_site}/sharing/new/")
    person.get_by_role("button", name="相手に見える内容を確認する").click()
    person.get_by_text("共有する様式を1つ以上選んでください。").first.wait_for()  # said next to it
    person.get_by_label(re.compile(r"^様式1-1 ")).check()
    person.get_by_label(re.compile(r"^様式2 ")).check()
    person.get_by_role("button", name="相手に見える内容を確認する").click()
    person.get_by_role("heading", name="相手に見える内容の確認").wait_for()
    assert "経理" in person.locator("main").inner_text()
    assert_accessible(person, "the share preview")
    person.get_by_role("button", name="この内容で共有コードを発行する").click()
    code = CODE.search(person.locator(".share-code").inner_text()).group(0)
    assert person.locator(".share-qr svg").count() == 1
    shoot(person, screenshot_dir, "sharing-01-code-390")
    assert_accessible(person, "the share code")

    # The consultant signs in with two-step verification and receives the code.
    _sign_in(consultant, live_site, "takahashi@hw-yokohama.example.jp", "jobcard-consultant-2026")
    consultant.goto(f"{live_site}/supporter/receive/")
    _pass_two_step(consultant, live_site, [], "jobcard-consultant-2026")
    consultant.goto(f"{live_site}/supporter/receive/")
    consultant.get_by_label("共有コード").fill(code.lower().replace("-", " "))
    consultant.get_by_role("button", name="受け取る").click()
    consultant.get_by_text("佐藤 美咲 さんのジョブ・カードを受け取りました。").wait_for()
    share_url = consultant.url
    consultant.get_by_role("link", name=re.compile(r"様式1-1 ")).click()
    assert "経理" in consultant.locator("main").inner_text()
    consultant.get_by_role("button", name="記入欄に記入する").click()  # the person's edits now wait
    consultant.get_by_role("button", name="記入をやめる").wait_for()
    consultant.get_by_label("キャリアコンサルティング実施者の氏名").fill("高橋 由紀")
    consultant.get_by_label("登録番号").fill("17001234")
    consultant.get_by_label("キャリアコンサルティング実施者のコメント").fill(
        "経理の実務経験を強みとして整理し、簿記2級の取得を当面の目標にすることで合意しました。"
    )
    consultant.get_by_role("button", name="記入欄を保存する").click()
    consultant.get_by_text("記入欄を保存しました。").wait_for()
    sheet_url = consultant.url
    shoot(consultant, screenshot_dir, "sharing-02-consultant-1280")
    assert_accessible(consultant, "the consultant's sheet page")

    # The person sees what was written, agrees, and stops sharing.
    person.goto(f"{live_site}/mypage/")
    assert person.get_by_text("支援者が記入した欄があります").is_visible()
    person.get_by_role("link", name=re.compile("キャリアコンサルティング実施者の記入欄")).first.click()
    assert "簿記2級の取得を当面の目標" in person.locator("main").inner_text()
    person.get_by_label("本人同意済み").check()
    person.get_by_role("button", name="入力内容を確認する").click()
    person.get_by_role("button", name="保存する").click()
    person.goto(f"{live_site}/mypage/")
    # Agreed: 1-1's box leaves the list (the demo company's 3-3-1-1 in progress still waits there).
    assert person.get_by_role("link", name=re.compile("キャリアコンサルティング実施者の記入欄")).count() == 0
    person.goto(f"{live_site}/sharing/")
    assert "高橋 由紀" in person.locator("main").inner_text()  # 閲覧・記入の履歴
    person.get_by_role("button", name=re.compile("共有をやめる")).first.click()
    person.get_by_text("との共有をやめました").wait_for()

    # The consultant's next request is refused.
    assert consultant.goto(sheet_url).status == 404
    assert consultant.goto(share_url).status == 404


def _choose(page, name: str, value: str) -> None:
    field = page.locator(f'[name="{name}"]')
    if field.first.evaluate("element => element.tagName") == "SELECT":
        field.select_option(value)
    else:
        page.locator(f'[name="{name}"][value="{value}"]').check()


def test_a_company_rates_differently_explains_it_and_the_persons_pdf_shows_both(
    browser, live_site, screenshot_dir
):
    """The demo company fills 3-3-1-1 for the demo person: one rating changed from hers, refused until
    総評 explains it; the person's PDF then shows her 自己評価 and the company's rating side by side."""
    import io

    from pypdf import PdfReader

    company = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP").new_page()
    company.set_default_timeout(20_000)
    _sign_in(company, live_site, "kobayashi@minato-kaikei.example.jp", "jobcard-company-2026")
    company.goto(f"{live_site}/supporter/")
    _pass_two_step(company, live_site, [], "jobcard-company-2026")
    company.goto(f"{live_site}/supporter/")
    company.get_by_role("link", name=re.compile("佐藤 美咲")).first.click()
    company.get_by_role("link", name=re.compile(r"様式3-3-1-1")).first.click()
    company.get_by_role("button", name="記入欄に記入する").click()
    company.get_by_role("button", name="記入をやめる").wait_for()

    # 法令や職場のルール…: she rated herself A; the company says B.
    rating = "basic_abilities-basic_abilities__work_attitude__c1__company_rating"
    _choose(company, rating, "B")
    company.get_by_role("button", name="記入欄を保存する").click()
    company.get_by_text("総評に、評価が異なる理由を書いてください").first.wait_for()
    assert company.locator(f'[name="{rating}"]').first.is_visible()
    shoot(company, screenshot_dir, "sharing-03-company-needs-reason-1280")
    assert_accessible(company, "the company's 3-3-1-1 with an error")
    company.get_by_label("総評").fill(
        "時間や手順はよく守れていましたが、社内ルールの確認を先輩に頼る場面が多かったため、"
        "「法令や職場のルール」はBとしました。ビジネスマナーは電話応対が丁寧で、Aと評価します。"
    )
    company.get_by_role("button", name="記入欄を保存する").click()
    company.get_by_text("記入欄を保存しました。").wait_for()

    # The person downloads 3-3-1-1: both ratings and the reason.
    person = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP").new_page()
    person.set_default_timeout(30_000)
    _sign_in(person, live_site, "misaki@example.jp", "jobcard-person-2026")
    person.goto(f"{live_site}/card/download/?sheet=3-3-1-1&format=pdf")
    with person.expect_download() as download_info:
        person.get_by_role("button", name="ダウンロードする").click()
    pdf = PdfReader(io.BytesIO(open(download_info.value.path(), "rb").read()))
    text = "".join(page.extract_text() for page in pdf.pages)
    assert "社内ルールの確認を先輩に頼る場面が多かった" in text
    row = re.search(r"法令や職場のルール[^\n]*(?:\n[^\n]*){0,2}", text).group(0)
    assert re.search(r"A\s*B", row), row  # 自己評価 A, 企業評価 B on her row
