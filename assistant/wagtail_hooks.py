"""The assistant in the Wagtail admin: the synonym list, and the questions people asked.

Editors see the (masked) questions, filter the ones the assistant could not answer or that were
rated 👎, and start a new FAQ entry from one: the usual FAQ form opens with the question filled in.
「質問のまとめ」 (``/admin/assistant/review/``) groups those questions by similarity
(``assistant.review``), with counts and when each was last asked, and 「この質問からFAQを作成」 opens
the FAQ form with the group's newest wording and its other wordings in a note above the form.
Questions cannot be added or edited in the admin (they are what people asked), only deleted.
"""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from content.models import FaqEntry

from .masking import mask
from .models import AssistantQuestion, Synonym
from .review import group_questions

REVIEW_PERMISSION = "assistant.view_assistantquestion"
FAQ_PERMISSION = "content.add_faqentry"
REVIEW_LIMIT = 2000  # the newest questions needing attention that are grouped
REVIEW_PERIODS = (30, 90, 365)
VARIANTS_IN_NOTE = 20


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


def _needing_attention():
    return AssistantQuestion.objects.filter(
        Q(outcome=AssistantQuestion.Outcome.UNKNOWN) | Q(helpful=False)
    ).order_by("-created_at")


class QuestionGroupsView(WagtailAdminTemplateMixin, TemplateView):
    """Unanswered and 👎 questions grouped by similarity, largest group first."""

    template_name = "assistant/admin/question_groups.html"
    page_title = _("質問のまとめ")
    page_subtitle = _("回答できなかった質問・役に立たなかった質問")
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REVIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_days(self):
        try:
            days = int(self.request.GET.get("days", 90))
        except ValueError:
            days = 90
        return days if days in REVIEW_PERIODS else 90

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        days = self.get_days()
        since = timezone.now() - datetime.timedelta(days=days)
        questions = list(_needing_attention().filter(created_at__gte=since)[:REVIEW_LIMIT])
        can_write = self.request.user.has_perm(FAQ_PERMISSION)
        groups = []
        for group in group_questions(questions):
            first = group.representative
            ids = [question.pk for question in group.questions][:VARIANTS_IN_NOTE]
            url = ""
            if can_write:
                url = reverse("assistant_new_faq", args=[first.pk])
                if len(ids) > 1:
                    url += "?" + urlencode({"variants": ",".join(str(pk) for pk in ids)})
            groups.append(
                {
                    "question": mask(first.question),
                    "variants": [mask(text) for text in group.variants[1:VARIANTS_IN_NOTE]],
                    "count": group.count,
                    "unanswered": group.unanswered,
                    "unhelpful": group.unhelpful,
                    "last_seen": group.last_seen,
                    "new_faq_url": url,
                }
            )
        context.update(
            groups=groups,
            days=days,
            periods=REVIEW_PERIODS,
            total=len(questions),
            limited=len(questions) >= REVIEW_LIMIT,
        )
        return context


def new_faq_from_question(request, pk):
    """The FAQ create form with the question filled in (it posts to the normal FAQ create view).

    ``?variants=1,2,3`` (other questions of its group) are listed in a note above the form."""
    if not request.user.has_perm(FAQ_PERMISSION):
        raise PermissionDenied
    question = get_object_or_404(AssistantQuestion, pk=pk)
    if "locale" not in request.GET:
        query = {**request.GET.dict(), "locale": question.language}
        return redirect(reverse("assistant_new_faq", args=[pk]) + "?" + urlencode(query))
    variant_ids = [
        int(part) for part in request.GET.get("variants", "").split(",") if part.strip().isdigit()
    ][:VARIANTS_IN_NOTE]
    variants = []
    for text in (
        _needing_attention().filter(pk__in=variant_ids).exclude(pk=pk).values_list("question", flat=True)
    ):
        text = mask(text)
        if text not in variants and text != mask(question.question):
            variants.append(text)
    if variants and request.method == "GET":
        messages.info(
            request,
            gettext("同じ内容と思われるほかの質問（%(count)d件）：%(variants)s")
            % {"count": len(variants), "variants": " ／ ".join(f"「{text}」" for text in variants)},
        )
    viewset = FaqEntry.snippet_viewset
    base = viewset.add_view_class
    initial_question = mask(question.question)[:255]

    class PrefilledCreateView(base):
        def get_initial(self):
            return {**super().get_initial(), "question": initial_question}

    view = viewset.construct_view(PrefilledCreateView, **viewset.get_add_view_kwargs())
    return view(request)


@hooks.register("register_admin_urls")
def register_new_faq_url():
    return [
        path(
            "assistant/questions/<int:pk>/new-faq/",
            new_faq_from_question,
            name="assistant_new_faq",
        ),
        path("assistant/review/", QuestionGroupsView.as_view(), name="assistant_review"),
    ]


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REVIEW_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return ReviewMenuItem(
        _("質問のまとめ"), reverse("assistant_review"), icon_name="help", order=251, name="assistant-review"
    )
