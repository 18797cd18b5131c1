"""Site search (Japanese-aware) and the FAQ "was this helpful?" answer."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page

from .models import FaqEntry, FaqFeedback
from .search_text import query_text

MAX_QUERY_LENGTH = 100


def search_pages(query: str, locale=None):
    """Live pages containing ``query`` (every bigram of it), in the given locale."""
    tokens = query_text(query)
    if not tokens:
        return Page.objects.none()
    pages = Page.objects.live().public().filter(depth__gt=1)
    if locale is not None:
        pages = pages.filter(locale=locale)
    return pages.search(tokens, operator="and")


def search(request):
    query = request.GET.get("q", "").strip()
    error = ""
    results = []
    if len(query) > MAX_QUERY_LENGTH:
        error = _("検索語は%(max)d文字以内で入力してください。") % {"max": MAX_QUERY_LENGTH}
    elif "q" in request.GET and not query:
        error = _("検索したい言葉を入力してください。")
    elif query:
        results = search_pages(query, Locale.get_active())
    paginator = Paginator(results, 10)
    try:
        page_obj = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page_obj = paginator.page(1)
    return render(
        request,
        "content/search.html",
        {"query": query, "error": error, "page_obj": page_obj, "count": paginator.count},
        status=400 if error else 200,
    )


@csrf_exempt  # anonymous counter on cached pages: no session, nothing personal, one vote a browser
@require_POST
def faq_feedback(request, entry_id: int):
    entry = get_object_or_404(FaqEntry, pk=entry_id)
    answer = request.POST.get("helpful")
    if answer not in ("yes", "no"):
        return JsonResponse({"error": _("「はい」か「いいえ」を選んでください。")}, status=400)
    cookie = f"faq_voted_{entry.pk}"
    if cookie not in request.COOKIES:
        FaqFeedback.objects.create(entry=entry, helpful=answer == "yes")
    message = _("ご回答ありがとうございました。今後の改善に役立てます。")
    if request.headers.get("accept", "").startswith("application/json"):
        response = JsonResponse({"message": message})
    else:
        next_url = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = "/"
        response = redirect(next_url)
    response.set_cookie(cookie, "1", max_age=60 * 60 * 24 * 365, samesite="Lax")
    return response
