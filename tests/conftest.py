"""Shared fixtures. The demo site is built once per test session; each test runs in a
transaction that is rolled back, so every test sees the same demo content.

``JOBCARD_TEST_DEMO=0`` skips the demo: tests that make their own data (``tests/factories.py``)
then start about half a minute sooner, e.g. ``JOBCARD_TEST_DEMO=0 make test-fast ARGS=tests/resumes``
(tests that read demo pages or users fail in that mode; the full run always loads the demo)."""

import os

import pytest
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale

from demo.loader import DemoLoader


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    if os.environ.get("JOBCARD_TEST_DEMO", "1") == "0":
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
