"""The assistant in the Wagtail admin: the synonym list, and the questions people asked.

Editors see the (masked) questions, filter the ones the assistant could not answer or that were
rated 👎, and start a new FAQ entry from one: the usual FAQ form opens with the question filled in.
Questions cannot be added or edited in the admin (they are what people asked), only deleted.
"""

from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from content.models import FaqEntry

from .models import AssistantQuestion, Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = _("アシスタントの同義語")
    list_display = ["term", "variants", "language"]
    list_filter = ["language"]
    search_fields = ["term", "variants"]


register_snippet(SynonymViewSet)


class ReadOnlyPolicy(ModelPermissionPolicy):
    """View and delete only: a logged question is never written in the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


register_permission_policy(AssistantQuestion, ReadOnlyPolicy(AssistantQuestion), exact_class=True)


class NewFaqColumn(Column):
    cell_template_name = "assistant/admin/new_faq_cell.html"


class QuestionFilterSet(WagtailFilterSet):
    class Meta:
        model = AssistantQuestion
        fields = ["outcome", "helpful", "language", "channel"]


class AssistantQuestionViewSet(ModelViewSet):
    model = AssistantQuestion
    icon = "help"
    menu_label = _("アシスタントへの質問")
    menu_order = 250
    add_to_admin_menu = True
    name = "assistant_questions"
    form_fields = ["helpful"]
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "question",
        "outcome",
        Column("helpful", label=_("評価"), accessor="helpful_label"),
        "source_title",
        "created_at",
        NewFaqColumn("new_faq", label=_("対応"), accessor="new_faq_url"),
    ]
    filterset_class = QuestionFilterSet
    search_fields = ["question"]
    ordering = ["-created_at"]
    inspect_view_fields = [
        "created_at",
        "language",
        "channel",
        "question",
        "outcome",
        "confidence",
        "source_title",
        "source_url",
        "answer",
        "helpful",
        "feedback_at",
    ]


assistant_questions = AssistantQuestionViewSet()


@hooks.register("register_admin_viewset")
def register_questions():
    return assistant_questions


def new_faq_from_question(request, pk):
    """The FAQ create form with the question filled in (it posts to the normal FAQ create view)."""
    question = get_object_or_404(AssistantQuestion, pk=pk)
    if "locale" not in request.GET:
        url = reverse("assistant_new_faq", args=[pk]) + "?" + urlencode({"locale": question.language})
        return redirect(url)
    viewset = FaqEntry.snippet_viewset
    base = viewset.add_view_class

    class PrefilledCreateView(base):
        def get_initial(self):
            return {**super().get_initial(), "question": question.question[:255]}

    view = viewset.construct_view(PrefilledCreateView, **viewset.get_add_view_kwargs())
    return view(request)


@hooks.register("register_admin_urls")
def register_new_faq_url():
    return [
        path(
            "assistant/questions/<int:pk>/new-faq/",
            new_faq_from_question,
            name="assistant_new_faq",
        )
    ]
