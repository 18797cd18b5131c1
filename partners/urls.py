from django.urls import path

from . import views

app_name = "partners"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:consent_id>/stop/", views.stop, name="stop"),
    path("proposals/<int:proposal_id>/", views.proposal, name="proposal"),
]
