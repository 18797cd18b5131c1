from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = _("求人とマッチング")

    def ready(self):
        from django.db.models.signals import pre_delete

        from accounts.export import register_export_section
        from occupations.models import Occupation

        register_export_section("matching", _export, covers=["matching.MatchingProfile"])
        pre_delete.connect(_withdraw_postings, sender=Occupation, dispatch_uid="matching_occupation_gone")


def _withdraw_postings(sender, instance, **kwargs):
    """job tag dropped an occupation: its postings stop being offered until the company chooses
    the occupation again (the posting itself and its texts are kept)."""
    from .models import JobPosting

    JobPosting.objects.filter(occupation=instance).update(status=JobPosting.Status.WITHDRAWN)


def _export(user):
    """「登録データのダウンロード」: the person's matching settings (deleted with the account)."""
    from .models import MatchingProfile

    profile = MatchingProfile.objects.filter(user=user).first()
    if profile is None:
        return None
    return {
        "discoverable": profile.discoverable,
        "show_work_history": profile.show_work_history,
        "show_qualifications": profile.show_qualifications,
        "show_diagnosis": profile.show_diagnosis,
        "show_prefecture": profile.show_prefecture,
        "prefecture": profile.prefecture,
        "remote_ok": profile.remote_ok,
        "employment_types": profile.employment_types,
        "max_hours_per_week": profile.max_hours_per_week,
        "occupations": profile.occupations,
        "updated_at": profile.updated_at,
    }
