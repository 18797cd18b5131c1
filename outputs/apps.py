from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutputsConfig(AppConfig):
    name = "outputs"
    verbose_name = _("ジョブ・カードの出力と取り込み")

    def ready(self):
        from . import checks, signals  # noqa: F401  (registers the system check and file clean-up)
        from .documents import register_export

        register_export()
