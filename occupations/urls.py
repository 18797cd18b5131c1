from django.urls import path

from . import views

app_name = "occupations"
urlpatterns = [
    path("", views.occupation_list, name="list"),
    path("<int:pk>/", views.occupation_detail, name="detail"),
]
