from django import template

from ..consent import describe
from ..models import ImportProposal, PartnerConsent

register = template.Library()


@register.inclusion_tag("partners/includes/mypage_section.html", takes_context=True)
def partners_summary(context, user):
    """My page: the linked services, each with its last access and 「連携をやめる」."""
    consents = PartnerConsent.objects.filter(user=user, revoked_at__isnull=True).select_related("client")
    return {
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "consents": [{"consent": c, "details": describe(c.scopes)} for c in consents],
        "pending": ImportProposal.objects.filter(user=user, status=ImportProposal.Status.PENDING).count(),
    }
