"""「印刷用PDF」 of a guidance page (guidance_pages.prints)."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe
from wagtail.models import Page

from .models import GuidancePage
from .prints import print_pdf


@require_safe
def print_view(request, page_id: int):
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None or not isinstance(page, GuidancePage):
        raise Http404
    response = HttpResponse(print_pdf(page, request), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="guidance-{page.pk}.pdf"'
    response["Cache-Control"] = "public, max-age=3600"
    return response
