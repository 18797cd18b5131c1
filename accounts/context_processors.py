from django.conf import settings


def session_timeout(request):
    """The session limits, for the timeout warning shown to signed-in people."""
    return {
        "SESSION_IDLE_SECONDS": settings.SESSION_IDLE_SECONDS,
        "SESSION_IDLE_WARNING_SECONDS": settings.SESSION_IDLE_WARNING_SECONDS,
    }
