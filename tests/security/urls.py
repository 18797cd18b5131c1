"""The site's URLs plus one view that fails, to see the 500 page (#14 item 6)."""

from django.urls import path

from portal.urls import handler400, handler403, handler404, handler429, handler500  # noqa: F401
from portal.urls import urlpatterns as site_urlpatterns


def boom(request):
    raise RuntimeError("a bug")


urlpatterns = [path("boom/", boom), path("api/v1/boom/", boom), *site_urlpatterns]
