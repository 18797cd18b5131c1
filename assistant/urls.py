"""The assistant's page (inside i18n_patterns: /assistant/ and /en/assistant/)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.page, name="assistant"),
    path("feedback/", views.page_feedback, name="assistant_feedback"),
]
