"""The Job Card in a real browser: an anonymous card (1-1, 2 with three job periods, 3-1), sign-up
and the card adopted, two tabs editing the same sheet and the conflict resolved, an old version
restored. Autosave, rows added in place, the check page and axe-core on the editor pages.
Screenshots go to tests/e2e/screenshots/.
"""

import re
import uuid
from urllib.parse import urlparse

import pytest

from tests.e2e.test_accounts import PASSWORD, read_mail
from tests.e2e.test_walkthrough import assert_accessible, shoot

pytestmark = pytest.mark.e2e

JOBS = [
    ("2012-04", "2016-03", "株式会社みなと商事", "請求書の発行と経費精算を担当しました。"),
    ("2016-04", "2021-09", "さくら会計事務所", "記帳代行と給与計算の補助を行いました。"),
    ("2021-10", "現在", "株式会社ひかり物流", "倉庫内の在庫管理と配送計画の作成を担当しています。"),
]


def wait_autosaved(page, form=None):
    status = (form or page).locator("[data-save-status]")
    status.filter(has_text="下書きを自動保存しました").wait_for()


def check_and_save(page, live_site, code):
    with page.expect_navigation():
        page.get_by_role("button", name="入力内容を確認する").click()
    assert urlparse(page.url).path == f"/card/sheets/{code}/check/", page.locator("main").inner_text()[:500]
    with page.expect_navigation():
        page.get_by_role("button", name="保存する").click()
    assert urlparse(page.url).path == "/card/"


