"""The site's URLs with the sheets API mounted, as portal/urls.py will have it."""

from django.urls import include, path

from portal.urls import urlpatterns as portal_urlpatterns

_mounted = any(getattr(p, "namespace", None) == "jobcard_forms_api" for p in portal_urlpatterns)
urlpatterns = list(portal_urlpatterns)
if not _mounted:
    urlpatterns.insert(0, path("api/v1/", include("sheets.urls")))
