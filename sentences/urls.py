"""The example-sentence builder (inside i18n_patterns: /sentences/ and /en/sentences/)."""

from django.urls import path

from . import views

app_name = "sentences"
urlpatterns = [
    path("", views.index, name="index"),
    path("api/flows/<slug:code>/", views.api_flow, name="api_flow"),
    path("api/flows/<slug:code>/compose/", views.api_compose, name="api_compose"),
    path("<slug:slug>/", views.flow_page, name="flow"),
]
