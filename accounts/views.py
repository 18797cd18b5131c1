"""Small account views of our own (allauth provides sign-up, login and the rest)."""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from .security import SESSION_SEEN, session_seconds_left


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
    """「ログイン状態を延長する」: counts as activity (the middleware has already noted it)."""
    request.session.modified = True
    return JsonResponse(
        {
            "authenticated": True,
            "seconds_left": session_seconds_left(request),
            "seen": request.session[SESSION_SEEN],
        }
    )
