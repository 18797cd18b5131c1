"""Sign-ups and logins by method, from allauth's signals.

The method is ``mynaportal`` when the login or sign-up came through マイナポータル (a social login
of that provider) and ``password`` otherwise (e-mail + password, or the link in the verification
mail, which logs the person in). Staff signing in to the admin are not counted (see
``visitors.tracking_allowed``).
"""

from __future__ import annotations

from allauth.account.signals import user_logged_in, user_signed_up

from .events import record


def login_method(kwargs) -> str:
    sociallogin = kwargs.get("sociallogin")
    provider = getattr(getattr(sociallogin, "account", None), "provider", "") if sociallogin else ""
    return "mynaportal" if provider == "mynaportal" else "password"


def on_signed_up(sender, request=None, user=None, **kwargs):
    record(request, "signup", method=login_method(kwargs))


def on_logged_in(sender, request=None, user=None, **kwargs):
    record(request, "login", method=login_method(kwargs))


def connect():
    user_signed_up.connect(on_signed_up, dispatch_uid="insights-signup")
    user_logged_in.connect(on_logged_in, dispatch_uid="insights-login")
