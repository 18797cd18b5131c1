"""マイナポータル login, end to end against a real OpenID Provider on 127.0.0.1 (tests/oidc_provider.py).

The site runs in Django's test client; the OP is real HTTP, reached by allauth (discovery, JWKS,
token) and by these tests (the browser's visit to /authorize).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from accounts.mynaportal.checks import check_mynaportal_settings
from tests.oidc_provider import LoopbackOP

User = get_user_model()

ALLOWED_EXTRA_DATA = {"sub", "iss", "auth_time"}
NAME = "山田 太郎"
ADDRESS = "東京都千代田区霞が関1-2-2"
MY_NUMBER = "123456789018"
PERSONAL_CLAIMS = {
    "name": NAME,
    "family_name": "山田",
    "given_name": "太郎",
    "address": {"formatted": ADDRESS},
    "email": "taro@example.jp",
    "email_verified": True,
    "birthdate": "1980-01-01",
    "mynumber": MY_NUMBER,
    "individual_number": "1234 5678 9018",
}
FORBIDDEN_VALUES = [
    NAME,
    "山田",
    "太郎",
    ADDRESS,
    MY_NUMBER,
    "1234 5678 9018",
    "taro@example.jp",
    "1980-01-01",
]
ERROR_HEADING = "マイナポータルでのログインができませんでした"
PASSWORD = "correct-horse-battery"


@pytest.fixture(scope="module")
def loopback_op():
    op = LoopbackOP().start()
    yield op
    op.stop()


@pytest.fixture(autouse=True)
def only_loopback(monkeypatch):
    """Every HTTP request made during these tests must go to 127.0.0.1."""
    original_send = requests.Session.send

    def send(self, request, **kwargs):
        host = urlsplit(request.url).hostname
        assert host == "127.0.0.1", f"unexpected network access to {host}"
        kwargs["proxies"] = {}
        return original_send(self, request, **kwargs)

    monkeypatch.setattr(requests.Session, "send", send)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")


def provider_settings(op: LoopbackOP, issuer: str | None = None) -> dict:
    return {
        "mynaportal": {
            "APPS": [
                {
                    "name": "マイナポータル",
                    "client_id": op.client_id,
                    "secret": op.client_secret,
                    "settings": {"server_url": issuer or op.issuer},
                }
            ]
        }
    }


@pytest.fixture
def op(loopback_op, db):
    loopback_op.reset()
    # The demo data links 検証用マイナポータル test person A (demo/loader.py); these tests start
    # from no linked account at all (rolled back after each test).
    SocialAccount.objects.all().delete()
    with override_settings(SOCIALACCOUNT_PROVIDERS=provider_settings(loopback_op)):
        yield loopback_op
    loopback_op.reset()


# --- driving the flow ----------------------------------------------------------------------------


def start_login(client, query: dict | None = None, data: dict | None = None) -> str:
    """Press the マイナポータル button: POST to the login URL, get sent to the OP."""
    url = reverse("mynaportal_login")
    if query:
        url = f"{url}?{urlencode(query)}"
    response = client.post(url, data or {})
    assert response.status_code == 302, response.content[:500]
    return response["Location"]


def visit_op(authorize_url: str) -> str:
    """The browser at the OP: it approves and redirects back; return the callback path + query."""
    response = requests.get(authorize_url, allow_redirects=False, timeout=5)
    assert response.status_code == 302, response.text
    location = urlsplit(response.headers["Location"])
    assert location.path == reverse("mynaportal_callback")
    return f"{location.path}?{location.query}"


def login_via_op(client, **kwargs):
    return client.get(visit_op(start_login(client, **kwargs)))


def replace_query(callback: str, **params) -> str:
    parts = urlsplit(callback)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    query.update(params)
    query = {k: v for k, v in query.items() if v is not None}
    return f"{parts.path}?{urlencode(query)}"


def stashed_states(client) -> dict:
    return client.session.get("socialaccount_states", {})


def edit_stashed_state(client, **changes) -> None:
    session = client.session
    states = session["socialaccount_states"]
    for stashed in states.values():
        for key, value in changes.items():
            if value is None:
                stashed[0].pop(key, None)
            else:
                stashed[0][key] = value
    session["socialaccount_states"] = states
    session.save()


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


def assert_refused(client, response, users_before: int) -> None:
    assert response.status_code == 401
    text = response.content.decode()
    assert ERROR_HEADING in text
    assert "メールアドレスとパスワードでログイン" in text
    for technical in ("nonce", "id_token", "Traceback", "OAuth2Error", "signature", "PKCE"):
        assert technical not in text
    assert not SocialAccount.objects.exists()
    assert User.objects.count() == users_before
    assert signed_in_user_id(client) is None
    assert "socialaccount_sociallogin" not in client.session


def make_user(email: str, password: str = PASSWORD) -> User:
    user = User.objects.create_user(email=email, password=password)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


# --- the authorization request -------------------------------------------------------------------


def test_authorization_request_has_state_nonce_pkce_and_only_openid(client, op):
    first = parse_qs(urlsplit(start_login(client)).query)
    second = parse_qs(urlsplit(start_login(client)).query)
    params = {k: v[0] for k, v in first.items()}

    assert params["response_type"] == "code"
    assert params["scope"] == "openid"
    assert params["client_id"] == op.client_id
    assert params["redirect_uri"] == "https://testserver" + reverse("mynaportal_callback")
    assert params["code_challenge_method"] == "S256"
    assert len(params["state"]) >= 16 and len(params["nonce"]) >= 32
    assert "claims" not in params and "request" not in params
    # Fresh values every time.
    assert first["state"] != second["state"]
    assert first["nonce"] != second["nonce"]
    assert first["code_challenge"] != second["code_challenge"]
    # The nonce and the PKCE verifier are kept server-side in allauth's state, under the state id.
    state, _ts, provider = stashed_states(client)[params["state"]]
    assert provider == "mynaportal"
    assert state["nonce"] == params["nonce"]
    challenge = base64.urlsafe_b64encode(hashlib.sha256(state["pkce_code_verifier"].encode()).digest())
    assert challenge.rstrip(b"=").decode() == params["code_challenge"]


def test_query_string_cannot_widen_scope_or_replace_parameters(client, op):
    injected = urlencode({"nonce": "attacker", "redirect_uri": "https://evil.example", "scope": "profile"})
    authorize = start_login(client, query={"scope": "profile,email,address", "auth_params": injected})
    params = {k: v[0] for k, v in parse_qs(urlsplit(authorize).query).items()}
    assert params["scope"] == "openid"
    assert params["nonce"] != "attacker"
    assert params["redirect_uri"] == "https://testserver" + reverse("mynaportal_callback")


def test_one_redirect_uri_whatever_the_page_language(client, op):
    with translation.override("en"):
        english_login = reverse("mynaportal_login")
    assert english_login.startswith("/en/")
    response = client.post(english_login)
    params = {k: v[0] for k, v in parse_qs(urlsplit(response["Location"]).query).items()}
    assert params["redirect_uri"] == "https://testserver/accounts/mynaportal/login/callback/"


def test_login_page_offers_mynaportal_only_when_configured(client, op):
    assert reverse("mynaportal_login") in client.get(reverse("account_login")).content.decode()
    with override_settings(SOCIALACCOUNT_PROVIDERS={"mynaportal": {"APPS": []}}):
        assert reverse("mynaportal_login") not in client.get(reverse("account_login")).content.decode()


def test_the_login_page_on_get_only_asks_for_confirmation(client, op):
    response = client.get(reverse("mynaportal_login"))
    assert response.status_code == 200
    assert not op.authorize_requests


# --- happy paths --------------------------------------------------------------------------------


def test_new_visitor_gives_an_email_then_verifies_it(client, op):
    response = login_via_op(client)
    assert response.status_code == 302
    assert response["Location"] == reverse("socialaccount_signup")
    assert not SocialAccount.objects.exists()
    # The token request carried the PKCE verifier (the OP checked it against the challenge).
    assert op.token_requests[-1]["code_verifier"]
    assert op.userinfo_calls == 0

    form = client.get(reverse("socialaccount_signup"))
    assert form.status_code == 200
    response = client.post(reverse("socialaccount_signup"), {"email": "new-person@example.jp"})
    assert response.status_code == 302

    account = SocialAccount.objects.get()
    assert account.provider == "mynaportal"
    assert account.uid == op.sub
    assert set(account.extra_data) <= ALLOWED_EXTRA_DATA
    assert account.extra_data["sub"] == op.sub
    user = account.user
    assert user.email == "new-person@example.jp"
    assert not user.has_usable_password()
    # Verification is mandatory: a mail went out and nobody is signed in yet.
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert signed_in_user_id(client) is None

    # Once the address is verified, マイナポータル alone signs the person in.
    EmailAddress.objects.filter(user=user).update(verified=True)
    response = login_via_op(client)
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert signed_in_user_id(client) == str(user.pk)
    assert SocialAccount.objects.count() == 1


def test_linked_account_signs_in(client, op):
    user = make_user("linked@example.jp")
    SocialAccount.objects.create(user=user, provider="mynaportal", uid=op.sub, extra_data={"sub": op.sub})
    response = login_via_op(client)
    assert response.status_code == 302
    assert signed_in_user_id(client) == str(user.pk)


def test_es256_signed_token_is_accepted(client, op):
    user = make_user("ec@example.jp")
    SocialAccount.objects.create(user=user, provider="mynaportal", uid=op.sub)
    op.misbehave = {"es256"}
    response = login_via_op(client)
    assert response.status_code == 302
    assert signed_in_user_id(client) == str(user.pk)


def test_signed_in_person_connects_mynaportal(client, op):
    user = make_user("connect@example.jp")
    response = client.post(reverse("account_login"), {"login": "connect@example.jp", "password": PASSWORD})
    assert response.status_code == 302
    assert signed_in_user_id(client) == str(user.pk)

    response = login_via_op(client, data={"process": "connect"})
    # Linking an identity to the account asks for the password again (ACCOUNT_REAUTHENTICATION_REQUIRED);
    # until then nothing is linked.
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("account_reauthenticate")
    assert not SocialAccount.objects.exists()
    response = client.post(response["Location"], {"password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("socialaccount_connections")
    account = SocialAccount.objects.get()
    assert (account.user, account.uid) == (user, op.sub)
    assert set(account.extra_data) <= ALLOWED_EXTRA_DATA
    assert signed_in_user_id(client) == str(user.pk)

    page = client.get(reverse("socialaccount_connections"))
    assert page.status_code == 200
    assert "マイナポータル" in page.content.decode()


def test_existing_account_is_never_linked_by_email(client, op):
    existing = make_user("taken@example.jp")
    users_before = User.objects.count()
    login_via_op(client)
    response = client.post(reverse("socialaccount_signup"), {"email": "taken@example.jp"})
    # Same answer as for a new address (no enumeration), but nothing is linked or created:
    # the owner of the address gets an "account already exists" mail.
    assert response.status_code == 302
    assert not SocialAccount.objects.exists()
    assert User.objects.count() == users_before
    assert signed_in_user_id(client) is None
    assert existing.socialaccount_set.count() == 0
    assert [m.to for m in mail.outbox] == [["taken@example.jp"]]


# --- data minimisation --------------------------------------------------------------------------


def all_session_data(client=None) -> str:
    """Every stored session, plus the test client's own (whatever the session engine)."""
    sessions = [s.get_decoded() for s in Session.objects.all()]
    if client is not None:
        sessions.append(dict(client.session.items()))
    return json.dumps(sessions, ensure_ascii=False, default=str)


