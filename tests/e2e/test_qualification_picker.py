"""様式3-1: qualifications chosen from an occupation become new rows, each name in the row's
「免許・資格の名称」 column — addressed by its name (data-qualification-field), not by position."""

import pytest

pytestmark = pytest.mark.e2e


def test_chosen_qualifications_fill_the_name_column_of_new_rows(browser, live_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(live_site + "/card/sheets/3-1/")
    section = page.locator("#repeat-qualifications")
    assert section.get_attribute("data-qualification-field") == "name"

    section.get_by_role("button", name="職業に関連する資格から選ぶ").click()
    section.get_by_label("職業名で探す").fill("看護師")
    section.get_by_role("button", name="探す", exact=True).click()
    section.get_by_role("button", name="看護師", exact=True).click()
    boxes = section.locator(".occupation-picker__option input[type=checkbox]")
    boxes.first.wait_for()
    chosen = [boxes.nth(0).get_attribute("value"), boxes.nth(1).get_attribute("value")]
    boxes.nth(0).check()
    boxes.nth(1).check()
    section.get_by_role("button", name="挿入する").click()

    for index, name in enumerate(chosen):
        assert page.locator(f"#id_qualifications-{index}-name").input_value() == name
        assert page.locator(f"#id_qualifications-{index}-authority").input_value() == ""
        assert page.locator(f"#id_qualifications-{index}-acquired").input_value() == ""
    assert page.locator("input[name=qualifications-TOTAL_FORMS]").input_value() == "2"
    context.close()
