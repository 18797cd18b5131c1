"""Shared fixtures. The demo site (``demo/loader.py``) is built once per test session when a
selected test needs it; each test runs in a transaction that is rolled back, so every test sees the
same data.

A test that reads demo content (its pages, FAQ, people, postings) is marked ``demo`` (in its
module's ``pytestmark``); browser tests (``e2e``) always count as such. When no selected test
is, the demo is not loaded and the run starts ≈ 20 s sooner (``pytest tests/resumes``). Tests that
make their own data use ``tests/factories.py``. ``JOBCARD_TEST_DEMO=1`` loads the demo anyway,
``JOBCARD_TEST_DEMO=0`` never."""

import os

import pytest
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale

from demo.loader import DemoLoader

_needs_demo = {"value": True}


@pytest.hookimpl(trylast=True)  # after -k / -m deselected what will not run
def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.get_closest_marker("e2e") and not item.get_closest_marker("demo"):
            item.add_marker("demo")  # a browser walks the demo site
    _needs_demo["value"] = any(item.get_closest_marker("demo") for item in items)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    choice = os.environ.get("JOBCARD_TEST_DEMO", "")
    if choice == "0" or (choice != "1" and not _needs_demo["value"]):
        return
    with django_db_blocker.unblock():
        DemoLoader().run()


@pytest.fixture(autouse=True)
def _clean_state():
    """Each test starts in Japanese (reverse() follows the active language) with an empty cache."""
    cache.clear()
    translation.activate("ja")
    yield
    translation.activate("ja")
    cache.clear()


@pytest.fixture
def ja(db):
    return Locale.objects.get(language_code="ja")


@pytest.fixture
def en(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def login_with_mfa(client):
    """Sign a staff member in as allauth would after password + authenticator code."""
    import time

    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    def _login(user):
        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, generate_totp_secret())
        client.force_login(user)
        session = client.session
        now = time.time()
        session["account_authentication_methods"] = [
            {"method": "password", "at": now, "email": user.email},
            {"method": "mfa", "at": now, "type": "totp"},
        ]
        session["account_authentication_methods_user"] = str(user.pk)
        session.save()
        return client

    return _login
