"""Small things a first visitor trips over: the icon every browser asks for, and mail links that
match the scheme `make run` serves."""

import importlib

import pytest
from django.contrib.staticfiles import finders

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_favicon_ico_is_found(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("/favicon.ico")
    path = finders.find("favicon.ico")
    with open(path, "rb") as icon:
        assert icon.read(4) == b"\x00\x00\x01\x00"  # an ICO file


def test_pages_name_their_icons(client):
    html = client.get("/").content.decode()
    assert 'rel="icon"' in html
    assert "favicon.svg" in html and finders.find("img/favicon.svg")


def test_the_demo_sends_http_links_and_production_https(monkeypatch):
    monkeypatch.delenv("ACCOUNT_DEFAULT_HTTP_PROTOCOL", raising=False)
    dev = importlib.reload(importlib.import_module("portal.settings.dev"))
    assert dev.ACCOUNT_DEFAULT_HTTP_PROTOCOL == "http"
    base = importlib.reload(importlib.import_module("portal.settings.base"))
    assert base.ACCOUNT_DEFAULT_HTTP_PROTOCOL == "https"


def test_the_login_message_shows_on_the_page_the_person_lands_on(client, django_user_model):
    person = django_user_model.objects.create_user("landing@example.jp", "kT7#pq-Lm2!zR9xw")
    person.emailaddress_set.create(email=person.email, verified=True, primary=True)
    response = client.post(
        "/accounts/login/", {"login": person.email, "password": "kT7#pq-Lm2!zR9xw"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/"
    html = response.content.decode()
    assert 'class="messages"' in html
    assert "ログインしました" in html
    # Shown once: the next page has no old message.
    assert "ログインしました" not in client.get("/card/").content.decode()


def test_a_message_waiting_in_a_cookie_is_not_hidden_by_the_page_cache(client):
    client.get("/")  # fills the shared cache for the home page
    client.cookies["messages"] = "any-value"
    response = client.get("/")
    assert response.get("X-Cache") != "HIT"


def test_the_choice_made_before_sign_up_is_on_the_profile(client, django_user_model):
    client.get("/select/", {"user_type": "student", "purpose": "job_search"})
    assert client.cookies["jobcard_attributes"].value.startswith("student.job_search")
    person = django_user_model.objects.create_user("chosen@example.jp", "kT7#pq-Lm2!zR9xw")
    person.emailaddress_set.create(email=person.email, verified=True, primary=True)
    client.post("/accounts/login/", {"login": person.email, "password": "kT7#pq-Lm2!zR9xw"})
    person.refresh_from_db()
    assert (person.user_type, person.purpose) == ("student", "job_search")
    profile = client.get("/accounts/profile/").content.decode()
    assert "学生" in profile and "仕事を探す準備" in profile


def test_an_old_cookie_never_overwrites_the_account(client, django_user_model):
    person = django_user_model.objects.create_user(
        "kept@example.jp", "kT7#pq-Lm2!zR9xw", user_type="employed", purpose="training"
    )
    person.emailaddress_set.create(email=person.email, verified=True, primary=True)
    client.cookies["jobcard_attributes"] = "student.job_search."
    client.post("/accounts/login/", {"login": person.email, "password": "kT7#pq-Lm2!zR9xw"})
    person.refresh_from_db()
    assert (person.user_type, person.purpose) == ("employed", "training")


def test_a_page_that_places_messages_itself_turns_off_the_base_ones():
    """base.html shows messages unless a page overrides ``{% block messages %}``: a page that
    includes a messages list of its own and does not override the block shows each message twice."""
    from pathlib import Path

    from django.conf import settings

    roots = [Path(settings.BASE_DIR)]
    twice = []
    for root in roots:
        for path in root.glob("**/templates/**/*.html"):
            if ".venv" in path.parts or "includes" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            places_messages = "messages.html" in text or "for message in messages" in text
            extends_base = '{% extends "base.html" %}' in text
            if places_messages and extends_base and "{% block messages %}" not in text:
                twice.append(str(path.relative_to(root)))
    assert twice == []
