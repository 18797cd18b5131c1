"""static/js/sentence-builder.js in Chromium, against the real views, without a server.

Playwright routes every request of the page to Django's test client in this process (see
``browser.py``), so the dialog talks to the real JSON endpoints and sees the demo flows of the test
database. Skipped when Chromium or Playwright is missing.
"""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from tests.e2e.harness import assert_accessible, chromium_browser, route_to_django

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

EDITOR = "http://testserver/editor/"
EXISTING = "前の職場では販売を担当していました。"
DRAFT = (
    "店舗で、リーダーとしてお客様や利用者への対応を行い、新人の指導を受け持ちました。"
    "また、マニュアルを作って、引き継ぎをしやすくしました。"
)

EDITOR_PAGE = """{% load static sentence_tags %}<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>様式2</title>
<link rel="stylesheet" href="{% static 'css/site.css' %}">
<link rel="stylesheet" href="{% static 'css/accounts.css' %}">
</head><body><main>
<div class="form-field"><label for="duties">職務内容</label>
<textarea id="duties" maxlength="1000" rows="4">{{ existing }}</textarea>
{% sentence_builder_button "job_duties" "duties" %}</div>
<div class="form-field"><label for="short">短い欄</label>
<textarea id="short" maxlength="40" rows="2">すでに書いた文。</textarea>
{% sentence_builder_button "job_duties" "short" %}</div>
<div id="rows"></div>
<template id="row"><div class="form-field"><label for="duties-new">職務内容（追加した行）</label>
<textarea id="duties-new" rows="4"></textarea>
{% sentence_builder_button "job_duties" "duties-new" %}</div></template>
</main></body></html>"""


@pytest.fixture(scope="module")
def chromium():
    with chromium_browser() as browser:
        yield browser


def editor_html() -> str:
    request = RequestFactory().get("/editor/")
    return Template(EDITOR_PAGE).render(Context({"request": request, "existing": EXISTING}))


@pytest.fixture
def page(chromium, client):
    html = editor_html()
    context = chromium.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP")
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    route_to_django(page, client, {"/editor/": html})
    page.goto(EDITOR)
    page.evaluate(
        """() => { window.inputEvents = [];
        document.addEventListener('input', e => window.inputEvents.push(e.target.id)); }"""
    )
    yield page
    assert errors == []
    context.close()


def answer_duties(dialog):
    dialog.get_by_label("お店（小売・飲食など）").check()
    dialog.get_by_label("リーダー・主任").check()
    dialog.get_by_label("お客様や利用者への対応").check()
    dialog.get_by_label("新人の指導").check()
    dialog.get_by_label("マニュアルを作って、引き継ぎをしやすくした").check()
    dialog.get_by_role("button", name="文をつくる").click()
    draft = dialog.get_by_label("下書き（自由に書き直せます）")
    draft.wait_for()
    return draft


def test_the_link_becomes_a_button_that_opens_the_flow_with_the_keyboard(page):
    button = page.get_by_role("button", name="例文をつくる").first
    # The box is part of the name (visually hidden), so several buttons on a sheet are told apart.
    assert button.get_attribute("aria-haspopup") == "dialog"
    assert page.get_by_role("button", name="（職務内容（様式2））").count() == 2
    button.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="職務内容の例文をつくる")
    dialog.get_by_role("group", name="質問1 主にどこで働いていましたか？").wait_for()
    assert dialog.locator("fieldset").count() == 4
    assert dialog.get_by_text("3個まで選べます。").is_visible()
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached")
    assert button.evaluate("el => el === document.activeElement")


def test_errors_come_back_in_japanese_next_to_each_question(page):
    page.get_by_role("button", name="例文をつくる").first.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("リーダー・主任").check()
    dialog.get_by_role("button", name="文をつくる").click()
    error = dialog.locator("#sb1-workplace-error")
    error.wait_for()
    assert error.inner_text() == "一つ選んでください。"
    group = dialog.get_by_role("group", name="質問1 主にどこで働いていましたか？")
    assert "sb1-workplace-error" in group.get_attribute("aria-describedby")
    assert dialog.locator("#sb1-position-error").is_hidden()
    assert page.evaluate("document.activeElement.id") == "sb1-workplace-0"
    assert dialog.get_by_label("リーダー・主任").is_checked()  # answers are kept


