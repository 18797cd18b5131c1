from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SheetsConfig(AppConfig):
    name = "sheets"
    label = "jobcard_forms"
    verbose_name = _("ジョブ・カード様式")

    def ready(self):
        from accounts.export import register_export_section

        from . import export
        from .editor import adoption  # noqa: F401  (connects the login signal)

        register_export_section(
            "job_card",
            export.job_card,
            covers=["jobcard_forms.Card", "jobcard_forms.SheetEntry", "jobcard_forms.SheetRevision"],
        )
