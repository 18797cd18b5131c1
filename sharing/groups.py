"""Class and team codes: an organisation (a school, a company) hands one code to many people.

- The organisation creates a class/team; its code (80 bits, as share codes) is shown once and can be
  replaced by a new one (the old one then stops working). Only its SHA-256 is kept.
- A person enters the code on their own page, sees exactly who will see what (each sheet's status
  and when it changed — never contents), and joins. They can leave at any time.
- The organisation's members see who joined and each person's progress, and download it as CSV.
  Every such look is recorded in the person's 「閲覧・記入の履歴」.
- Wrong codes count against the same limits as share codes (per account, and far higher per address).
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sheets.editor.status import sheet_statuses
from sheets.models import Card

from . import codes
from .models import AccessRecord, Group, GroupMember, Membership
from .services import CodeRefused, count_failure, limited, too_many

LIMIT_KIND = "group-code"


def create(organisation, name: str, user) -> tuple[Group, str]:
    code = codes.new_code()
    group = Group.objects.create(
        organisation=organisation, name=name, code_hash=codes.code_hash(code), created_by=user
    )
    return group, code


def new_code(group: Group) -> str:
    code = codes.new_code()
    Group.objects.filter(pk=group.pk).update(code_hash=codes.code_hash(code))
    return code


def close(group: Group) -> None:
    Group.objects.filter(pk=group.pk, closed_at__isnull=True).update(closed_at=timezone.now())


def find(request, text: str) -> Group:
    """The open class/team behind ``text``; one plain refusal for every wrong code."""
    if limited(request, LIMIT_KIND):
        raise too_many()
    digest = codes.code_hash(text)
    if digest is None:
        raise CodeRefused(_("参加コードは、16文字の英数字（例：7K3M-Q9TD-XW2P-H8RA）で入力してください。"))
    group = (
        Group.objects.select_related("organisation")
        .filter(code_hash=digest, closed_at__isnull=True, organisation__status="approved")
        .first()
    )
    if group is None:
        count_failure(request, LIMIT_KIND)
        raise CodeRefused(
            _(
                "この参加コードは使えません。入力に誤りがないか確認し、必要なら学校や会社の担当者に確認してください。"
            )
        )
    return group


def join(group: Group, person) -> GroupMember:
    try:
        with transaction.atomic():
            return GroupMember.objects.create(group=group, person=person)
    except IntegrityError:  # already in (one active membership per class)
        return GroupMember.objects.get(group=group, person=person, left_at__isnull=True)


def leave(member: GroupMember) -> None:
    GroupMember.objects.filter(pk=member.pk, left_at__isnull=True).update(left_at=timezone.now())


def groups_for(user):
    """The classes/teams of the organisations this supporter belongs to."""
    from .access import memberships

    return Group.objects.filter(organisation__in=[m.organisation_id for m in memberships(user)])


def progress(group: Group, viewer) -> list[dict]:
    """Who joined and each sheet's status (never contents); each look is recorded for the person."""
    from .access import shares_for
    from .supporter_views import person_name

    members = list(
        GroupMember.objects.filter(group=group, left_at__isnull=True)
        .select_related("person")
        .order_by("joined_at")
    )
    visible = {s.owner_id: s for s in shares_for(viewer).filter(owner__in=[m.person_id for m in members])}
    viewer_member = Membership.objects.filter(user=viewer, organisation=group.organisation).first()
    rows = []
    for member in members:
        card = Card.objects.filter(owner=member.person).order_by("pk").first()
        rows.append(
            {
                "member": member,
                "name": person_name(member.person),
                "statuses": sheet_statuses(card),
                "share": visible.get(member.person_id),
            }
        )
        AccessRecord.objects.create(
            owner=member.person,
            actor=viewer,
            actor_name=viewer_member.display_name if viewer_member else "",
            organisation_name=group.organisation.name,
            action=AccessRecord.Action.PROGRESS,
            target=group.name[:60],
        )
    return rows


def progress_csv_rows(rows) -> list[list[str]]:
    if not rows:
        return [[_("氏名"), _("参加した日")]]
    header = [_("氏名"), _("参加した日")]
    for status in rows[0]["statuses"]:
        header += [
            _("様式%(code)s 状態") % {"code": status.code},
            _("様式%(code)s 最終更新") % {"code": status.code},
        ]
    out = [header]
    for row in rows:
        line = [row["name"], timezone.localtime(row["member"].joined_at).strftime("%Y-%m-%d")]
        for status in row["statuses"]:
            changed = status.last_update
            line += [
                str(status.status_label),
                timezone.localtime(changed).strftime("%Y-%m-%d %H:%M") if changed else "",
            ]
        out.append(line)
    return out
