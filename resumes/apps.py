from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResumesConfig(AppConfig):
    name = "resumes"
    verbose_name = _("履歴書・職務経歴書")

    def ready(self):
        from accounts.export import register_export_section

        from .export import resume_drafts

        register_export_section("resumes", resume_drafts, covers=["resumes.ResumeDraft"])
