from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LifelineConfig(AppConfig):
    name = "lifeline"
    verbose_name = _("ライフラインチャート")
