"""A registered partner, two people with cards, and the authorization code + PKCE flow driven through
Django's test client (authorize → consent page → code → token)."""

from __future__ import annotations

import base64
import datetime
import hashlib
import secrets
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.test import Client

from partners.models import PartnerClient
from sheets.models import Card
from sheets.services import save_version, start_entry

REDIRECT = "https://partner.example.jp/callback"
SECRET = "partner-secret-for-tests-0123456789"

SHEET_1_1 = {
    "entry_date": "2026-11-20",
    "values_interests": "人と話しながら課題を整理する仕事にやりがいを感じます。",
    "strengths": "経理の実務経験と、期限を守る段取り力。",
    "future_work": "中小企業の経理・総務で、月次決算を任される立場になりたいです。",
    "next_actions": "日商簿記2級を来年6月までに取得する。",
}


def make_person(django_user_model, email, **extra):
    user = django_user_model.objects.create_user(email, "pw-for-tests-2026", **extra)
    card = Card.objects.create(owner=user)
    entry = start_entry(card, "1-1")
    save_version(entry, dict(SHEET_1_1), entry.lock_version, user)
    return user


@pytest.fixture
def person(django_user_model):
    return make_person(django_user_model, "hanako@example.jp", last_name="山田", first_name="花子")


@pytest.fixture
def other_person(django_user_model):
    user = make_person(django_user_model, "taro@example.jp", last_name="佐藤", first_name="太郎")
    entry = user.jobcards.get().entries.get(sheet_code="1-1")
    data = dict(entry.saved_data, strengths="ほかの人の強み（漏れてはならない）")
    save_version(entry, data, entry.lock_version, user)
    return user


@pytest.fixture
def partner(db):
    return PartnerClient.objects.create(
        name="キャリア応援ナビ",
        operator="株式会社みらい人材",
        client_id="careernavi-test",
        client_secret=SECRET,
        client_type=PartnerClient.CLIENT_CONFIDENTIAL,
        authorization_grant_type=PartnerClient.GRANT_AUTHORIZATION_CODE,
        redirect_uris=REDIRECT,
        allowed_scopes=["openid", "profile", "sheet:1-1", "sheet:2", "diagnosis"],
        contact_email="api@mirai.example.jp",
        agreement_date=datetime.date(2026, 11, 1),
        algorithm=PartnerClient.RS256_ALGORITHM,
    )


def pkce_pair():
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def authorize_params(partner, scope, challenge, **extra):
    params = {
        "response_type": "code",
        "client_id": partner.client_id,
        "redirect_uri": REDIRECT,
        "scope": scope,
        "state": "st-123",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    params.update(extra)
    return {k: v for k, v in params.items() if v is not None}


class Flow:
    """One partner's flow for one signed-in person."""

    def __init__(self, browser: Client, partner):
        self.browser = browser
        self.partner = partner
        self.api = Client()

    def consent_page(self, scope, challenge, **extra):
        return self.browser.get(
            "/o/authorize/?" + urlencode(authorize_params(self.partner, scope, challenge, **extra))
        )

    def approve(self, page, ticked=None):
        form = page.context["form"]
        data = {name: field.value() or "" for name, field in form.fields.items() if False}
        data = {name: form[name].value() or "" for name in form.fields if name != "allow"}
        data["allow"] = "true"
        data["scopes"] = ticked if ticked is not None else data["scope"].split()
        return self.browser.post("/o/authorize/", data)

    def code(self, scope="openid profile sheet:1-1", ticked=None):
        verifier, challenge = pkce_pair()
        page = self.consent_page(scope, challenge)
        assert page.status_code == 200, page.content[:500]
        answer = self.approve(page, ticked)
        assert answer.status_code == 302, answer.content[:500]
        query = parse_qs(urlsplit(answer["Location"]).query)
        assert "code" in query, answer["Location"]
        return query["code"][0], verifier

    def token(self, code, verifier, **extra):
        data = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT,
            "code_verifier": verifier,
            "client_id": self.partner.client_id,
            "client_secret": SECRET,
        }
        data.update(extra)
        return self.api.post("/o/token/", {k: v for k, v in data.items() if v is not None})

    def tokens(self, scope="openid profile sheet:1-1", ticked=None) -> dict:
        code, verifier = self.code(scope, ticked)
        answer = self.token(code, verifier)
        assert answer.status_code == 200, answer.content
        return answer.json()

    def refresh(self, refresh_token):
        return self.api.post(
            "/o/token/",
            {
                "grant_type": "refresh_token",
                "refresh_token": refresh_token,
                "client_id": self.partner.client_id,
                "client_secret": SECRET,
            },
        )

    def call(self, path, access_token, **headers):
        return self.api.get(path, HTTP_AUTHORIZATION=f"Bearer {access_token}", **headers)


@pytest.fixture
def browser(person):
    client = Client()
    client.force_login(person)
    return client


@pytest.fixture
def flow(browser, partner):
    return Flow(browser, partner)
