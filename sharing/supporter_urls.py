from django.urls import path

from . import group_views, member_views
from . import supporter_views as views

app_name = "supporter"

urlpatterns = [
    path("", views.workspace, name="workspace"),
    path("receive/", views.receive, name="receive"),
    path("people/<int:share_id>/", views.person, name="person"),
    path("people/<int:share_id>/sheets/<str:code>/", views.sheet, name="sheet"),
    path(
        "people/<int:share_id>/sheets/<str:code>/download/<str:fmt>/",
        views.download,
        name="download",
    ),
    path("people/<int:share_id>/documents/<str:code>/", views.document, name="document"),
    path("organisations/<int:organisation_id>/members/", member_views.members, name="members"),
    path(
        "organisations/<int:organisation_id>/invitations/<int:invitation_id>/cancel/",
        member_views.cancel_invitation,
        name="cancel_invitation",
    ),
    path(
        "organisations/<int:organisation_id>/members/<int:member_id>/remove/",
        member_views.remove_member,
        name="remove_member",
    ),
    path("join/<str:token>/", member_views.join, name="join"),
    path("classes/", group_views.group_list, name="groups"),
    path("classes/<int:group_id>/", group_views.group_detail, name="group"),
    path("classes/<int:group_id>/progress.csv", group_views.group_csv, name="group_csv"),
    path("classes/<int:group_id>/new-code/", group_views.group_new_code, name="group_new_code"),
    path("classes/<int:group_id>/close/", group_views.group_close, name="group_close"),
]
