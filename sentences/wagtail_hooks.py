"""例文の質問フロー in the admin (snippets, with a preview that checks every combination)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SentenceFlow


class SentenceFlowViewSet(SnippetViewSet):
    model = SentenceFlow
    icon = "edit"
    menu_label = _("例文の質問フロー")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["title", "box", "slug", "active"]
    list_filter = ["box", "active", "locale"]
    search_fields = ["title"]
    ordering = ["sort_order", "id"]


register_snippet(SentenceFlowViewSet)
