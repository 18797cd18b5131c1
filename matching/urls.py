from django.urls import path

from . import views

app_name = "matching"

urlpatterns = [
    path("", views.index, name="index"),
    path("settings/", views.settings_view, name="settings"),
    path("<int:pk>/", views.detail, name="detail"),
]
