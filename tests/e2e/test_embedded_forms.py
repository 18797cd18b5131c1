"""A guidance page with three embedded sheet forms, opened by a browser that has never visited the
site: whatever order the forms' fragments arrive in, typing into each one is autosaved — no CSRF
refusal, no "login expired" message, nothing lost.

The fragments are held back and released in a chosen order (Playwright routing), so every order
is tried. On a first visit the three requests leave the browser at once, before any CSRF cookie
exists, so each response sets a cookie of its own and only the last one is kept by the browser.
The test makes that certain: it asks the server for each fragment itself, without cookies, and
hands the answers to the browser in the chosen order, storing each answer's cookie as it goes.
"""

import itertools
import json
import urllib.request

import pytest

pytestmark = pytest.mark.e2e

PAGE = "/howto/howto-quick/"
CODES = ("1-1", "2", "3-1")


def hold_fragments(page):
    held = {}

    def hold(route):
        code = route.request.url.split("/card/sheets/")[1].split("/")[0]
        if code not in CODES:  # the page's other sheet forms (1-2) load as usual
            route.continue_()
            return
        held[code] = route

    page.route("**/card/sheets/*/fragment/**", hold)
    return held


def release_in_order(page, held, order, base):
    deadline = 200
    while len(held) < len(CODES) and deadline:
        page.wait_for_timeout(50)
        deadline -= 1
    assert sorted(held) == sorted(CODES), f"fragments requested: {sorted(held)}"
    for code in order:
        route = held[code]
        with urllib.request.urlopen(route.request.url, timeout=30) as answer:  # no cookie sent
            body = answer.read()
            content_type = answer.headers["Content-Type"]
            cookies = answer.headers.get_all("Set-Cookie") or []
        token = next(c.split(";")[0].split("=", 1)[1] for c in cookies if c.startswith("csrftoken="))
        page.context.add_cookies([{"name": "csrftoken", "value": token, "url": base}])
        path = f"/card/sheets/{code}/fragment/"
        with page.expect_response(lambda response, path=path: path in response.url):
            route.fulfill(status=200, headers={"Content-Type": content_type}, body=body)
    for code in CODES:
        page.locator(f'form[data-code="{code}"] [data-save-status]').wait_for(state="attached")


def type_into(page, code, text):
    form = page.locator(f'form[data-code="{code}"]')
    if code == "1-1":
        field = form.locator("textarea").first
    else:
        form.locator("[data-add-row]").first.click()
        field = form.locator("[data-rows] [data-row] textarea, [data-rows] [data-row] input[type=text]").first
    field.fill(text)
    field.blur()
    status = form.locator("[data-save-status]")
    status.filter(has_text="下書きを自動保存しました").wait_for(timeout=20_000)
    return status.inner_text()


def stored_text(live_site, context, code):
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in context.cookies())
    request = urllib.request.Request(f"{live_site}/api/v1/card/sheets/{code}/", headers={"Cookie": cookies})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.dumps(json.loads(response.read())["data"], ensure_ascii=False)


@pytest.mark.parametrize("order", list(itertools.permutations(CODES)), ids="-".join)
def test_a_first_visit_autosaves_every_embedded_form_in_any_load_order(browser, live_site, order):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    page = context.new_page()
    page.set_default_timeout(15_000)
    messages = []
    page.on("console", lambda message: messages.append(message.text) if message.type == "error" else None)
    try:
        held = hold_fragments(page)
        page.goto(live_site + PAGE)
        release_in_order(page, held, order, live_site)
        texts = {code: f"{code}の下書き（{'-'.join(order)}の順に読み込み）" for code in CODES}
        for code in order:
            status = type_into(page, code, texts[code])
            assert "ログイン" not in status
        body = page.locator("main").inner_text()
        assert "有効期限" not in body
        for code in CODES:
            assert texts[code] in stored_text(live_site, context, code)
        assert not [m for m in messages if "403" in m or "TypeError" in m], messages
    finally:
        context.close()