def test_extra_claims_are_never_stored(client, op):
    op.extra_claims = dict(PERSONAL_CLAIMS)
    login_via_op(client)

    # During the e-mail step the pending login sits in the session: only sub/iss/auth_time.
    pending = client.session["socialaccount_sociallogin"]
    assert set(pending["account"]["extra_data"]) <= ALLOWED_EXTRA_DATA
    assert pending["email_addresses"] == []
    assert pending.get("token", {}).get("token", "") == ""
    session_dump = all_session_data(client)
    for value in FORBIDDEN_VALUES:
        assert value not in session_dump

    form = client.get(reverse("socialaccount_signup")).content.decode()
    assert "taro@example.jp" not in form and NAME not in form

    client.post(reverse("socialaccount_signup"), {"email": "minimal@example.jp"})
    account = SocialAccount.objects.get()
    assert set(account.extra_data) <= ALLOWED_EXTRA_DATA
    assert account.uid == op.sub
    user = account.user
    assert (user.last_name, user.first_name, user.last_name_kana, user.first_name_kana) == ("", "", "", "")
    assert user.email == "minimal@example.jp"
    assert list(EmailAddress.objects.filter(user=user).values_list("email", flat=True)) == [
        "minimal@example.jp"
    ]

    # And after signing in: nothing in the database rows or sessions.
    EmailAddress.objects.filter(user=user).update(verified=True)
    login_via_op(client)
    assert signed_in_user_id(client) == str(user.pk)
    stored = json.dumps(
        [
            list(SocialAccount.objects.values()),
            list(User.objects.filter(pk=user.pk).values()),
            list(EmailAddress.objects.values()),
        ],
        ensure_ascii=False,
        default=str,
    )
    stored += all_session_data(client)
    for value in FORBIDDEN_VALUES:
        assert value not in stored
    assert op.userinfo_calls == 0


