"""Under the language prefix: ``/card/download/…``, ``/card/upload/…``, ``/card/documents/…``."""

from django.urls import path

from . import upload_views, views

app_name = "outputs"
urlpatterns = [
    path("download/", views.download, name="download"),
    path("download/blank/", views.blank_forms, name="blank_forms"),
    path("download/blank/<str:code>.<str:fmt>", views.blank_form, name="blank_form"),
    path("download/card.json", views.download_card_json, name="download_card_json"),
    path("download/resume.json", views.download_json_resume, name="download_json_resume"),
    path("upload/", upload_views.upload, name="upload"),
    path("upload/json-resume/", upload_views.upload_json_resume, name="upload_json_resume"),
    path("upload/json-resume/apply/", upload_views.upload_json_resume_apply, name="upload_json_resume_apply"),
    path("upload/apply/", upload_views.upload_apply, name="upload_apply"),
    path("documents/", views.documents, name="documents"),
    path("documents/<int:pk>/", views.document_file, name="document_file"),
    path("documents/<int:pk>/delete/", views.document_delete, name="document_delete"),
]
