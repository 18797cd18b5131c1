"""The assistant's JSON API, at /api/v1/assistant/."""

from django.urls import path

from . import views

app_name = "assistant_api"
urlpatterns = [
    path("ask/", views.api_ask, name="ask"),
    path("feedback/", views.api_feedback, name="feedback"),
]