def test_subject_that_looks_like_a_my_number_is_refused(client, op, monkeypatch):
    monkeypatch.setattr(op, "sub", "1234-5678-9018")
    users_before = User.objects.count()
    assert_refused(client, login_via_op(client), users_before)
    assert MY_NUMBER not in all_session_data(client)


# --- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("misbehaviour", "logged_reason"),
    [
        ("forged_signature", "InvalidSignatureError"),
        ("wrong_nonce", "nonce does not match"),
        ("no_nonce", "nonce does not match"),
        ("expired", "ExpiredSignatureError"),
        ("wrong_audience", "InvalidAudienceError"),
        ("wrong_issuer", "InvalidIssuerError"),
        ("alg_none", "algorithm not allowed: 'none'"),
        ("hs256_with_public_key", "algorithm not allowed: 'HS256'"),
    ],
)
def test_bad_id_token_is_refused(client, op, caplog, misbehaviour, logged_reason):
    users_before = User.objects.count()
    op.misbehave = {misbehaviour}
    with caplog.at_level(logging.WARNING, logger="accounts.mynaportal"):
        response = login_via_op(client)
    assert_refused(client, response, users_before)
    assert op.token_requests, "the code was exchanged; the id_token itself was refused"
    # Refused for the right reason, and the reason is logged for operators.
    refusals = [r.getMessage() for r in caplog.records if r.name == "accounts.mynaportal"]
    assert len(refusals) == 1 and logged_reason in refusals[0], refusals


