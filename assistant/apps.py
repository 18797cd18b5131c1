from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssistantConfig(AppConfig):
    name = "assistant"
    verbose_name = _("質問アシスタント")

    def ready(self):
        from . import signals

        signals.connect()
