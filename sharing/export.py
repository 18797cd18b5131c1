"""「登録データのダウンロード」: the person's shares and who read or wrote what (never the codes), and,
for a supporter, the organisations they belong to."""


def export_shares(user):
    from .models import AccessRecord, Comment, Membership, Share

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
    if not shares and not records and not memberships and not comments:
        return None
    return {"shares": shares, "records": records, "supporter_memberships": memberships, "comments": comments}
