"""Supporter organisations in the Wagtail admin: MHLW staff create or approve them, add members."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Membership, Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("支援者の組織")
    list_display = ["name", "kind", "status", "registration_number", "approved_at"]
    list_filter = ["kind", "status"]
    search_fields = ["name"]
    ordering = ["status", "name"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    menu_label = _("支援者の担当者")
    list_display = ["display_name", "organisation", "role", "created_at"]
    list_filter = ["role"]
    search_fields = ["display_name", "organisation__name"]


class SupporterGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, MembershipViewSet)
    menu_icon = "group"
    menu_label = _("支援者")
    menu_order = 330


register_snippet(SupporterGroup)
