"""Offers (スカウト) in real browsers, the "Done when" of #19: the demo company posts a job, the demo
person (opted in) sees it with its reasons and gaps, the company sends an offer, the person accepts
and the company then sees the shared sheets at /supporter/ — those, and no others.

Desktop (1280 px) for the company's recruiter, phone (390 px) for the person. Screenshots go to
tests/e2e/screenshots/ (offer-*).
"""

import re
import time

import pytest

from tests.e2e.harness import assert_accessible, shoot
from tests.e2e.test_sharing import _sign_in, _totp

pytestmark = pytest.mark.e2e

RECRUITER = ("yamamoto@yokohama-keiri.example.jp", "jobcard-recruiter-2026")
PERSON = ("misaki@example.jp", "jobcard-person-2026")
TITLE = "経理スタッフ（横浜市関内・正社員・E2E）"
MESSAGE = "様式2の請求書発行と月次決算のご経験を拝見しました。一度オンラインでお話しできませんか。"


def _two_step(page, live_site, target, password):
    """Reach ``target`` (a company page) past the password check and the authenticator: set it up
    on the first visit, then enter a fresh code whenever asked again."""
    page.goto(f"{live_site}{target}")
    secret = []
    for _ in range(6):
        page.wait_for_load_state()
        url = page.url
        if url.startswith(f"{live_site}{target}"):
            return
        if "/reauthenticate/" in url and page.locator('input[name="password"]').count():
            page.locator('input[name="password"]').fill(password)
            page.get_by_role("button", name="確認する").click()
        elif "/2fa/totp/activate/" in url:
            secret.append(page.locator("code.secret").inner_text().strip())
            page.locator('input[name="code"]').fill(_totp(secret[0]))
            page.get_by_role("button", name="設定する").click()
        elif "/reauthenticate/" in url or "/2fa/authenticate/" in url:
            time.sleep(31 - time.time() % 30)  # a code is used once: wait for the next one
            page.locator('input[name="code"]').fill(_totp(secret[0]))
            page.locator('input[name="code"]').press("Enter")
        else:  # the recovery codes shown after the setup, or any page in between
            page.goto(f"{live_site}{target}")
    raise AssertionError(f"two-step verification did not lead to {target} (at {page.url})")