@pytest.mark.parametrize("misbehaviour", ["forged_signature", "wrong_nonce", "expired", "alg_none"])
def test_bad_id_token_cannot_sign_in_a_linked_account(client, op, misbehaviour):
    user = make_user("victim@example.jp")
    SocialAccount.objects.create(user=user, provider="mynaportal", uid=op.sub)
    op.misbehave = {misbehaviour}
    response = login_via_op(client)
    assert response.status_code == 401
    assert signed_in_user_id(client) is None


def test_tampered_state_is_refused(client, op):
    users_before = User.objects.count()
    callback = visit_op(start_login(client))
    response = client.get(replace_query(callback, state="A" * 16))
    assert_refused(client, response, users_before)
    assert not op.token_requests  # refused before the code was even exchanged


def test_missing_state_is_refused(client, op):
    users_before = User.objects.count()
    callback = visit_op(start_login(client))
    assert_refused(client, client.get(replace_query(callback, state=None)), users_before)
    assert not op.token_requests


def test_callback_from_another_browser_is_refused(client, op):
    from django.test import Client

    users_before = User.objects.count()
    callback = visit_op(start_login(client))
    other = Client()
    assert_refused(other, other.get(callback), users_before)


def test_callback_cannot_be_replayed(client, op):
    user = make_user("replay@example.jp")
    SocialAccount.objects.create(user=user, provider="mynaportal", uid=op.sub)
    callback = visit_op(start_login(client))
    assert client.get(callback).status_code == 302
    client.logout()
    response = client.get(callback)
    assert response.status_code == 401
    assert signed_in_user_id(client) is None


