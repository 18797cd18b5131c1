"""The portal's URLs plus a minimal Django view: the baseline the benchmark compares against."""

from django.http import HttpResponse
from django.urls import path

import portal.urls


def minimal_view(request):
    return HttpResponse("ok")


urlpatterns = [
    path("bench/minimal/", minimal_view),
    *portal.urls.urlpatterns,
]
