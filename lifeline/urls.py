"""ライフラインチャート (inside i18n_patterns: /lifeline/ and /en/lifeline/)."""

from django.urls import path

from . import views

app_name = "lifeline"
urlpatterns = [path("", views.edit, name="edit")]
