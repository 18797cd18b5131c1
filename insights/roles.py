"""The statistics role: the group 「統計担当」 and what it may do.

Members open the Wagtail admin (``wagtailadmin.access_admin``), see the dashboard
(``insights.view_dashboard``) and keep the paper counts and targets. Nothing else: no pages, no
snippets, no users, no assistant questions. Editors and moderators do not get the dashboard
permission. Created (and its permissions re-set) after every ``migrate``.
"""

from __future__ import annotations

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

STATISTICS_GROUP = "統計担当"
DASHBOARD_PERMISSION = "insights.view_dashboard"

PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("insights", "view_dashboard"),
    ("insights", "view_papercount"),
    ("insights", "add_papercount"),
    ("insights", "change_papercount"),
    ("insights", "delete_papercount"),
    ("insights", "view_target"),
    ("insights", "add_target"),
    ("insights", "change_target"),
)


def ensure_statistics_group(app_config=None, using="default", **_kwargs) -> Group | None:
    if app_config is not None:
        # Our own permissions are made by another post_migrate receiver that may run after this one.
        create_permissions(app_config, verbosity=0, using=using)
    permissions = []
    for app_label, codename in PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is None:  # during the first migrate, before every app's permissions exist
            return None
        permissions.append(permission)
    group, _created = Group.objects.get_or_create(name=STATISTICS_GROUP)
    group.permissions.set(permissions)
    return group
