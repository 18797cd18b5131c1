"""One table: every sharing and supporter URL × every kind of visitor. A new URL without a row fails."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sharing import supporter_urls, urls
from sharing.models import Share

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
    "supporter:workspace": ("get", [403, 200, 200, 200, 302, 200, 200]),
    "supporter:receive": ("get", [403, 200, 200, 200, 302, 200, 200]),
    "supporter:person": ("get", [403, 200, 404, 404, 302, 404, 404]),
    "supporter:sheet": ("get", [403, 200, 404, 404, 302, 404, 404]),
}


def test_every_url_has_a_row():
    names = {f"sharing:{p.name}" for p in urls.urlpatterns} | {
        f"supporter:{p.name}" for p in supporter_urls.urlpatterns
    }
    assert names == set(TABLE)


@pytest.fixture
def world(person, person_client, consultant, colleague, other_supporter):
    receiver = mfa_client(consultant)
    receive(receiver, share_by_code(person_client, scope="member"))
    share = Share.objects.filter(owner__email="hanako@example.jp").get()
    return {
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


def _url(name, share):
    if name in ("sharing:code", "sharing:stop", "supporter:person"):
        return reverse(name, args=[share.pk])
    if name == "sharing:comments":
        return reverse(name, args=["1-1"])
    if name == "supporter:sheet":
        return reverse(name, args=[share.pk, "1-1"])
    return reverse(name)


@pytest.mark.parametrize("role", ROLES)
def test_who_reaches_what(role, world):
    client = _client(role, world)
    got = {}
    for name, (method, _statuses) in TABLE.items():
        if name == "sharing:stop":
            continue  # changes the world: checked on its own below
        response = getattr(client, method)(_url(name, world["share"]))
        got[name] = response.status_code
    expected = {
        name: statuses[ROLES.index(role)] for name, (_m, statuses) in TABLE.items() if name != "sharing:stop"
    }
    assert got == expected


@pytest.mark.parametrize("role", ROLES)
def test_only_the_owner_stops_a_share(role, world):
    client = _client(role, world)
    response = client.post(_url("sharing:stop", world["share"]))
    assert response.status_code == TABLE["sharing:stop"][1][ROLES.index(role)]
    stopped = Share.objects.filter(pk=world["share"].pk, revoked_at__isnull=False).exists()
    assert stopped == (role in ("owner", "revoked"))
