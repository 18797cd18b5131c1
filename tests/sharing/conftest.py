"""People, supporters and shares for the sharing tests (built here, not from the demo)."""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import Client

from sharing.models import Membership, Organisation

from ..factories import hanako

PERSON_1_1 = {
    "entry_date": "2026-11-20",
    "values_interests": "人と話しながら課題を整理する仕事にやりがいを感じます。",
    "strengths": "経理の実務経験と、期限を守る段取り力。",
    "future_work": "中小企業の経理・総務で、月次決算を任される立場になりたいです。",
    "next_actions": "日商簿記2級を来年6月までに取得する。",
}


def make_user(django_user_model, email, **extra):
    return django_user_model.objects.create_user(email, "pw-for-tests-2026", **extra)


def mfa_client(user) -> Client:
    """A browser signed in with password + authenticator code, as allauth records it."""
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, generate_totp_secret())
    client = Client()
    client.force_login(user)
    session = client.session
    now = time.time()
    session["account_authentication_methods"] = [
        {"method": "password", "at": now, "email": user.email},
        {"method": "mfa", "at": now, "type": "totp"},
    ]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()
    return client


@pytest.fixture
def person(db):
    return hanako(sheets={"1-1": dict(PERSON_1_1)})


@pytest.fixture
def person_client(person):
    client = Client()
    client.force_login(person)
    return client


@pytest.fixture
def hello_work(db):
    return Organisation.objects.create(
        name="ハローワーク品川", kind=Organisation.Kind.CONSULTANT, status=Organisation.Status.APPROVED
    )


@pytest.fixture
def consultant(django_user_model, hello_work):
    user = make_user(django_user_model, "sato@hw.example.jp")
    Membership.objects.create(organisation=hello_work, user=user, display_name="佐藤 相談員")
    return user


@pytest.fixture
def colleague(django_user_model, hello_work):
    user = make_user(django_user_model, "suzuki@hw.example.jp")
    Membership.objects.create(organisation=hello_work, user=user, display_name="鈴木 相談員")
    return user


@pytest.fixture
def other_supporter(django_user_model):
    org = Organisation.objects.create(
        name="株式会社みなと商事", kind=Organisation.Kind.COMPANY, status=Organisation.Status.APPROVED
    )
    user = make_user(django_user_model, "hr@minato.example.jp")
    Membership.objects.create(organisation=org, user=user, display_name="人事 高橋")
    return user
