from django.urls import path, re_path

from . import views

app_name = "diagnosis"
urlpatterns = [
    path("", views.index, name="index"),
    path("result/", views.result, name="result"),
    path("code/", views.enter_code, name="code"),
    path("delete/", views.delete, name="delete"),
    re_path(r"^share/(?P<code>[A-Za-z]{3})/$", views.share_page, name="share"),
    re_path(r"^share/(?P<code>[A-Za-z]{3})\.png$", views.share_image, name="share_image"),
    path("<slug:kind>/", views.take_check, name="check"),
]
