"""マイページ > 登録情報 (included under /accounts/profile/ by accounts/urls.py)."""

from django.urls import path

from . import profile_views

urlpatterns = [
    path("", profile_views.profile, name="profile"),
    path("edit/", profile_views.profile_edit, name="profile_edit"),
    path("postal-code/", profile_views.postal_code_lookup, name="profile_postal_code"),
    path("export/", profile_views.export, name="profile_export"),
    path("delete/", profile_views.delete, name="profile_delete"),
    path("deleted/", profile_views.deleted, name="profile_deleted"),
]
