from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.templatetags.static import static as static_url
from django.urls import include, path
from django.views.decorators.cache import cache_page
from django.views.generic import RedirectView
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts import guards
from content import views as content_views
from guidance_pages import views as guidance_views
from home import views as home_views
from partners.api.views import PartnerSchemaView
from partners.api.views import reference as partner_reference

from .api import api_router

# The Django admin signs in through allauth too (so MFA applies).
admin.site.login = secure_admin_login(admin.site.login)


class FaviconView(RedirectView):
    """/favicon.ico, which browsers and tools ask for whatever the page says: the static icon."""

    permanent = True

    def get_redirect_url(self, *args, **kwargs):
        return static_url("favicon.ico")


urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Wagtail's own login form would skip the second factor: everyone signs in through allauth.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/v1/assistant/", include("assistant.api_urls")),
    path("api/v1/occupations/", include("occupations.api_urls")),
    path("api/v1/partner/", include("partners.api.urls")),
    path("api/v1/openapi.json", PartnerSchemaView.as_view(), name="openapi"),
    path("api/v1/reference/", partner_reference, name="partner_api_reference"),
    path("api/v1/", include("sheets.urls")),
    # OAuth 2.0 / OpenID Connect for partner services: /.well-known/openid-configuration, /o/… (partners/)
    path("", include("partners.oauth_urls")),
    path("faq/<int:entry_id>/feedback/", content_views.faq_feedback, name="faq_feedback"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": Sitemap}}),
    path("favicon.ico", FaviconView.as_view()),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Japanese at /, English at /en/.
urlpatterns += i18n_patterns(
    path("accounts/", include("accounts.urls")),
    path("select/", home_views.select_attributes, name="select_attributes"),
    path("search/", content_views.search, name="search"),
    path("print/<int:page_id>.pdf", guidance_views.print_view, name="guidance_print"),
    path("assistant/", include("assistant.urls")),
    path("insights/", include("insights.urls")),
    path("occupations/", include("occupations.urls")),
    path("diagnosis/", include("diagnosis.urls")),
    path("resume/", include("resumes.urls")),
    path("sentences/", include("sentences.urls")),
    path("lifeline/", include("lifeline.urls")),
    path("matching/", include("matching.urls")),
    path("sharing/", include("sharing.urls")),
    path("supporter/", include("sharing.supporter_urls")),
    path("partners/", include("partners.urls")),
    path("", include("sheets.editor.urls")),
    path("card/", include("outputs.urls")),
    # The scripts' translations; the same for everyone, so browsers and the cache keep them a day.
    path("jsi18n/", cache_page(60 * 60 * 24)(JavaScriptCatalog.as_view()), name="javascript-catalog"),
    # Wagtail's front-end password checks, each behind a limit (accounts.guards).
    path("_util/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        guards.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# Refusals and failures in plain Japanese (English under /en/), as JSON for scripts (portal/errors.py).
handler400 = "portal.errors.bad_request"
handler403 = "portal.errors.permission_denied"
handler404 = "portal.errors.page_not_found"
handler500 = "portal.errors.server_error"
handler429 = "portal.errors.too_many_requests"  # allauth's rate limits answer with it