def test_card_from_anonymous_start_to_restore(browser, live_site, mail_sources, screenshot_dir):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP")
    page = context.new_page()
    page.set_default_timeout(15_000)

    # The task list, anonymously.
    page.goto(live_site + "/card/")
    page.get_by_role("heading", level=1, name="ジョブ・カードの作成").wait_for()
    assert page.locator(".status--not_started").count() == 5
    assert_accessible(page, "the task list")

    # 様式1-1: type, leave the field → autosaved; the counter follows.
    page.goto(live_site + "/card/sheets/1-1/")
    strengths = page.locator("#id_career_plan-strengths")
    strengths.fill("正確で丁寧な事務処理が得意です。")
    assert page.locator("#id_career_plan-strengths-count").inner_text().startswith("16 / 1000")
    page.locator("#id_career_plan-future_work").click()
    wait_autosaved(page)
    page.locator("#id_header-entry_date").fill("2026-11-01")
    page.locator("details.field-help__item summary").first.click()  # 記入例, on request only
    shoot(page, screenshot_dir, "card-01-editor-1-1")
    assert_accessible(page, "the 1-1 editor")
    check_and_save(page, live_site, "1-1")

    # 様式2: three job periods, rows added in place (JavaScript on).
    page.goto(live_site + "/card/sheets/2/")
    for index, (start, end, company, duties) in enumerate(JOBS):
        page.get_by_role("button", name=re.compile("職務経歴を1件追加")).click()
        row = page.locator(f"#row-jobs-{index}")
        row.wait_for()
        assert row.locator("[data-row-number]").inner_text() == str(index + 1)
        page.locator(f"#id_jobs-{index}-period_from").fill(start)
        page.locator(f"#id_jobs-{index}-period_to").fill(end)
        page.locator(f"#id_jobs-{index}-company_name").fill(company)
        page.locator(f"#id_jobs-{index}-duties").fill(duties)
    assert page.locator("input[name=jobs-TOTAL_FORMS]").input_value() == "3"
    page.locator("#id_header-entry_date").fill("2026-11-01")
    wait_autosaved(page)
    shoot(page, screenshot_dir, "card-02-editor-2")
    assert_accessible(page, "the 2 editor with three rows")
    check_and_save(page, live_site, "2")

    # 様式3-1: one qualification.
    page.goto(live_site + "/card/sheets/3-1/")
    page.get_by_role("button", name=re.compile("を1件追加")).first.click()
    page.locator("#id_qualifications-0-name").fill("日商簿記検定2級")
    page.locator("#id_qualifications-0-acquired").fill("2019-11")
    check_and_save(page, live_site, "3-1")
    assert page.locator(".status--saved").count() == 3
    shoot(page, screenshot_dir, "card-03-task-list")

    # Register: the card joins the new account once the address is confirmed.
    address = f"card-{uuid.uuid4().hex[:10]}@example.jp"
    page.goto(live_site + "/accounts/signup/")
    page.locator("#id_email").fill(address)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="登録する").click()
    mails = read_mail(mail_sources, address)
    link = re.findall(r"https?://\S+/accounts/confirm-email/\S+/", mails[-1][1])[0]
    page.goto(live_site + urlparse(link).path)
    with page.expect_navigation():
        page.get_by_role("button", name="確認する").click()
    page.goto(live_site + "/mypage/")
    page.get_by_role("heading", level=1, name="マイページ").wait_for()
    assert page.locator(".status--saved").count() == 3
    assert "株式会社ひかり物流" not in page.content()  # my page lists, it does not dump content
    shoot(page, screenshot_dir, "card-04-mypage")
    assert_accessible(page, "my page")

    # Two tabs on 1-1: the second tab's autosave is refused and the person chooses.
    tab_a, tab_b = page, context.new_page()
    tab_a.goto(live_site + "/card/sheets/1-1/")
    tab_b.goto(live_site + "/card/sheets/1-1/")
    tab_a.locator("#id_career_plan-strengths").fill("タブAで書いた強み")
    tab_a.locator("#id_career_plan-values_interests").click()
    wait_autosaved(tab_a)
    tab_b.locator("#id_career_plan-strengths").fill("タブBで書いた強み")
    tab_b.locator("#id_career_plan-values_interests").click()
    compare = tab_b.get_by_role("button", name="内容を比べて選ぶ")
    compare.wait_for()
    with tab_b.expect_navigation():
        compare.click()
    tab_b.get_by_role("heading", name=re.compile("先に更新されました")).wait_for()
    main = tab_b.locator("main").inner_text()
    assert "タブAで書いた強み" in main and "タブBで書いた強み" in main
    shoot(tab_b, screenshot_dir, "card-05-conflict")
    assert_accessible(tab_b, "the conflict page")
    tab_b.locator("#choice-strengths-mine").check()
    with tab_b.expect_navigation():
        tab_b.get_by_role("button", name="選んだ内容で続ける").click()
    assert tab_b.locator("#id_career_plan-strengths").input_value() == "タブBで書いた強み"
    check_and_save(tab_b, live_site, "1-1")

    # History: the first saved version comes back.
    tab_b.goto(live_site + "/card/sheets/1-1/history/")
    links = tab_b.get_by_role("link", name=re.compile("この版を見る"))
    assert links.count() == 2
    with tab_b.expect_navigation():
        links.last.click()
    assert "正確で丁寧な事務処理が得意です。" in tab_b.locator("main").inner_text()
    with tab_b.expect_navigation():
        tab_b.get_by_role("button", name="この版に戻す").click()
    tab_b.goto(live_site + "/card/sheets/1-1/")
    assert tab_b.locator("#id_career_plan-strengths").input_value() == "正確で丁寧な事務処理が得意です。"
    context.close()


def test_offline_autosave_keeps_the_text_and_retries(page, live_site):
    page.goto(live_site + "/card/sheets/1-2/")
    page.context.set_offline(True)
    text = "ゼミで地域の商店街を調査しました。"
    box = page.locator("#id_activities-school_activities")
    box.fill(text)
    page.locator("#id_career_plan-strengths").click()
    page.locator("[data-save-status]").filter(has_text="通信できないため").wait_for()
    assert box.input_value() == text
    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    wait_autosaved(page)
    page.reload()
    assert page.locator("#id_activities-school_activities").input_value() == text


def test_autosave_says_when_rows_past_the_limit_were_not_kept(page, live_site):
    """#14 item 9: a submission saying 4,000 rows keeps 200, and the status line says so."""
    page.goto(live_site + "/card/sheets/2/")
    page.locator("[data-add-row]").first.click()
    page.evaluate("document.querySelector('input[name=\"jobs-TOTAL_FORMS\"]').value = '4000'")
    field = page.locator("[data-rows] [data-row] input[type=text]").first
    field.fill("株式会社テスト")
    field.blur()
    status = page.locator("[data-save-status]")
    status.filter(has_text="保存していない行があります").wait_for()
    text = status.inner_text()
    assert "200行まで" in text and "3,800行は保存していません" in text and "職務経歴" in text
