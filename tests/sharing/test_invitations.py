"""An organisation's 管理者 invites a member by mail; the link is signed, expiring and single-use."""

import datetime
import re
import time

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.security import SESSION_SEEN, SESSION_STARTED
from sharing import invitations
from sharing.models import Invitation, Membership

from .conftest import make_user, mfa_client

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^\s]+/supporter/join/[^\s/]+/")


@pytest.fixture
def admin_user(django_user_model, hello_work):
    user = make_user(django_user_model, "boss@hw.example.jp")
    Membership.objects.create(
        organisation=hello_work, user=user, display_name="所長", role=Membership.Role.ADMIN
    )
    return user


def invite(client, org, email="new@hw.example.jp", role="staff", name="田中 相談員"):
    return client.post(
        reverse("supporter:members", args=[org.pk]), {"email": email, "role": role, "display_name": name}
    )


def invitee(django_user_model, email="new@hw.example.jp", verified=True):
    user = make_user(django_user_model, email)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def link_path():
    match = LINK.search(mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return match.group(0).split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def test_admin_invites_and_the_invitee_joins_after_setting_up_mfa(admin_user, hello_work, django_user_model):
    admin = mfa_client(admin_user)
    response = invite(admin, hello_work)
    assert response.status_code == 302
    assert mail.outbox[-1].to == ["new@hw.example.jp"]
    assert "ハローワーク品川" in mail.outbox[-1].subject
    path = link_path()
    page = admin.get(reverse("supporter:members", args=[hello_work.pk])).content.decode()
    assert "new@hw.example.jp" in page and "招待を取り消す" in page  # pending, listed

    anonymous = Client().get(path)
    assert anonymous.status_code == 200
    assert "アカウントを作成する" in anonymous.content.decode()

    user = invitee(django_user_model)
    client = Client()
    client.force_login(user)
    assert "参加する" in client.get(path).content.decode()
    # no authenticator yet: sent to set one up, coming back here
    response = client.post(path)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
    assert "next=%2Fsupporter%2Fjoin%2F" in response["Location"]
    assert not Membership.objects.filter(user=user).exists()

    client = mfa_client(user)
    response = client.post(path)
    assert response.status_code == 302
    membership = Membership.objects.get(user=user)
    assert membership.organisation == hello_work
    assert membership.display_name == "田中 相談員" and membership.role == Membership.Role.STAFF
    assert client.get(reverse("supporter:workspace")).status_code == 200

    # single use
    again = client.post(path)
    assert again.status_code == 404
    assert "この招待リンクは使えません" in again.content.decode()
    assert Membership.objects.filter(user=user).count() == 1


def test_only_the_invited_address_may_join(admin_user, hello_work, django_user_model):
    invite(mfa_client(admin_user), hello_work)
    path = link_path()
    stranger = mfa_client(invitee(django_user_model, email="other@example.jp"))
    response = stranger.post(path)
    assert response.status_code == 403
    assert "別のメールアドレスあて" in response.content.decode()
    assert not Membership.objects.filter(user__email="other@example.jp").exists()
    unverified = mfa_client(invitee(django_user_model, email="NEW@hw.example.jp", verified=False))
    assert unverified.post(path).status_code == 403


def test_forged_expired_and_cancelled_links_are_refused(admin_user, hello_work, django_user_model):
    admin = mfa_client(admin_user)
    invite(admin, hello_work)
    path = link_path()
    user_client = mfa_client(invitee(django_user_model))
    forged = path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]
    assert user_client.post(forged).status_code == 404
    assert user_client.get("/supporter/join/not-a-token/").status_code == 404

    invitation = Invitation.objects.get()
    response = admin.post(reverse("supporter:cancel_invitation", args=[hello_work.pk, invitation.pk]))
    assert response.status_code == 302
    assert user_client.post(path).status_code == 404
    assert not Membership.objects.filter(user__email="new@hw.example.jp").exists()

    invite(admin, hello_work)
    path = link_path()
    Invitation.objects.filter(cancelled_at__isnull=True).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert user_client.post(path).status_code == 404


def test_the_signature_expires_even_if_the_row_says_otherwise(admin_user, hello_work, django_user_model):
    invite(mfa_client(admin_user), hello_work)
    path = link_path()
    token = path.rstrip("/").rsplit("/", 1)[1]
    later = time.time() + (invitations.INVITATION_DAYS + 1) * 86400
    import unittest.mock

    with unittest.mock.patch("django.core.signing.time.time", return_value=later):
        with pytest.raises(invitations.InvitationRefused):
            invitations.from_token(token)


def test_only_an_admin_of_that_organisation_manages_invitations(
    admin_user, consultant, other_supporter, hello_work
):
    url = reverse("supporter:members", args=[hello_work.pk])
    assert mfa_client(consultant).get(url).status_code == 404  # 担当者, not 管理者
    assert mfa_client(other_supporter).get(url).status_code == 404
    assert invite(mfa_client(consultant), hello_work).status_code == 404
    assert not Invitation.objects.exists() and not mail.outbox
    invite(mfa_client(admin_user), hello_work)
    invitation = Invitation.objects.get()
    response = mfa_client(other_supporter).post(
        reverse("supporter:cancel_invitation", args=[hello_work.pk, invitation.pk])
    )
    assert response.status_code == 404
    assert Invitation.objects.get().cancelled_at is None


def test_bad_input_is_answered_next_to_the_field(admin_user, consultant, hello_work):
    admin = mfa_client(admin_user)
    response = invite(admin, hello_work, email="not-an-address", name="田中")
    assert response.status_code == 400
    body = response.content.decode()
    assert "メールアドレスの形式で入力してください" in body and 'value="田中"' in body
    response = invite(admin, hello_work, email=consultant.email)
    assert response.status_code == 400
    assert "既にこの組織の担当者です" in response.content.decode()
    assert not mail.outbox


def test_inviting_again_replaces_the_pending_invitation(admin_user, hello_work):
    admin = mfa_client(admin_user)
    invite(admin, hello_work)
    invite(admin, hello_work, role="admin")
    assert invitations.pending(hello_work).get().role == "admin"
    assert Invitation.objects.count() == 2


def test_a_supporter_session_ends_after_the_idle_limit_as_staff_sessions_do(consultant, settings):
    client = mfa_client(consultant)
    assert client.get(reverse("supporter:workspace")).status_code == 200
    session = client.session
    session[SESSION_SEEN] = int(time.time()) - settings.SESSION_IDLE_SECONDS - 5
    session[SESSION_STARTED] = int(time.time()) - 60
    session.save()
    response = client.get(reverse("supporter:workspace"))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


def test_an_admin_removes_a_member_whose_access_ends_at_once(
    admin_user, consultant, hello_work, other_supporter
):
    client = mfa_client(consultant)
    assert client.get(reverse("supporter:workspace")).status_code == 200
    member = Membership.objects.get(user=consultant)
    url = reverse("supporter:remove_member", args=[hello_work.pk, member.pk])
    # neither a 担当者 nor another organisation's member can
    assert mfa_client(consultant).post(url).status_code == 404
    assert mfa_client(other_supporter).post(url).status_code == 404
    admin = mfa_client(admin_user)
    assert admin.post(url).status_code == 302
    assert not Membership.objects.filter(pk=member.pk).exists()
    assert client.get(reverse("supporter:workspace")).status_code == 403  # no longer a supporter
    own = Membership.objects.get(user=admin_user)
    response = admin.post(reverse("supporter:remove_member", args=[hello_work.pk, own.pk]), follow=True)
    assert "自分自身は外せません" in response.content.decode()
    assert Membership.objects.filter(pk=own.pk).exists()
