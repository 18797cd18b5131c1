"""Snippets in the admin: FAQ entries (with their helpfulness), glossary terms, 記入例 patterns."""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ExamplePattern, FaqEntry, GlossaryTerm


class FaqEntryViewSet(SnippetViewSet):
    model = FaqEntry
    icon = "help"
    menu_label = _("よくある質問")
    list_display = [
        "question",
        "audience",
        Column("helpful", label=_("役に立った"), accessor="helpful_total"),
        Column("not_helpful", label=_("役に立たなかった"), accessor="not_helpful_total"),
    ]
    list_filter = ["audience", "locale"]
    search_fields = ["question"]
    ordering = ["audience", "sort_order"]

    def get_queryset(self, request):
        return FaqEntry.objects.annotate(
            helpful_total=Count("feedback", filter=Q(feedback__helpful=True)),
            not_helpful_total=Count("feedback", filter=Q(feedback__helpful=False)),
        )


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    menu_label = _("用語集")
    list_display = ["term", "reading"]
    list_filter = ["locale"]
    search_fields = ["term", "reading"]


class ExamplePatternViewSet(SnippetViewSet):
    model = ExamplePattern
    icon = "openquote"
    menu_label = _("記入例パターン")
    list_display = ["title", "user_type", "job_field", "age_band", "experience"]
    list_filter = ["user_type", "job_field", "age_band", "experience", "locale"]
    search_fields = ["title"]


class GuidanceSnippetsGroup(SnippetViewSetGroup):
    items = (FaqEntryViewSet, GlossaryTermViewSet, ExamplePatternViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("ガイダンス部品")
    menu_name = "guidance-snippets"


register_snippet(GuidanceSnippetsGroup)
