"""The 検証用マイナポータル of `make run`: the test OP (demo/mynaportal_op.py) with a page to pick a test
person, the dev settings that point the site at it, and production settings that refuse it.

The OP is real HTTP on 127.0.0.1; the site runs in Django's test client under the host 127.0.0.1
(the 検証用 OP only sends people back to this machine).
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django.urls import reverse

from demo import mynaportal
from demo.loader import DemoLoader
from demo.mynaportal_op import TITLE, LoopbackOP
from tests.accounts.test_mynaportal import only_loopback, signed_in_user_id

pytestmark = pytest.mark.demo

ROOT = Path(__file__).resolve().parents[2]
LABEL = "検証用のマイナポータル（テスト用の認証サーバー）— 本物のマイナポータルではありません"
User = get_user_model()

__all__ = ["only_loopback"]  # the autouse fixture: no HTTP request leaves 127.0.0.1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def demo_op():
    op = LoopbackOP.demo(port=0).start()
    yield op
    op.stop()


@pytest.fixture
def site(demo_op, db):
    """The site pointed at the 検証用 OP exactly as the dev settings do, served as 127.0.0.1."""
    demo_op.reset()
    app = mynaportal.provider_app(int(urlsplit(demo_op.issuer).port))
    with override_settings(SOCIALACCOUNT_PROVIDERS={"mynaportal": {"APPS": [app]}}):
        yield Client(HTTP_HOST="127.0.0.1")


def start_login(client) -> str:
    response = client.post(reverse("mynaportal_login"))
    assert response.status_code == 302, response.content[:300]
    return response["Location"]


def choice_page(authorize_url: str) -> tuple[requests.Response, str]:
    """The browser at the 検証用 OP: its page and the one-time ticket in its form."""
    response = requests.get(authorize_url, allow_redirects=False, timeout=5)
    assert response.status_code == 200, response.text
    ticket = response.text.split('name="ticket" value="')[1].split('"')[0]
    return response, ticket


def decide(demo_op, ticket: str, **form) -> requests.Response:
    return requests.post(
        f"{demo_op.issuer}/authorize/decision",
        data={"ticket": ticket, **form},
        allow_redirects=False,
        timeout=5,
    )


def back_to_site(response: requests.Response) -> str:
    assert response.status_code == 302, response.text
    location = urlsplit(response.headers["Location"])
    assert (location.scheme, location.hostname) == ("https", "127.0.0.1")
    assert location.path == reverse("mynaportal_callback")
    return f"{location.path}?{location.query}"


# --- the OP's 検証用 page -------------------------------------------------------------------------


def test_choice_page_is_labelled_as_a_test_server_and_lists_the_test_people(site, demo_op):
    response, ticket = choice_page(start_login(site))
    page = response.text
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert f"<title>{LABEL}</title>" in page
    assert TITLE == LABEL
    assert "<strong>検証用</strong>本物のマイナポータルではありません" in page
    assert "マイナンバーカードは使いません" in page
    assert "https://127.0.0.1" in page  # where it will send the person back
    for identity in mynaportal.IDENTITIES:
        assert identity.label in page and f'value="{identity.key}"' in page
    assert mynaportal.LINKED_SUB in page
    assert len(ticket) >= 24
    # Nothing was approved yet: no code exists until a person is picked.
    assert not demo_op.grants


def test_test_person_a_signs_in_as_the_demo_job_seeker(site, demo_op):
    # `load_demo` (run for the test database too) links test person A to the demo job seeker, and
    # running it again changes nothing.
    misaki = User.objects.get(email="misaki@example.jp")
    DemoLoader().link_mynaportal_test_person()
    account = SocialAccount.objects.get(provider="mynaportal", user=misaki)
    assert (account.uid, account.extra_data) == (mynaportal.LINKED_SUB, {"sub": mynaportal.LINKED_SUB})
    accounts_before = SocialAccount.objects.count()

    _, ticket = choice_page(start_login(site))
    callback = back_to_site(decide(demo_op, ticket, identity="a", action="approve"))
    response = site.get(callback)
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert signed_in_user_id(site) == str(misaki.pk)
    assert SocialAccount.objects.count() == accounts_before
    # The token request was a real one: client secret and PKCE verifier checked by the OP.
    assert demo_op.token_requests[-1]["code_verifier"]
    assert demo_op.userinfo_calls == 0


def test_a_first_time_person_goes_to_sign_up_with_a_new_subject_each_time(site, demo_op):
    users_before = User.objects.count()
    accounts_before = SocialAccount.objects.count()
    subjects = []
    for _ in range(2):
        _, ticket = choice_page(start_login(site))
        response = site.get(back_to_site(decide(demo_op, ticket, identity="c", action="approve")))
        assert response.status_code == 302
        assert response["Location"] == reverse("socialaccount_signup")
        subjects.append(site.session["socialaccount_sociallogin"]["account"]["uid"])
    assert subjects[0] != subjects[1]
    assert all(sub.startswith("demo-mynaportal-new-") for sub in subjects)
    assert User.objects.count() == users_before
    assert signed_in_user_id(site) is None
    # The sign-up form asks for an e-mail address, as with the real マイナポータル.
    response = site.post(reverse("socialaccount_signup"), {"email": "first-time@example.jp"})
    assert response.status_code == 302
    assert SocialAccount.objects.count() == accounts_before + 1
    assert SocialAccount.objects.get(uid=subjects[1]).user.email == "first-time@example.jp"


def test_cancel_goes_back_and_signs_nobody_in(site, demo_op):
    accounts_before = SocialAccount.objects.count()
    _, ticket = choice_page(start_login(site))
    response = decide(demo_op, ticket, identity="a", action="cancel")
    callback = back_to_site(response)
    assert parse_qs(urlsplit(callback).query)["error"] == ["access_denied"]
    response = site.get(callback)
    assert response.status_code == 302
    assert response["Location"] == reverse("socialaccount_login_cancelled")
    page = site.get(response["Location"])
    assert page.status_code == 200
    assert "ログインを中止しました" in page.content.decode()
    assert signed_in_user_id(site) is None
    assert not demo_op.grants and SocialAccount.objects.count() == accounts_before


def test_a_ticket_works_once_and_no_person_means_asking_again(site, demo_op):
    _, ticket = choice_page(start_login(site))
    again = decide(demo_op, ticket, action="approve")  # nobody picked
    assert again.status_code == 400
    assert "ログインする利用者を選んでください" in again.text
    assert back_to_site(decide(demo_op, ticket, identity="b", action="approve"))
    used = decide(demo_op, ticket, identity="b", action="approve")
    assert used.status_code == 400
    assert "もう一度やり直してください" in used.text
    assert len(demo_op.grants) == 1


def test_the_test_op_only_sends_people_back_to_this_machine(demo_op):
    query = {
        "client_id": mynaportal.CLIENT_ID,
        "redirect_uri": "https://jobcard.example.jp/accounts/mynaportal/login/callback/",
        "response_type": "code",
        "scope": "openid",
        "state": "s" * 16,
        "nonce": "n" * 32,
        "code_challenge": "c" * 43,
        "code_challenge_method": "S256",
    }
    response = requests.get(
        f"{demo_op.issuer}/authorize?{urlencode(query)}", allow_redirects=False, timeout=5
    )
    assert response.status_code == 400
    assert "Location" not in response.headers
    assert not demo_op.pending


def test_the_test_op_listens_on_loopback_only():
    with pytest.raises(ValueError, match="loopback"):
        LoopbackOP(host="0.0.0.0")  # noqa: S104


def test_login_page_button_says_demo_only_for_the_test_op(site):
    page = site.get(reverse("account_login")).content.decode()
    assert reverse("mynaportal_login") in page
    assert '<span class="tag tag--strong">検証用</span>' in page
    assert "本物のマイナポータルではなく、このパソコンで動くテスト用の認証サーバー" in page
    confirm = site.get(reverse("mynaportal_login")).content.decode()
    assert "本物のマイナポータルではありません" in confirm
    real = {
        "name": "マイナポータル",
        "client_id": "x",
        "secret": "y",
        "settings": {"server_url": "https://op.example.jp"},
    }
    with override_settings(SOCIALACCOUNT_PROVIDERS={"mynaportal": {"APPS": [real]}}):
        page = site.get(reverse("account_login")).content.decode()
        assert reverse("mynaportal_login") in page
        assert "検証用" not in page
        assert "本物" not in site.get(reverse("mynaportal_login")).content.decode()


# --- manage.py run_demo_op -----------------------------------------------------------------------


def test_run_demo_op_serves_discovery_and_stops_on_sigterm():
    port = free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.dev", "DEBUG": "true"}
    process = subprocess.Popen(
        [sys.executable, "manage.py", "run_demo_op", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        issuer = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                discovery = requests.get(issuer + "/.well-known/openid-configuration", timeout=2)
                break
            except requests.ConnectionError:
                assert process.poll() is None, process.stdout.read()
                assert time.monotonic() < deadline, "the test OP did not start"
                time.sleep(0.2)
        assert discovery.status_code == 200
        config = discovery.json()
        assert config["issuer"] == issuer
        assert config["authorization_endpoint"] == issuer + "/authorize"
        assert config["code_challenge_methods_supported"] == ["S256"]
        keys = requests.get(config["jwks_uri"], timeout=2).json()["keys"]
        assert {key["kid"] for key in keys} == {"op-rsa-1", "op-ec-1"}
        assert all("d" not in key for key in keys)  # public keys only
        process.terminate()
        output, _ = process.communicate(timeout=10)
        assert process.returncode in (0, -15), output
        assert "本物ではありません" in output and issuer in output
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_run_demo_op_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("run_demo_op", port=free_port())


# --- settings ------------------------------------------------------------------------------------


def settings_env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("MYNAPORTAL_", "DEMO_MYNAPORTAL_", "DJANGO_"))
    }
    return {**env, **extra}


def load_settings(module: str, **env: str) -> subprocess.CompletedProcess:
    """Load a settings module in a fresh interpreter, print its マイナポータル app and check results."""
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        "from accounts.mynaportal.checks import check_mynaportal_settings as check; "
        "print(json.dumps({'apps': settings.SOCIALACCOUNT_PROVIDERS['mynaportal']['APPS'], "
        "'checks': [m.id for m in check()]}))"
    )
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=settings_env(DJANGO_SETTINGS_MODULE=module, **env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_dev_settings_with_the_flag_point_at_the_test_op():
    result = load_settings("portal.settings.dev", DEMO_MYNAPORTAL_OP="1", DEMO_MYNAPORTAL_OP_PORT="8123")
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert loaded["checks"] == []
    [app] = loaded["apps"]
    assert app["client_id"] == mynaportal.CLIENT_ID and app["secret"] == mynaportal.CLIENT_SECRET
    assert app["settings"] == {"server_url": "http://127.0.0.1:8123", "demo": True}

    result = load_settings("portal.settings.dev")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["apps"] == []


PRODUCTION = {"SECRET_KEY": "production-test-" + "x" * 40, "MYNAPORTAL_OIDC_CLIENT_SECRET": "s3cret"}


@pytest.mark.parametrize(
    "env",
    [
        {"DEMO_MYNAPORTAL_OP": "1"},
        {"DEMO_MYNAPORTAL_OP_PORT": "8001"},
        {"MYNAPORTAL_OIDC_CLIENT_ID": "c", "MYNAPORTAL_OIDC_ISSUER": "http://127.0.0.1:8001"},
        {"MYNAPORTAL_OIDC_CLIENT_ID": "c", "MYNAPORTAL_OIDC_ISSUER": "https://127.0.0.1:8001"},
        {"MYNAPORTAL_OIDC_CLIENT_ID": "c", "MYNAPORTAL_OIDC_ISSUER": "https://localhost/"},
        {"MYNAPORTAL_OIDC_CLIENT_ID": "c", "MYNAPORTAL_OIDC_ISSUER": "https://op.localhost/"},
        {"MYNAPORTAL_OIDC_CLIENT_ID": "c", "MYNAPORTAL_OIDC_ISSUER": "https://[::1]:8443"},
        {"MYNAPORTAL_OIDC_CLIENT_ID": "c", "MYNAPORTAL_OIDC_ISSUER": "https://0.0.0.0"},
        {"MYNAPORTAL_OIDC_CLIENT_ID": "c", "MYNAPORTAL_OIDC_ISSUER": "http://op.example.jp"},
        {
            "MYNAPORTAL_OIDC_CLIENT_ID": mynaportal.CLIENT_ID,
            "MYNAPORTAL_OIDC_ISSUER": "https://op.example.jp",
        },
    ],
    ids=lambda env: "+".join(f"{k}={v}" for k, v in env.items()),
)
def test_production_refuses_the_test_op(env):
    result = load_settings("portal.settings.production", **PRODUCTION, **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "検証用" in result.stderr or "HTTPS URL of the real issuer" in result.stderr


def test_production_accepts_a_real_https_issuer():
    result = load_settings(
        "portal.settings.production",
        **PRODUCTION,
        MYNAPORTAL_OIDC_CLIENT_ID="jobcard-prod",
        MYNAPORTAL_OIDC_ISSUER="https://op.example.jp",
    )
    assert result.returncode == 0, result.stderr
    [app] = json.loads(result.stdout)["apps"]
    assert app["settings"] == {"server_url": "https://op.example.jp"}


def test_id_token_of_the_test_op_names_the_chosen_person(site, demo_op):
    """What the OP signs for person B (decoded here without verifying: the site verifies it)."""
    _, ticket = choice_page(start_login(site))
    callback = back_to_site(decide(demo_op, ticket, identity="b", action="approve"))
    code = parse_qs(urlsplit(callback).query)["code"][0]
    grant = demo_op.grants[code]
    token = demo_op.make_id_token(grant)
    payload = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "=="))
    assert payload["sub"] == mynaportal.NEW_SUB
    assert payload["iss"] == demo_op.issuer and payload["aud"] == mynaportal.CLIENT_ID
