"""求人 in the Wagtail admin: staff moderate postings — 公開 / 審査中 / 停止 (with a note the company
reads), and see which company wrote each."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import JobPosting


class JobPostingViewSet(SnippetViewSet):
    model = JobPosting
    icon = "doc-full"
    menu_label = _("求人")
    menu_order = 320
    add_to_admin_menu = True
    list_display = [
        "title",
        "company_name",
        "organisation",
        "occupation",
        "prefecture",
        "status",
        "updated_at",
    ]
    list_filter = ["status", "employment_type", "prefecture", "organisation"]
    search_fields = ["title", "company_name"]
    ordering = ["-updated_at"]


register_snippet(JobPostingViewSet)
