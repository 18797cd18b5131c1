"""Mounted at /api/v1/occupations/ (``path("api/v1/occupations/", include("occupations.api_urls"))``)."""

from django.urls import path

from . import api

app_name = "occupations_api"
urlpatterns = [
    path("", api.OccupationListView.as_view(), name="list"),
    path("<int:pk>/", api.OccupationDetailView.as_view(), name="detail"),
]
