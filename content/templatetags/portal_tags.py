"""Template tags shared by the site templates."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this page in every language: [{code, name, url, current}].

    A Wagtail page links to its live translation (the locale's home if it has none); any other
    view to the same address in the other language. The query string (?case=, ?q=) is kept.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    query = request.META.get("QUERY_STRING", "") if request else ""
    translations = {}
    if page is not None and getattr(page, "pk", None):
        translations = {
            p.locale.language_code: p.url
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code]
        elif page is not None:
            url = "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
        else:
            url = translate_url(request.path if request else "/", code)
        if query and (code in translations or page is None):
            url = f"{url}?{query}"
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links
