from django import template

from ..access import memberships
from ..agreement import awaiting_agreement
from ..models import Share

register = template.Library()


@register.inclusion_tag("sharing/includes/mypage_section.html")
def sharing_summary(user):
    """My page: shares in force, supporter-written boxes waiting for agreement, the supporter link."""
    return {
        "active_count": Share.objects.filter(owner=user).active().count(),
        "awaiting": awaiting_agreement(user),
        "is_supporter": memberships(user).exists(),
    }
