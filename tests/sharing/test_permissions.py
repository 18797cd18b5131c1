"""One table: every sharing and supporter URL × every kind of visitor. A new URL without a row fails."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sharing import invitations, supporter_urls, urls
from sharing.models import Group, GroupMember, Invitation, Share

from .conftest import mfa_client
from .test_sharing import receive, share_by_code

pytestmark = pytest.mark.django_db

ROLES = ["owner", "receiver", "same_org_no_share", "other_org", "anonymous", "expired", "revoked"]

# url name → (method, expected status per role). 302 for anonymous = to the login page.
TABLE = {
    "sharing:index": ("get", [200, 200, 200, 200, 302, 200, 200]),
    "sharing:new": ("get", [200, 200, 200, 200, 302, 200, 200]),
    "sharing:code": ("get", [200, 404, 404, 404, 302, 404, 404]),
    "sharing:stop": ("post", [302, 404, 404, 404, 302, 404, 404]),
    "sharing:comments": ("get", [200, 404, 404, 404, 302, 404, 404]),
    "sharing:join_group": ("get", [200, 200, 200, 200, 302, 200, 200]),
    "sharing:leave_group": ("post", [302, 404, 404, 404, 302, 404, 404]),
    "supporter:workspace": ("get", [403, 200, 200, 200, 302, 200, 200]),
    "supporter:receive": ("get", [403, 200, 200, 200, 302, 200, 200]),
    "supporter:person": ("get", [403, 200, 404, 404, 302, 404, 404]),
    "supporter:sheet": ("get", [403, 200, 404, 404, 302, 404, 404]),
    "supporter:download": ("get", [403, 200, 404, 404, 302, 404, 404]),
    # a document the person did not share (reading a shared one: test_documents.py)
    "supporter:document": ("get", [403, 404, 404, 404, 302, 404, 404]),
    # an organisation's 管理者 only (the receiver is a 担当者)
    "supporter:members": ("get", [403, 404, 404, 404, 302, 404, 404]),
    "supporter:cancel_invitation": ("post", [403, 404, 404, 404, 302, 404, 404]),
    "supporter:remove_member": ("post", [403, 404, 404, 404, 302, 404, 404]),
    # a live invitation to someone else's address: only the invited address joins
    "supporter:join": ("get", [403, 403, 403, 403, 200, 403, 403]),
    # a class of the receiver's organisation: any member of it (progress, never contents)
    "supporter:groups": ("get", [403, 200, 200, 200, 302, 200, 200]),
    "supporter:group": ("get", [403, 200, 200, 404, 302, 200, 200]),
    "supporter:group_csv": ("get", [403, 200, 200, 404, 302, 200, 200]),
    "supporter:group_new_code": ("post", [403, 302, 302, 404, 302, 302, 302]),
    "supporter:group_close": ("post", [403, 302, 302, 404, 302, 302, 302]),  # last: ends the class
}
CHANGES_THE_WORLD = {"sharing:stop"}


def test_every_url_has_a_row():
    names = {f"sharing:{p.name}" for p in urls.urlpatterns} | {
        f"supporter:{p.name}" for p in supporter_urls.urlpatterns
    }
    assert names == set(TABLE)


@pytest.fixture
def world(person, person_client, consultant, colleague, other_supporter, hello_work):
    receiver = mfa_client(consultant)
    receive(receiver, share_by_code(person_client, scope="member"))
    share = Share.objects.filter(owner__email="hanako@example.jp").get()
    invitation = Invitation.objects.create(
        organisation=hello_work,
        email="invited@hw.example.jp",
        display_name="招待 太郎",
        nonce="0" * 32,
        expires_at=timezone.now() + datetime.timedelta(days=7),
    )
    group = Group.objects.create(organisation=hello_work, name="相談会", code_hash="0" * 64)
    return {
        "group": group,
        "group_member": GroupMember.objects.create(group=group, person=person),
        "organisation": hello_work,
        "colleague_membership": colleague.supporter_memberships.get(),
        "invitation": invitation,
        "share": share,
        "person": person,
        "consultant": consultant,
        "colleague": colleague,
        "other": other_supporter,
    }


def _client(role, world):
    share = world["share"]
    if role == "owner":
        client = Client()
        client.force_login(world["person"])
        return client
    if role == "anonymous":
        return Client()
    if role == "expired":
        Share.objects.filter(pk=share.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    if role == "revoked":
        Share.objects.filter(pk=share.pk).update(revoked_at=timezone.now())
    user = {"same_org_no_share": world["colleague"], "other_org": world["other"]}.get(
        role, world["consultant"]
    )
    return mfa_client(user)


def _url(name, world):
    share = world["share"]
    if name == "supporter:members":
        return reverse(name, args=[world["organisation"].pk])
    if name == "supporter:remove_member":
        return reverse(name, args=[world["organisation"].pk, world["colleague_membership"].pk])
    if name == "supporter:cancel_invitation":
        return reverse(name, args=[world["organisation"].pk, world["invitation"].pk])
    if name.startswith("supporter:group_") or name == "supporter:group":
        return reverse(name, args=[world["group"].pk])
    if name == "sharing:leave_group":
        return reverse(name, args=[world["group_member"].pk])
    if name == "supporter:join":
        return reverse(name, args=[invitations.token_for(world["invitation"])])
    if name in ("sharing:code", "sharing:stop", "supporter:person"):
        return reverse(name, args=[share.pk])
    if name == "sharing:comments":
        return reverse(name, args=["1-1"])
    if name == "supporter:document":
        return reverse(name, args=[share.pk, "diagnosis"])
    if name == "supporter:download":
        return reverse(name, args=[share.pk, "1-1", "xlsx"])
    if name == "supporter:sheet":
        return reverse(name, args=[share.pk, "1-1"])
    return reverse(name)


@pytest.mark.parametrize("role", ROLES)
def test_who_reaches_what(role, world):
    client = _client(role, world)
    got = {}
    for name, (method, _statuses) in TABLE.items():
        if name in CHANGES_THE_WORLD:
            continue  # checked on its own below
        response = getattr(client, method)(_url(name, world))
        got[name] = response.status_code
    expected = {
        name: statuses[ROLES.index(role)]
        for name, (_m, statuses) in TABLE.items()
        if name not in CHANGES_THE_WORLD
    }
    assert got == expected


@pytest.mark.parametrize("role", ROLES)
def test_only_the_owner_stops_a_share(role, world):
    client = _client(role, world)
    response = client.post(_url("sharing:stop", world))
    assert response.status_code == TABLE["sharing:stop"][1][ROLES.index(role)]
    stopped = Share.objects.filter(pk=world["share"].pk, revoked_at__isnull=False).exists()
    assert stopped == (role in ("owner", "revoked"))


# The card's own pages and API serve only the signed-in person's card. A supporter with an active
# share who tries them with the person's sheet codes and ids gets their own (empty) card or 404 —
# never the person's contents. (url, statuses allowed)
CARD_URLS = [
    ("/card/", {200}),
    ("/mypage/", {200}),
    ("/card/sheets/1-1/", {200}),
    ("/card/sheets/1-1/history/", {200, 404}),
    ("/card/sheets/1-1/history/{revision}/", {404}),
    ("/card/sheets/1-1/fragment/", {200, 400, 404}),
    ("/api/v1/card/sheets/1-1/", {200, 404}),
    ("/card/download/", {200}),
    ("/card/documents/", {200}),
]


def test_a_supporter_never_reaches_the_persons_card_through_the_card_urls(world):
    from sheets.models import SheetRevision

    revision = SheetRevision.objects.filter(entry__card__owner=world["person"]).first()
    assert revision is not None
    for role in ("receiver", "same_org_no_share", "other_org"):
        client = _client(role, world)
        for template, allowed in CARD_URLS:
            url = template.format(revision=revision.pk)
            response = client.get(url)
            assert response.status_code in allowed, (role, url, response.status_code)
            body = response.content.decode() if response.status_code == 200 else ""
            assert "人と話しながら課題を整理する仕事" not in body, (role, url)
            assert "hanako@example.jp" not in body, (role, url)
