"""「登録データのダウンロード」: the person's shares and who read or wrote what (never the codes), and,
for a supporter, the organisations they belong to."""

from django.db.models import Q


def export_shares(user):
    from .models import AccessRecord, Comment, Group, GroupMember, Invitation, Membership, Share

    shares = [
        {
            "sheets": s.sheets,
            "scope": s.scope,
            "note": s.note,
            "organisation": s.organisation.name if s.organisation else None,
            "member": s.member.display_name if s.member else None,
            "created_at": s.created_at,
            "received_at": s.received_at,
            "expires_at": s.expires_at,
            "revoked_at": s.revoked_at,
        }
        for s in Share.objects.filter(owner=user).select_related("organisation", "member")
    ]
    records = [
        {
            "at": r.at,
            "organisation": r.organisation_name,
            "member": r.actor_name,
            "action": r.action,
            "target": r.target,
        }
        for r in AccessRecord.objects.filter(owner=user)
    ]
    memberships = [
        {
            "organisation": m.organisation.name,
            "role": m.role,
            "display_name": m.display_name,
            "since": m.created_at,
        }
        for m in Membership.objects.filter(user=user).select_related("organisation")
    ]
    comments = [
        {
            "at": c.created_at,
            "sheet": c.sheet_code,
            "section": c.section_title,
            "by": c.author_name,
            "text": c.text,
        }
        for c in Comment.objects.filter(card__owner=user)
    ]
    classes = [
        {
            "organisation": g.group.organisation.name,
            "class": g.group.name,
            "joined_at": g.joined_at,
            "left_at": g.left_at,
        }
        for g in GroupMember.objects.filter(person=user).select_related("group__organisation")
    ]
    # As a supporter: the classes they created and the invitations they sent or accepted.
    created = [
        {
            "organisation": g.organisation.name,
            "class": g.name,
            "created_at": g.created_at,
            "closed_at": g.closed_at,
        }
        for g in Group.objects.filter(created_by=user).select_related("organisation")
    ]
    invitations = [
        {
            "organisation": i.organisation.name,
            "email": i.email,
            "role": i.role,
            "display_name": i.display_name,
            "sent_by_me": i.invited_by_id == user.pk,
            "created_at": i.created_at,
            "accepted_at": i.accepted_at,
            "cancelled_at": i.cancelled_at,
        }
        for i in Invitation.objects.filter(Q(invited_by=user) | Q(accepted_by=user)).select_related(
            "organisation"
        )
    ]
    if not any((shares, records, memberships, comments, classes, created, invitations)):
        return None
    return {
        "shares": shares,
        "records": records,
        "supporter_memberships": memberships,
        "comments": comments,
        "classes": classes,
        "classes_created": created,
        "invitations": invitations,
    }
