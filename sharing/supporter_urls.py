from django.urls import path

from . import supporter_views as views

app_name = "supporter"

urlpatterns = [
    path("", views.workspace, name="workspace"),
    path("receive/", views.receive, name="receive"),
    path("people/<int:share_id>/", views.person, name="person"),
    path("people/<int:share_id>/sheets/<str:code>/", views.sheet, name="sheet"),
]
