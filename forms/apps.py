from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsConfig(AppConfig):
    name = "forms"
    label = "jobcard_forms"
    verbose_name = _("ジョブ・カード様式")
