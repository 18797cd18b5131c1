"""Session limits and the MFA requirement for staff."""

import time
from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

SESSION_STARTED = "jobcard_session_started"
SESSION_SEEN = "jobcard_session_seen"
# Requests that must not count as activity (the warning dialog polls the remaining time).
PASSIVE_SUFFIX = "/accounts/session/status/"
# Activity is noted at most once a minute: a page view then writes nothing (the session and
# allauth's session list are saved once a minute, not on every request — SQLite serves a
# classroom at once only if plain reads do not queue for the write lock).
ACTIVITY_STEP_SECONDS = 60


class SessionLimitsMiddleware:
    """Log a person out after SESSION_IDLE_SECONDS without activity or SESSION_ABSOLUTE_SECONDS
    after login, whichever comes first. Drafts are saved on the server, so nothing is lost.

    It also notes activity for allauth's session list (「ログイン中の端末」), in place of allauth's
    own middleware, which saves a row on every request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            started = request.session.setdefault(SESSION_STARTED, now)
            seen = request.session.get(SESSION_SEEN, now)
            if (
                now - seen > settings.SESSION_IDLE_SECONDS
                or now - started > settings.SESSION_ABSOLUTE_SECONDS
            ):
                logout(request)
                messages.info(
                    request,
                    _(
                        "一定時間操作がなかったため、安全のためログアウトしました。もう一度ログインしてください。"
                    ),
                )
                if request.path.endswith(PASSIVE_SUFFIX) or request.method != "GET":
                    return redirect(reverse("account_login"))
            elif not request.path.endswith(PASSIVE_SUFFIX):
                note_activity(request, now)
        return self.get_response(request)


def note_activity(request, now: int, *, force: bool = False) -> None:
    """Remember this moment as the last activity, at most once per ``ACTIVITY_STEP_SECONDS``."""
    from allauth.usersessions.internal.usersessionkit import track_activity

    seen = request.session.get(SESSION_SEEN)
    if force or seen is None or now - seen >= ACTIVITY_STEP_SECONDS:
        request.session[SESSION_SEEN] = now
        track_activity(request, user=request.user, session=request.session)


def session_seconds_left(request) -> int:
    now = int(time.time())
    seen = request.session.get(SESSION_SEEN, now)
    started = request.session.get(SESSION_STARTED, now)
    idle_left = settings.SESSION_IDLE_SECONDS - (now - seen)
    absolute_left = settings.SESSION_ABSOLUTE_SECONDS - (now - started)
    return max(0, min(idle_left, absolute_left))


class StaffMfaRequiredMiddleware:
    """Staff reach the admin only with an authenticator app set up *and* used in this session."""

    ADMIN_PREFIXES = ("/admin/", "/django-admin/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            request.path.startswith(self.ADMIN_PREFIXES)
            and user is not None
            and user.is_authenticated
            and (user.is_staff or user.has_perm("wagtailadmin.access_admin"))
        ):
            next_query = f"?{urlencode({'next': request.get_full_path()})}"
            if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
                messages.warning(
                    request, _("管理画面を使うには、認証アプリによる2段階認証の設定が必要です。")
                )
                return redirect(reverse("mfa_activate_totp") + next_query)
            records = get_authentication_records(request, user)
            if not any(record.get("method") == "mfa" for record in records):
                messages.warning(request, _("管理画面を使うには、認証アプリのコードを入力してください。"))
                return redirect(reverse("mfa_reauthenticate") + next_query)
        return self.get_response(request)
