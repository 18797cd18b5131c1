"""Public addresses of the statistics app, under the language prefix (``/insights/…``, ``/en/insights/…``)."""

from django.urls import path

from . import views

urlpatterns = [
    path("consent/", views.consent, name="insights_consent"),
    path("survey/<str:survey>/", views.survey, name="insights_survey"),
]
