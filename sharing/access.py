"""One permission model for supporters: who may read or write what of a person's card.

Every supporter view asks here, on every request — a revoked or expired share stops working on the
supporter's next request. The rules:

- the owner reads everything of their card and writes their own parts (``Writer.PERSON``);
- the member who received a share reads the shared sheets (saved versions) while the share is
  active, and writes their organisation's parts of them (``Organisation.writer``);
- another member of that organisation: the same when the person chose 「組織の担当者」, nothing when
  the person chose 「担当者だけ」;
- anyone else, and everyone once a share has expired or been stopped: nothing (404, which does not
  say whether the share exists).

A supporter must belong to an approved organisation and have two-step verification set up and used in
the session (``supporter_required``, as the admin does for staff).
"""

from __future__ import annotations

from functools import wraps

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .models import Membership, Organisation, Share


def memberships(user):
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(
        user=user, organisation__status=Organisation.Status.APPROVED
    ).select_related("organisation")


def shares_for(user):
    """The active shares this supporter may open."""
    mine = memberships(user)
    return (
        Share.objects.active()
        .filter(organisation__in=[m.organisation_id for m in mine])
        .filter(Q(scope=Share.Scope.ORGANISATION) | Q(member__in=list(mine)))
        .select_related("owner", "organisation", "member", "card")
    )


def share_for(user, share_id: int) -> Share:
    """The share if this supporter may open it now; 404 otherwise (never says whether it exists)."""
    share = shares_for(user).filter(pk=share_id).first()
    if share is None:
        raise Http404
    return share


def can_read_sheet(user, share: Share, sheet_code: str) -> bool:
    return sheet_code in share.sheets and share.is_active


def writer_for(share: Share):
    return share.organisation.writer if share.organisation else None


def supporter_required(view):
    """A signed-in member of an approved organisation, with two-step verification used this session."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not memberships(user).exists():
            return render(request, "sharing/not_supporter.html", status=403)
        next_query = f"?{urlencode({'next': request.get_full_path()})}"
        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            messages.warning(
                request, _("支援者の画面を使うには、認証アプリによる2段階認証の設定が必要です。")
            )
            return redirect(reverse("mfa_activate_totp") + next_query)
        records = get_authentication_records(request, user)
        if not any(record.get("method") == "mfa" for record in records):
            messages.warning(request, _("支援者の画面を使うには、認証アプリのコードを入力してください。"))
            return redirect(reverse("mfa_reauthenticate") + next_query)
        return view(request, *args, **kwargs)

    return wrapped
