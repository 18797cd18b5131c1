"""The headless API (Wagtail API v2) at /api/v2/."""

from django.db.models import Q
from django.shortcuts import get_object_or_404
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale

from content.models import ExamplePattern, FaqEntry, GlossaryTerm
from content.search_text import query_text
from content.taxonomy import Purpose, UserType


class AudienceFilter:
    """?user_type=student&purpose=job_search: pages tagged for that persona and purpose.

    Guidance pages match on their tags, persona menus on their own user_type/purpose.
    """

    def filter_queryset(self, request, queryset, view):
        for param, codes, tag_lookup, menu_lookup in (
            ("user_type", UserType.values, "guidancepage__user_types__code", "menupage__user_type"),
            ("purpose", Purpose.values, "guidancepage__purposes__code", "menupage__purpose"),
        ):
            value = request.GET.get(param)
            if value is None:
                continue
            if value not in codes:
                raise BadRequestError(f"unknown {param} '{value}': use one of {', '.join(codes)}")
            queryset = queryset.filter(Q(**{tag_lookup: value}) | Q(**{menu_lookup: value}))
        return queryset.distinct() if request.GET.keys() & {"user_type", "purpose"} else queryset


class JapaneseSearchMixin:
    """Let ?search= find Japanese words the way the site search does (bigram tokens)."""

    def filter_queryset(self, queryset):
        search = self.request.GET.get("search")
        if search:
            self.request.GET = self.request.GET.copy()
            self.request.GET["search"] = query_text(search) or search
            self.request.GET.setdefault("search_operator", "and")
        return super().filter_queryset(queryset)


class GuidePagesAPIViewSet(JapaneseSearchMixin, PagesAPIViewSet):
    filter_backends = [AudienceFilter, *PagesAPIViewSet.filter_backends]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["user_type", "purpose"])
    listing_default_fields = PagesAPIViewSet.listing_default_fields + ["user_types", "purposes"]

    @classmethod
    def get_listing_default_fields(cls, model):
        fields = super().get_listing_default_fields(model)
        available = set(cls.get_available_fields(model))
        return [field for field in fields if field in available]

    def get_queryset(self):
        # Every listed page shows its locale: fetch it in the same query, not one per page.
        return super().get_queryset().select_related("locale")


class SnippetAPIViewSet(JapaneseSearchMixin, BaseAPIViewSet):
    """A read-only endpoint for a translatable snippet, filterable by ?locale= and its fields."""

    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale"])

    def get_queryset(self):
        queryset = self.model.objects.select_related("locale").order_by("id")
        if "locale" in self.request.GET:
            locale = get_object_or_404(Locale, language_code=self.request.GET["locale"])
            queryset = queryset.filter(locale=locale)
        return queryset

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.listing_default_fields + [field.name for field in model.api_fields]


class FaqAPIViewSet(SnippetAPIViewSet):
    name = "faq"
    model = FaqEntry


class GlossaryAPIViewSet(SnippetAPIViewSet):
    name = "glossary"
    model = GlossaryTerm


class ExamplesAPIViewSet(SnippetAPIViewSet):
    name = "examples"
    model = ExamplePattern


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", GuidePagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
api_router.register_endpoint("faq", FaqAPIViewSet)
api_router.register_endpoint("glossary", GlossaryAPIViewSet)
api_router.register_endpoint("examples", ExamplesAPIViewSet)
