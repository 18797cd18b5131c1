from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiagnosisConfig(AppConfig):
    name = "diagnosis"
    verbose_name = _("自己診断")

    def ready(self):
        from accounts.export import register_export_section

        from . import signals  # noqa: F401  (connects the sign-up / login receivers)

        register_export_section("diagnosis", _export, covers=["diagnosis.DiagnosisResult"])


def _export(user):
    """「登録データのダウンロード」: the person's latest results (one generation is kept)."""
    from .models import DiagnosisResult

    result = DiagnosisResult.objects.filter(owner=user).first()
    if result is None:
        return None
    return {
        "interest": result.interest,
        "values": result.values,
        "strengths": result.strengths,
        "created_at": result.created_at,
        "updated_at": result.updated_at,
    }
