"""The 「利用統計」 menu of the Wagtail admin: the dashboard, paper counts and targets.

Shown only to users who may use it (group 「統計担当」, superusers): the dashboard item checks
``insights.view_dashboard``; paper counts and targets use their model permissions.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_views import DashboardView
from .models import PaperCount, Target
from .roles import DASHBOARD_PERMISSION


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(DASHBOARD_PERMISSION)


class DashboardViewSet(ViewSet):
    name = "insights"
    icon = "table"
    menu_label = _("統計ダッシュボード")
    menu_item_class = DashboardMenuItem

    def get_urlpatterns(self):
        return [path("", DashboardView.as_view(), name="dashboard")]


class PaperCountViewSet(ModelViewSet):
    model = PaperCount
    name = "insights_paper"
    icon = "calendar"
    menu_label = _("紙の作成者数")
    form_fields = ["month", "count", "note"]
    list_display = ["month", "count", "note", "updated_at"]
    inspect_view_enabled = False
    copy_view_enabled = False


class TargetViewSet(ModelViewSet):
    model = Target
    name = "insights_targets"
    icon = "crosshairs"
    menu_label = _("目標値")
    form_fields = ["metric", "value"]
    list_display = ["metric", "value", "updated_at"]
    inspect_view_enabled = False
    copy_view_enabled = False


class InsightsGroup(ViewSetGroup):
    menu_label = _("利用統計")
    menu_icon = "table"
    menu_order = 260
    items = (DashboardViewSet, PaperCountViewSet, TargetViewSet)


@hooks.register("register_admin_viewset")
def register_insights():
    return InsightsGroup()
