"""Invitations by mail to join a supporter organisation.

An organisation's 管理者 invites an e-mail address with a role. The mail carries a signed link
(``django.core.signing``: the invitation's id and a random nonce), which expires after
``INVITATION_DAYS`` and works once. The invitee signs up or signs in with that address, sets up an
authenticator app and becomes a member. Admins see pending invitations and can cancel them.
"""

from __future__ import annotations

import datetime
import secrets

from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Invitation, Membership

INVITATION_DAYS = 7
MAX_PENDING = 100  # pending invitations per organisation
_SALT = "sharing.invitation"


class InvitationRefused(Exception):
    def __init__(self, message: str, status: int = 404):
        super().__init__(message)
        self.message = message
        self.status = status


UNUSABLE = _(
    "この招待リンクは使えません。有効期限（%(days)d日）が切れたか、既に使われたか、取り消された可能性があります。"
    "組織の管理者に、もう一度招待してもらってください。"
)


def admin_memberships(user):
    from .access import memberships

    return memberships(user).filter(role=Membership.Role.ADMIN)


def token_for(invitation: Invitation) -> str:
    return signing.dumps({"i": invitation.pk, "n": invitation.nonce}, salt=_SALT, compress=True)


def invite(organisation, *, email: str, role: str, display_name: str, invited_by, build_uri) -> Invitation:
    """A new invitation, mailed. A pending invitation of the same address is replaced."""
    email = email.strip()
    now = timezone.now()
    with transaction.atomic():
        Invitation.objects.filter(
            organisation=organisation,
            email__iexact=email,
            accepted_at__isnull=True,
            cancelled_at__isnull=True,
        ).update(cancelled_at=now)
        invitation = Invitation.objects.create(
            organisation=organisation,
            email=email,
            role=role,
            display_name=display_name,
            invited_by=invited_by,
            nonce=secrets.token_hex(16),
            expires_at=now + datetime.timedelta(days=INVITATION_DAYS),
        )
    link = build_uri(reverse("supporter:join", args=[token_for(invitation)]))
    send_mail(
        _("【ジョブ・カード】%(org)s の担当者として招待されました") % {"org": organisation.name},
        _(
            "%(org)s の管理者から、ジョブ・カード作成支援サイトの支援者（%(role)s）として招待されました。\n\n"
            "次のリンクを開き、このメールアドレス（%(email)s）でアカウントを作成するかログインしてください。"
            "参加には、認証アプリによる2段階認証の設定が必要です。\n\n%(link)s\n\n"
            "このリンクは%(days)d日間、1回だけ使えます。心当たりがない場合は、このメールを破棄してください。\n"
        )
        % {
            "org": organisation.name,
            "role": invitation.get_role_display(),
            "email": email,
            "link": link,
            "days": INVITATION_DAYS,
        },
        None,
        [email],
    )
    return invitation


def pending(organisation):
    return Invitation.objects.filter(
        organisation=organisation,
        accepted_at__isnull=True,
        cancelled_at__isnull=True,
        expires_at__gt=timezone.now(),
    )


def cancel(invitation: Invitation) -> None:
    Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True, cancelled_at__isnull=True).update(
        cancelled_at=timezone.now()
    )


def from_token(token: str) -> Invitation:
    """The pending invitation behind ``token``; one plain refusal for forged, expired, used and
    cancelled links."""
    refused = InvitationRefused(UNUSABLE % {"days": INVITATION_DAYS})
    try:
        payload = signing.loads(token, salt=_SALT, max_age=datetime.timedelta(days=INVITATION_DAYS))
    except signing.BadSignature as exc:  # includes SignatureExpired
        raise refused from exc
    invitation = (
        Invitation.objects.select_related("organisation").filter(pk=payload.get("i")).first()
        if isinstance(payload, dict)
        else None
    )
    if (
        invitation is None
        or not secrets.compare_digest(invitation.nonce, str(payload.get("n", "")))
        or not invitation.is_pending
        or not invitation.organisation.approved
    ):
        raise refused
    return invitation


def addresses_of(user) -> set[str]:
    from allauth.account.models import EmailAddress

    verified = EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    return {e.lower() for e in verified}


def accept(invitation: Invitation, user) -> Membership:
    """Make ``user`` a member (the caller checked the address and the authenticator)."""
    with transaction.atomic():
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if not locked.is_pending:
            raise InvitationRefused(UNUSABLE % {"days": INVITATION_DAYS})
        membership, _created = Membership.objects.get_or_create(
            organisation=locked.organisation,
            user=user,
            defaults={"role": locked.role, "display_name": locked.display_name},
        )
        locked.accepted_at = timezone.now()
        locked.accepted_by = user
        locked.save(update_fields=["accepted_at", "accepted_by"])
    return membership
