from django.urls import include, path

from . import views

urlpatterns = [
    path("session/status/", views.session_status, name="session_status"),
    path("session/extend/", views.session_extend, name="session_extend"),
    path("sessions/logout-everywhere/", views.logout_everywhere, name="logout_everywhere"),
    path("profile/", include("accounts.profile_urls")),
    path("", include("allauth.urls")),
]
