from django import template

from ..company import company_memberships
from ..models import Offer

register = template.Library()


@register.inclusion_tag("matching/includes/mypage_section.html")
def matching_summary(user):
    """My page: offers waiting for an answer, and the company pages for a company's member."""
    return {
        "pending": Offer.objects.filter(person=user, status=Offer.Status.SENT).count(),
        "is_company": company_memberships(user).exists(),
    }
