"""The editor's pages, under the language prefix (``/card/…``, ``/en/card/…``) and ``/mypage/``."""

from django.urls import path

from . import api, mypage, views

urlpatterns = [
    path("card/", views.task_list, name="jobcard_tasks"),
    path("card/sheets/<str:code>/", views.edit, name="jobcard_edit"),
    path("card/sheets/<str:code>/check/", views.check, name="jobcard_check"),
    path("card/sheets/<str:code>/resolve/", views.resolve, name="jobcard_resolve"),
    path("card/sheets/<str:code>/autosave/", api.autosave, name="jobcard_autosave"),
    path("card/sheets/<str:code>/history/", views.history, name="jobcard_history"),
    path("card/sheets/<str:code>/history/<int:revision_id>/", views.revision, name="jobcard_revision"),
    path("card/sheets/<str:code>/from/<str:source>/", views.start_from, name="jobcard_start_from"),
    path("card/sheets/<str:code>/fragment/", views.fragment, name="jobcard_fragment"),
    path("card/csrf/", api.csrf_token, name="jobcard_csrf"),
    path("mypage/", mypage.mypage, name="mypage"),
]
