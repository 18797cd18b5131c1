"""Small account views of our own (allauth provides sign-up, login and the rest)."""

import time

from allauth.usersessions.models import UserSession
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from .security import SESSION_SEEN, note_activity, session_seconds_left


@never_cache
@require_GET
def session_status(request):
    """Seconds left before the idle/absolute limit; polling this is not activity."""
    if not request.user.is_authenticated:
        return JsonResponse({"authenticated": False, "seconds_left": 0})
    return JsonResponse({"authenticated": True, "seconds_left": session_seconds_left(request)})


@never_cache
@require_POST
@login_required
def session_extend(request):
    """「ログイン状態を延長する」: counts as activity, whenever activity was last noted."""
    note_activity(request, int(time.time()), force=True)
    return JsonResponse(
        {
            "authenticated": True,
            "seconds_left": session_seconds_left(request),
            "seen": request.session[SESSION_SEEN],
        }
    )


@never_cache
@require_POST
@login_required
def logout_everywhere(request):
    """「すべての端末からログアウト」: end every session of this person, this one included."""
    for user_session in UserSession.objects.filter(user=request.user):
        if user_session.session_key != request.session.session_key:
            user_session.end()
    UserSession.objects.filter(user=request.user).delete()
    logout(request)
    messages.success(request, _("すべての端末からログアウトしました。"))
    return redirect("account_login")
