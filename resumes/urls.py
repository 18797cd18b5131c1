"""Under the language prefix: /resume/ and /en/resume/ (portal/urls.py includes this at "resume/")."""

from django.urls import path

from . import views

app_name = "resumes"

urlpatterns = [
    path("", views.rirekisho_page, name="rirekisho"),
    path("download/<str:fmt>/", views.rirekisho_download, name="rirekisho_download"),
    path("photo/", views.photo, name="photo"),
    path("preview/<int:number>.svg", views.rirekisho_page_image, name="rirekisho_page_image"),
    path("shokumu/preview/<int:number>.svg", views.shokumu_page_image, name="shokumu_page_image"),
    path("shokumu/", views.shokumu_page, name="shokumu"),
    path("shokumu/download/<str:fmt>/", views.shokumu_download, name="shokumu_download"),
]
