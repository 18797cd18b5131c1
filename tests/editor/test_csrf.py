"""A form refused for its CSRF token: a Japanese page that keeps what was typed and sends it again
in one click; scripts get a reason and a fresh token. Never Django's own 403 page."""

import re

import pytest
from django.test import Client

from sheets.cards import SESSION_KEY
from sheets.models import Card, SheetEntry

pytestmark = pytest.mark.django_db

TEXT = "人と話すことが好きで、相手の話を最後まで聞くようにしています。"
FORM = {
    "lock_version": "0",
    "action": "draft",
    "career_plan-values_interests": TEXT,
    "csrfmiddlewaretoken": "stale-token-from-an-old-page-0123456789abcdefghijklmnopqrstuvw",
}


@pytest.fixture
def browser():
    client = Client(enforce_csrf_checks=True)
    client.get("/card/sheets/1-1/")  # sets the csrftoken cookie, as a first visit does
    client.cookies["csrftoken"] = "A" * 32  # …which then changed (another tab, an expired cookie)
    return client


def test_a_refused_form_is_explained_in_japanese_with_the_typed_text_kept(browser):
    response = browser.post("/card/sheets/1-1/", FORM, HTTP_REFERER="http://testserver/card/sheets/1-1/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "送信を受け付けられませんでした" in html
    assert "Forbidden" not in html and "CSRF verification failed" not in html
    assert f'value="{TEXT}"' in html  # kept as a field of the resend form
    assert "もう一度送信する" in html
    assert "stale-token-from-an-old-page" not in html


def test_one_click_sends_the_same_text_again_and_it_is_saved(browser):
    response = browser.post("/card/sheets/1-1/", FORM, HTTP_REFERER="http://testserver/card/sheets/1-1/")
    html = response.content.decode()
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    fields["csrfmiddlewaretoken"] = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    resent = browser.post("/card/sheets/1-1/", fields, HTTP_REFERER="http://testserver/card/sheets/1-1/")
    assert resent.status_code == 302
    card = Card.objects.for_anonymous_key(browser.session[SESSION_KEY]).get()
    entry = SheetEntry.objects.get(card=card, sheet_code="1-1")
    assert entry.current_data["values_interests"] == TEXT


def test_a_request_from_another_site_gets_no_resend_form(browser):
    response = browser.post("/card/sheets/1-1/", FORM, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    html = response.content.decode()
    assert "送信を受け付けられませんでした" in html
    assert "もう一度送信する" not in html
    assert TEXT not in html


def test_english_under_en(browser):
    response = browser.post(
        "/en/card/sheets/1-1/", FORM, HTTP_REFERER="http://testserver/en/card/sheets/1-1/"
    )
    assert response.status_code == 403
    assert "could not be accepted" in response.content.decode()


def test_a_script_gets_a_reason_and_can_fetch_a_fresh_token(browser):
    response = browser.post(
        "/card/sheets/1-1/autosave/", FORM, HTTP_ACCEPT="application/json", HTTP_IF_MATCH='"0"'
    )
    assert response.status_code == 403
    assert response.json()["reason"] == "csrf"
    token = browser.get("/card/csrf/", HTTP_ACCEPT="application/json").json()["token"]
    retried = browser.post(
        "/card/sheets/1-1/autosave/",
        {**FORM, "csrfmiddlewaretoken": token},
        HTTP_ACCEPT="application/json",
        HTTP_IF_MATCH='"0"',
        HTTP_X_CSRFTOKEN=token,
        HTTP_REFERER="http://testserver/card/sheets/1-1/",
    )
    assert retried.status_code == 200
    assert retried.json()["lock_version"] == 1
