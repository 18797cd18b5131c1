"""#14 item 8: wrong reference codes slow the guessing browser down, not the whole room.

Before: 20 wrong codes from one address blocked that address for 10 minutes, so one person
guessing in a school room or at a Hello Work counter locked out everyone behind the same address."""

import pytest
from django.test import Client
from django.urls import reverse

from diagnosis import views
from tests.diagnosis.test_views import reference_code, take

pytestmark = pytest.mark.django_db

ROOM = "203.0.113.7"  # one address for the whole room
WRONG = ["ACDE-FGHJ-KMNP", "CDEF-GHJK-MNPQ", "DEFG-HJKM-NPQR", "EFGH-JKMN-PQRT"]


def browser(address=ROOM) -> Client:
    """A browser with its own CSRF cookie (what every real POST carries), as Django issues it."""
    client = Client(enforce_csrf_checks=True, REMOTE_ADDR=address)
    assert client.get(reverse("diagnosis:code")).status_code == 200
    assert client.cookies["csrftoken"].value
    return client


def post_code(client, code):
    token = client.cookies["csrftoken"].value
    return client.post(reverse("diagnosis:code"), {"code": code, "csrfmiddlewaretoken": token})


def guess_wrong(client, times):
    for index in range(times):
        response = post_code(client, WRONG[index % len(WRONG)])
        assert response.status_code == 200  # 「見つかりませんでした」, next to the field
        assert "この参照コードの結果は見つかりませんでした" in response.content.decode()


def a_real_code() -> str:
    owner = Client()
    take(owner)
    return reference_code(owner)


def test_the_guessing_browser_is_slowed_with_the_time_to_try_again():
    code = a_real_code()
    guesser = browser()
    guess_wrong(guesser, views.CODE_ATTEMPTS)
    response = post_code(guesser, code)  # even a right code waits: otherwise guessing goes on
    assert response.status_code == 429
    html = response.content.decode()
    assert "しばらく時間をおいてから" in html and "ごろ（約10分後）から、また入力できます" in html
    assert 0 < int(response["Retry-After"]) <= views.CODE_WINDOW_SECONDS
    assert 'value="' + code + '"' in html  # what was typed is kept


def test_another_browser_at_the_same_address_still_gets_in():
    code = a_real_code()
    guess_wrong(browser(), views.CODE_ATTEMPTS)
    neighbour = browser()  # the next person in the same room
    response = post_code(neighbour, code)
    assert response.status_code == 302 and response["Location"] == reverse("diagnosis:result")
    assert neighbour.get(reverse("diagnosis:result")).status_code == 200


def test_a_guesser_who_drops_cookies_is_held_by_the_address_ceiling(monkeypatch):
    monkeypatch.setattr(views, "CODE_ATTEMPTS_PER_ADDRESS", 6)
    for _ in range(3):
        guess_wrong(browser(), 2)  # a fresh cookie every two guesses
    assert post_code(browser(), WRONG[0]).status_code == 429
    assert post_code(browser("198.51.100.9"), WRONG[0]).status_code == 200  # another place is not


def test_one_code_is_not_guessed_from_many_addresses():
    prefix = "ACDE-FGHJ-"
    endings = ["KMNP", "KMNQ", "KMNR", "KMNT", "KMNU"]
    for index in range(views.CODE_ATTEMPTS_PER_TARGET):
        client = browser(f"192.0.2.{index + 1}")
        assert post_code(client, prefix + endings[index % len(endings)]).status_code == 200
    fresh = browser("192.0.2.200")
    assert post_code(fresh, prefix + "KMNV").status_code == 429  # the same first eight characters
    assert post_code(fresh, "CDEF-GHJK-MNPQ").status_code == 200  # any other code is looked up
