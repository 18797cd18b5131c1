"""An organisation's members and invitations (its 管理者), and the invitee's side of the link."""

from __future__ import annotations

from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import invitations
from .access import supporter_required
from .forms import InviteForm
from .models import Invitation, Membership


def _admin_of(user, organisation_id: int) -> Membership:
    membership = invitations.admin_memberships(user).filter(organisation_id=organisation_id).first()
    if membership is None:
        raise Http404
    return membership


@never_cache
@supporter_required
def members(request, organisation_id: int):
    organisation = _admin_of(request.user, organisation_id).organisation
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        if Membership.objects.filter(organisation=organisation, user__email__iexact=email).exists():
            form.add_error("email", _("このメールアドレスの方は、既にこの組織の担当者です。"))
        elif invitations.pending(organisation).count() >= invitations.MAX_PENDING:
            form.add_error(
                "email",
                _("参加を待っている招待が%(n)d件あります。不要な招待を取り消してから招待してください。")
                % {"n": invitations.MAX_PENDING},
            )
        else:
            invitations.invite(
                organisation,
                email=email,
                role=form.cleaned_data["role"],
                display_name=form.cleaned_data["display_name"],
                invited_by=request.user,
                build_uri=request.build_absolute_uri,
            )
            messages.success(request, _("%(email)s に招待のメールを送りました。") % {"email": email})
            return redirect("supporter:members", organisation_id=organisation.pk)
    return render(
        request,
        "sharing/supporter/members.html",
        {
            "organisation": organisation,
            "members": organisation.memberships.select_related("user").order_by("display_name"),
            "pending": invitations.pending(organisation),
            "form": form,
            "days": invitations.INVITATION_DAYS,
        },
        status=400 if form.errors else 200,
    )


@require_POST
@supporter_required
def cancel_invitation(request, organisation_id: int, invitation_id: int):
    organisation = _admin_of(request.user, organisation_id).organisation
    invitation = get_object_or_404(Invitation, pk=invitation_id, organisation=organisation)
    invitations.cancel(invitation)
    messages.success(request, _("%(email)s への招待を取り消しました。") % {"email": invitation.email})
    return redirect("supporter:members", organisation_id=organisation.pk)


@require_POST
@supporter_required
def remove_member(request, organisation_id: int, member_id: int):
    """A 管理者 removes a member (someone who left): their access ends on their next request. Not
    themselves — an organisation keeps at least the admin doing this."""
    admin = _admin_of(request.user, organisation_id)
    member = get_object_or_404(Membership, pk=member_id, organisation=admin.organisation)
    if member.pk == admin.pk:
        messages.error(request, _("自分自身は外せません。ほかの管理者に依頼してください。"))
    else:
        member.delete()
        messages.success(request, _("%(name)s さんを担当者から外しました。") % {"name": member.display_name})
    return redirect("supporter:members", organisation_id=admin.organisation_id)


@never_cache
def join(request, token: str):
    """The invitee: sign up or sign in with the invited address, set up an authenticator, join."""
    try:
        invitation = invitations.from_token(token)
    except invitations.InvitationRefused as exc:
        return render(request, "sharing/supporter/join.html", {"refused": exc.message}, status=exc.status)
    here = request.get_full_path()
    context = {"invitation": invitation, "next": urlencode({"next": here})}
    if not request.user.is_authenticated:
        return render(request, "sharing/supporter/join.html", {**context, "anonymous": True})
    if invitation.email.lower() not in invitations.addresses_of(request.user):
        return render(
            request,
            "sharing/supporter/join.html",
            {
                **context,
                "refused": _(
                    "この招待は、別のメールアドレスあてに送られています。招待のメールを受け取ったアドレスのアカウントでログインしてください。"
                ),
            },
            status=403,
        )
    if request.method == "POST":
        if not Authenticator.objects.filter(user=request.user, type=Authenticator.Type.TOTP).exists():
            messages.warning(
                request, _("支援者として参加するには、認証アプリによる2段階認証の設定が必要です。")
            )
            return redirect(reverse("mfa_activate_totp") + "?" + context["next"])
        try:
            membership = invitations.accept(invitation, request.user)
        except invitations.InvitationRefused as exc:
            return render(request, "sharing/supporter/join.html", {"refused": exc.message}, status=exc.status)
        messages.success(
            request,
            _("%(org)s の担当者として参加しました。") % {"org": membership.organisation.name},
        )
        return redirect("supporter:workspace")
    has_totp = Authenticator.objects.filter(user=request.user, type=Authenticator.Type.TOTP).exists()
    return render(request, "sharing/supporter/join.html", {**context, "has_totp": has_totp})