def test_company_posts_person_sees_offer_accept_and_shared_sheets(browser, live_site, screenshot_dir):
    company = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP").new_page()
    person = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP").new_page()
    for p in (company, person):
        p.set_default_timeout(20_000)

    # The company's recruiter signs in with two-step verification and posts a job.
    _sign_in(company, live_site, *RECRUITER)
    _two_step(company, live_site, "/matching/company/", RECRUITER[1])
    company.get_by_role("link", name="求人を作成する").click()
    company.get_by_label("求人のタイトル", exact=True).fill(TITLE)
    company.get_by_label("職業（job tag）", exact=True).fill("経理事務")
    company.get_by_role("button", name="job tag のタスクを表示する").click()
    company.get_by_role("group", name="仕事の内容（job tag のタスクから選ぶ）").wait_for()
    tasks = company.get_by_role("group", name="仕事の内容（job tag のタスクから選ぶ）").get_by_role(
        "checkbox"
    )
    assert tasks.count() >= 3
    for n in range(3):
        tasks.nth(n).check()
    company.get_by_label("仕事の内容（自由記述）").fill("請求書の発行と入金の確認をする。")
    company.get_by_label("必須の免許・資格").fill("日商簿記2級")  # the demo person holds 3級: a gap
    company.get_by_label("求める経験年数").fill("2")
    company.get_by_label("勤務地（都道府県）").select_option("神奈川県")
    company.get_by_label("勤務地（市区町村）").fill("横浜市中区")
    company.get_by_label("雇用形態").select_option("regular")
    company.get_by_label("賃金の下限").fill("230000")
    company.get_by_label("賃金の上限").fill("300000")
    company.get_by_label("週の所定労働時間").fill("40")
    company.get_by_label("勤務時間", exact=True).fill("9:00〜18:00（休憩60分）")
    company.get_by_role("button", name="求人を保存する").click()
    company.wait_for_load_state()
    errors = company.locator(".error-summary")
    assert not errors.count(), errors.inner_text()
    company.get_by_text("求人を保存しました。公開しています。").wait_for()
    assert TITLE in company.locator("main").inner_text()
    assert_accessible(company, "the company's postings")

    # The demo person opts in to be found and sees the posting with its reasons and gaps.
    _sign_in(person, live_site, *PERSON)
    person.goto(f"{live_site}/matching/settings/")
    person.get_by_label("企業から見つけてもらう").check()
    person.get_by_label("希望する勤務地（都道府県）").select_option("神奈川県")
    person.get_by_role("button", name="保存する").click()
    person.get_by_text("マッチングの設定を保存しました。").wait_for()
    person.goto(f"{live_site}/matching/")
    item = person.locator(".match-item").filter(has=person.get_by_role("link", name=TITLE))
    assert item.count() == 1, "the new posting is among the person's recommendations"
    text = item.inner_text()
    assert "この求人があなたに合う理由" in text and "根拠" in text
    assert re.search(r"足りないもの：\d+件", text)
    item.get_by_role("link", name=TITLE).click()
    person.get_by_role("heading", name="足りないもの").wait_for()
    gaps = person.locator(".match-gaps").inner_text()
    assert "日商簿記" in gaps and "次の一歩" in gaps
    assert person.get_by_role("heading", name="この求人があなたに合う理由").is_visible()
    shoot(person, screenshot_dir, "offer-01-posting-390")

    # The company finds the anonymised candidate and sends an offer.
    company.goto(f"{live_site}/matching/company/")
    row = company.locator("tr").filter(has_text=TITLE)
    row.get_by_role("link", name=re.compile("候補者を見る")).click()
    candidate = company.locator(".candidate").first
    candidate.wait_for()
    listing = company.locator("main").inner_text()
    for secret in ("佐藤", "美咲", "misaki@"):
        assert secret not in listing, secret
    assert "この方が合う理由" in listing
    candidate.get_by_role("link", name=re.compile("スカウトを送る")).click()
    company.get_by_role("button", name="スカウトを送る").click()  # empty: said in Japanese
    company.get_by_text("メッセージを入力してください。").first.wait_for()  # after the reload
    company.get_by_label("メッセージ", exact=True).fill(MESSAGE)
    company.get_by_label(re.compile(r"^様式2 ")).check()
    company.get_by_label(re.compile(r"^様式3-1 ")).check()
    assert_accessible(company, "the offer form")
    company.get_by_role("button", name="スカウトを送る").click()
    company.get_by_text("にスカウトを送りました。").wait_for()
    assert "この求人のスカウトを送っています。" in company.locator("main").inner_text()
    shoot(company, screenshot_dir, "offer-02-sent-1280")

    # The person reads the offer and accepts, sharing 様式2 only (3-1 was asked for too).
    person.goto(f"{live_site}/matching/offers/")
    person.get_by_role("link", name=re.compile(re.escape(TITLE))).click()
    person.get_by_role("heading", name="承諾する").wait_for()
    assert MESSAGE in person.locator("main").inner_text()
    assert_accessible(person, "the offer")
    shoot(person, screenshot_dir, "offer-03-offer-390")
    person.get_by_label(re.compile(r"^様式3-1 ")).uncheck()
    assert person.get_by_label(re.compile(r"^様式2 ")).is_checked()
    person.get_by_role("button", name="承諾して共有する").click()
    person.get_by_text("スカウトを承諾し、").wait_for()
    assert "共有中です" in person.locator("main").inner_text()

    # The company sees the person by name now, and the shared sheet — only that one.
    company.goto(f"{live_site}/supporter/")
    row = company.locator("tr").filter(has_text="佐藤 美咲")
    assert row.locator("td").nth(1).inner_text().strip() == "2"  # the sheets shared: 様式2 only
    row.get_by_role("link", name="佐藤 美咲").click()
    company.get_by_role("link", name=re.compile(r"様式2 ")).click()
    assert "請求書" in company.locator("main").inner_text()
    shoot(company, screenshot_dir, "offer-04-shared-1280")
    share_page = company.url.split("/sheets/", 1)[0]
    assert company.goto(f"{share_page}/sheets/3-1/").status == 404
    assert company.goto(f"{share_page}/sheets/1-1/").status == 404
