"""job tag both ways (#18 item 6): from an occupation's page, 「この職業で様式2の職務を書き始める」 opens
様式2 with a blank 職務経歴 row whose 職務内容 picker already shows the occupation's task lines."""

import pytest

pytestmark = pytest.mark.e2e


def test_starting_sheet_2_from_an_occupation(browser, live_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(live_site + "/occupations/?q=看護師")
    page.get_by_role("link", name="看護師", exact=True).first.click()
    jobtag = page.get_by_role("link", name="job tag（職業情報提供サイト）で「看護師」を見る")
    assert "shigoto.mhlw.go.jp/User/Occupation/Detail/" in jobtag.get_attribute("href")

    page.get_by_role("link", name="この職業で様式2の職務を書き始める").click()
    page.wait_for_url("**/card/sheets/2/?occupation=*")
    picker = page.locator('[data-occupation-picker][data-target="id_jobs-0-duties"]')
    boxes = picker.locator(".occupation-picker__option input[type=checkbox]")
    boxes.first.wait_for()
    assert (
        picker.get_by_role("button", name="職業の仕事内容から選んで入れる").get_attribute("aria-expanded")
        == "true"
    )
    first = boxes.nth(0).get_attribute("value")
    boxes.nth(0).check()
    picker.get_by_role("button", name="挿入する").click()
    assert page.locator("#id_jobs-0-duties").input_value() == "・" + first
    context.close()
