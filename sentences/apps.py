from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SentencesConfig(AppConfig):
    name = "sentences"
    verbose_name = _("例文の自動作成")