def test_the_edited_draft_is_appended_and_an_input_event_fires(page):
    page.get_by_role("button", name="例文をつくる").first.click()
    dialog = page.get_by_role("dialog")
    draft = answer_duties(dialog)
    assert draft.input_value() == DRAFT
    assert draft.evaluate("el => el === document.activeElement")
    draft.evaluate("el => { el.setSelectionRange(el.value.length, el.value.length); }")
    page.keyboard.type("後輩の相談にも乗りました。")
    dialog.get_by_role("button", name="この文を挿入").click()
    dialog.wait_for(state="detached")
    target = page.locator("#duties")
    assert target.input_value() == f"{EXISTING}\n{DRAFT}後輩の相談にも乗りました。"
    assert page.evaluate("window.inputEvents.filter(id => id === 'duties').length") == 1
    assert target.evaluate("el => el === document.activeElement")
    page.locator('[data-sentence-builder-status="duties"]').filter(has_text="例文を挿入しました。").wait_for()


def test_the_draft_goes_in_at_the_caret_without_replacing_a_selection(page):
    target = page.locator("#duties")
    target.click()
    # Select 「販売」: the selection is kept and the draft goes right after it.
    start = EXISTING.index("販売")
    target.evaluate(f"el => el.setSelectionRange({start}, {start + 2})")
    page.get_by_role("button", name="例文をつくる").first.click()
    dialog = page.get_by_role("dialog")
    answer_duties(dialog)
    dialog.get_by_role("button", name="この文を挿入").click()
    dialog.wait_for(state="detached")
    assert target.input_value() == EXISTING[: start + 2] + DRAFT + EXISTING[start + 2 :]


def test_a_draft_over_the_limit_is_not_inserted(page):
    page.get_by_role("button", name="例文をつくる").nth(1).click()
    dialog = page.get_by_role("dialog")
    answer_duties(dialog)
    dialog.get_by_role("button", name="この文を挿入").click()
    message = dialog.locator(".sb-result .field-error")
    assert message.inner_text() == "挿入すると、この欄の上限（40文字）を超えます。下書きを短くしてください。"
    assert dialog.get_by_label("下書き（自由に書き直せます）").get_attribute("aria-invalid") == "true"
    assert page.locator("#short").input_value() == "すでに書いた文。"
    # Shortened, it goes in.
    dialog.get_by_label("下書き（自由に書き直せます）").fill("店舗で接客を担当しました。")
    dialog.get_by_role("button", name="この文を挿入").click()
    dialog.wait_for(state="detached")
    assert page.locator("#short").input_value() == "すでに書いた文。\n店舗で接客を担当しました。"


def test_a_row_added_later_gets_a_working_button(page):
    page.evaluate(
        "() => document.getElementById('rows').append(document.getElementById('row').content.cloneNode(true))"
    )
    button = page.locator('[data-target="duties-new"]')
    button.wait_for()
    page.wait_for_function(
        "() => document.querySelector('[data-target=\"duties-new\"]').tagName === 'BUTTON'"
    )
    button.click()
    dialog = page.get_by_role("dialog")
    answer_duties(dialog)
    dialog.get_by_role("button", name="この文を挿入").click()
    dialog.wait_for(state="detached")
    assert page.locator("#duties-new").input_value() == DRAFT


def test_the_dialog_passes_axe(page):

    page.get_by_role("button", name="例文をつくる").first.click()
    dialog = page.get_by_role("dialog")
    answer_duties(dialog)
    assert_accessible(page, "the sentence builder dialog with a draft")


def test_the_page_without_the_dialog_passes_axe_and_offers_copy(page):

    query = "workplace=store&position=leader&tasks=customer&tasks=training&achievement=manual&compose=1"
    page.goto(f"http://testserver/sentences/job-duties/?{query}&next=/editor/")
    assert page.get_by_label("下書き（自由に書き直せます）").input_value() == DRAFT
    assert page.get_by_role("button", name="文章をコピー").is_visible()
    assert page.get_by_role("link", name="戻る", exact=True).get_attribute("href") == "/editor/"
    assert_accessible(page, "the sentence builder page with a draft")
    page.goto("http://testserver/sentences/job-duties/?workplace=moon&compose=1")
    assert_accessible(page, "the sentence builder page with errors")
