from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidancePagesConfig(AppConfig):
    name = "guidance_pages"
    verbose_name = _("ガイダンス")
