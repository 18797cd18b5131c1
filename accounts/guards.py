"""Every password check goes through a limit.

- Wagtail's own front-end login (``/_util/login/``, for pages restricted to signed-in people) had
  no lockout and signed in accounts whose e-mail was not confirmed: it is sent to allauth's login,
  which has both (``WAGTAIL_FRONTEND_LOGIN_URL`` and the URL below).
- A page protected by a shared password (``PageViewRestriction``) allows
  ``PAGE_PASSWORD_ATTEMPTS`` wrong guesses per page and address within
  ``PAGE_PASSWORD_WINDOW_SECONDS``, then answers 429 in plain Japanese until the window passes.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from wagtail import views as wagtail_views

from .adapter import client_address


def _key(request, restriction_id: int) -> str:
    return f"page-password:{restriction_id}:{client_address(request)}"


@never_cache
def page_password(request, page_view_restriction_id: int, page_id: int):
    key = _key(request, page_view_restriction_id)
    if request.method == "POST" and (cache.get(key) or 0) >= settings.PAGE_PASSWORD_ATTEMPTS:
        minutes = max(1, settings.PAGE_PASSWORD_WINDOW_SECONDS // 60)
        return render(request, "errors/page_password_locked.html", {"minutes": minutes}, status=429)
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if request.method == "POST" and response.status_code != 302:  # a wrong password
        if cache.add(key, 1, settings.PAGE_PASSWORD_WINDOW_SECONDS) is False:
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, settings.PAGE_PASSWORD_WINDOW_SECONDS)
    return response
