from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("連携サービス")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import export

        from . import checks  # noqa: F401
        from .export import NOT_EXPORTED, export_partners

        export.register_export_section(
            "partners", export_partners, covers=["partners.PartnerConsent", "partners.ImportProposal"]
        )
        export.NOT_EXPORTED.update(NOT_EXPORTED)