def test_mismatched_pkce_verifier_is_refused_by_the_op(client, op):
    users_before = User.objects.count()
    callback = visit_op(start_login(client))
    edit_stashed_state(client, pkce_code_verifier="x" * 64)
    assert_refused(client, client.get(callback), users_before)
    assert op.token_requests[-1]["code_verifier"] == "x" * 64


def test_missing_pkce_verifier_is_refused(client, op):
    users_before = User.objects.count()
    callback = visit_op(start_login(client))
    edit_stashed_state(client, pkce_code_verifier=None)
    assert_refused(client, client.get(callback), users_before)
    assert not op.token_requests  # the site will not even try without it


def test_op_itself_rejects_a_token_request_without_verifier(client, op):
    callback = visit_op(start_login(client))
    code = parse_qs(urlsplit(callback).query)["code"][0]
    response = requests.post(
        f"{op.issuer}/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": "https://testserver" + reverse("mynaportal_callback"),
            "client_id": op.client_id,
            "client_secret": op.client_secret,
        },
        timeout=5,
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_missing_nonce_in_state_is_refused(client, op):
    users_before = User.objects.count()
    callback = visit_op(start_login(client))
    edit_stashed_state(client, nonce=None)
    assert_refused(client, client.get(callback), users_before)


def test_wrong_client_secret_is_refused(client, op):
    users_before = User.objects.count()
    settings = provider_settings(op)
    settings["mynaportal"]["APPS"][0]["secret"] = "not-the-secret"
    with override_settings(SOCIALACCOUNT_PROVIDERS=settings):
        assert_refused(client, login_via_op(client), users_before)


def test_discovery_naming_another_issuer_is_refused(client, op):
    with override_settings(SOCIALACCOUNT_PROVIDERS=provider_settings(op, issuer=op.issuer + "/")):
        response = client.post(reverse("mynaportal_login"))
    assert response.status_code == 401
    assert ERROR_HEADING in response.content.decode()
    assert not op.authorize_requests


def test_error_from_the_op_is_refused(client, op):
    users_before = User.objects.count()
    callback = visit_op(start_login(client))
    state = parse_qs(urlsplit(callback).query)["state"][0]
    response = client.get(replace_query(callback, code=None, error="server_error", state=state))
    assert_refused(client, response, users_before)


# --- configuration ------------------------------------------------------------------------------


def test_system_check_wants_an_https_issuer_and_a_secret():
    configured = {
        "mynaportal": {
            "APPS": [{"client_id": "x", "secret": "", "settings": {"server_url": "http://op.example"}}]
        }
    }
    with override_settings(SOCIALACCOUNT_PROVIDERS=configured):
        ids = {message.id for message in check_mynaportal_settings()}
    assert ids == {"mynaportal.E001", "mynaportal.E002"}
    with override_settings(SOCIALACCOUNT_PROVIDERS={"mynaportal": {"APPS": []}}):
        assert check_mynaportal_settings() == []


def test_not_configured_means_no_login_url(client, db):
    with override_settings(SOCIALACCOUNT_PROVIDERS={"mynaportal": {"APPS": []}}):
        assert client.post(reverse("mynaportal_login")).status_code == 404
