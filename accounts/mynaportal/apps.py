from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class MynaPortalConfig(AppConfig):
    name = "accounts.mynaportal"
    label = "mynaportal"
    verbose_name = _("マイナポータル連携")

    def ready(self) -> None:
        from .checks import check_mynaportal_settings

        checks.register(check_mynaportal_settings, checks.Tags.security)
