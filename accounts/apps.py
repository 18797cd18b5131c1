from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("アカウント")

    def ready(self):
        from . import checks, signals  # noqa: F401  (deploy checks; the home page's choice follows the visitor)
