"""Small things a first visitor trips over: the icon every browser asks for, and mail links that
match the scheme `make run` serves."""

import importlib

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


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
