from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = _("求人とマッチング")

    def ready(self):
        from django.db.models.signals import pre_delete

        from accounts.export import register_export_section
        from occupations.models import Occupation

        register_export_section(
            "matching",
            _export,
            covers=[
                "matching.MatchingProfile",
                "matching.Offer",
                "matching.OfferBlock",
                "matching.MatchingRecord",
            ],
        )
        pre_delete.connect(_withdraw_postings, sender=Occupation, dispatch_uid="matching_occupation_gone")


def _withdraw_postings(sender, instance, **kwargs):
    """job tag dropped an occupation: its postings stop being offered until the company chooses
    the occupation again (the posting itself and its texts are kept)."""
    from .models import JobPosting

    JobPosting.objects.filter(occupation=instance).update(status=JobPosting.Status.WITHDRAWN)


def _export(user):
    """「登録データのダウンロード」: the person's matching settings, the offers they received, the
    companies they blocked and what companies did with their anonymised profile (all deleted with
    the account)."""
    from .models import MatchingProfile, MatchingRecord, Offer, OfferBlock

    profile = MatchingProfile.objects.filter(user=user).first()
    offers = [
        {
            "organisation": offer.organisation_name,
            "sender": offer.sender_name,
            "posting": offer.posting_title,
            "message": offer.message,
            "sheets": offer.sheets,
            "status": offer.status,
            "sent_at": offer.created_at,
            "answered_at": offer.answered_at,
        }
        for offer in Offer.objects.filter(person=user).order_by("created_at")
    ]
    blocked = [
        {"organisation": block.organisation.name, "blocked_at": block.created_at}
        for block in OfferBlock.objects.filter(person=user).select_related("organisation")
    ]
    records = [
        {
            "organisation": record.organisation_name,
            "member": record.actor_name,
            "action": record.get_action_display(),
            "posting": record.posting_title,
            "at": record.at,
        }
        for record in MatchingRecord.objects.filter(person=user).order_by("pk")
    ]
    if profile is None and not (offers or blocked or records):
        return None
    section = {"offers": offers, "blocked_companies": blocked, "company_actions": records}
    if profile is None:
        return section
    return section | {
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
