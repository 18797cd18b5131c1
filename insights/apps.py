from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    name = "insights"
    verbose_name = _("利用統計")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import roles, signals

        signals.connect()
        post_migrate.connect(roles.ensure_statistics_group, sender=self, dispatch_uid="insights-role")
