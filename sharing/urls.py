from django.urls import path

from . import group_views, views

app_name = "sharing"

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.new, name="new"),
    path("<int:share_id>/code/", views.code, name="code"),
    path("<int:share_id>/stop/", views.stop, name="stop"),
    path("comments/<str:code>/", views.comments, name="comments"),
    path("classes/join/", group_views.join, name="join_group"),
    path("classes/<int:member_id>/leave/", group_views.leave, name="leave_group"),
]
