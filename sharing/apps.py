from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SharingConfig(AppConfig):
    name = "sharing"
    verbose_name = _("支援者との共有")

    def ready(self):
        from accounts.export import register_export_section

        from .export import export_shares

        register_export_section(
            "sharing",
            export_shares,
            covers=[
                "sharing.Share",
                "sharing.AccessRecord",
                "sharing.Membership",
                "sharing.Comment",
                "sharing.GroupMember",
                "sharing.Group",
                "sharing.Invitation",
            ],
        )
