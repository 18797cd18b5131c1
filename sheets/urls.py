"""The sheets' JSON API, mounted at /api/v1/ (``path("api/v1/", include("sheets.urls"))``)."""

from django.urls import path

from . import api
from .editor.api import SheetAPIView

app_name = "jobcard_forms_api"
urlpatterns = [
    path("schemas/", api.SchemaListView.as_view(), name="schemas"),
    path("schemas/<str:code>/<str:version>.json", api.SchemaDetailView.as_view(), name="schema"),
    path("card/sheets/<str:code>/", SheetAPIView.as_view(), name="card_sheet"),
]
