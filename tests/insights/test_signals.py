"""Sign-ups and logins are counted by method, from allauth's signals."""

from types import SimpleNamespace

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from insights.models import Event
from insights.signals import login_method

pytestmark = pytest.mark.django_db
PASSWORD = "sakura-no-hana-2026"


def test_sign_up_and_login_with_a_password(browser):
    response = browser.post(
        "/accounts/signup/", {"email": "hanako@example.jp", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    assert list(Event.objects.filter(name="signup").values_list("detail", flat=True)) == ["method=password"]

    user = get_user_model().objects.create_user("jiro@example.jp", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    browser.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert list(Event.objects.filter(name="login").values_list("detail", flat=True)) == ["method=password"]


def test_a_mynaportal_login_is_named_after_its_provider():
    sociallogin = SimpleNamespace(account=SimpleNamespace(provider="mynaportal"))
    assert login_method({"sociallogin": sociallogin}) == "mynaportal"
    assert login_method({}) == "password"
