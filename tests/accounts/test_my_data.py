"""My data: the JSON download, account deletion after re-authentication, and the legal pages."""

import datetime
import json
import logging
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.socialaccount.models import SocialAccount
from allauth.usersessions.models import UserSession
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale, Page, PageLogEntry
from wagtail.users.models import UserProfile

from accounts import export as export_module
from accounts.deletion import links_to_user
from accounts.models import AccountDeletionCounter, Profile

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

PASSWORD = "sakura-no-hana-2026"
EXPORT = "/accounts/profile/export/"
DELETE = "/accounts/profile/delete/"
DELETED = "/accounts/profile/deleted/"


@pytest.fixture
def user():
    user = get_user_model().objects.create_user(
        "hanako@example.jp",
        PASSWORD,
        last_name="山田",
        first_name="花子",
        last_name_kana="やまだ",
        first_name_kana="はなこ",
        user_type="student",
        purpose="job_search",
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def sign_in(client, user, *, reauthenticated_ago=None, method="password"):
    """Log in; with ``reauthenticated_ago`` seconds, as if the password had been asked again."""
    client.force_login(user)
    session = client.session
    now = time.time()
    records = [{"method": method, "at": now - (reauthenticated_ago or 0) - 1, "email": user.email}]
    if reauthenticated_ago is not None:
        records.append({"method": method, "at": now - reauthenticated_ago, "reauthenticated": True})
    session["account_authentication_methods"] = records
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()
    return client


def fill_everything(user):
    """One row in every table that holds something about the person."""
    Profile.objects.create(
        user=user,
        birth_date=datetime.date(2004, 5, 6),
        postal_code="1000013",
        address="東京都千代田区霞が関1-2-2",
        address_kana="とうきょうとちよだくかすみがせき1-2-2",
        phone="090-1234-5678",
        contact_email="hanako.home@example.jp",
    )
    EmailAddress.objects.create(user=user, email="hanako.second@example.jp", verified=False, primary=False)
    SocialAccount.objects.create(
        user=user,
        provider="mynaportal",
        uid="mynaportal-subject-0001",
        extra_data={"sub": "mynaportal-subject-0001", "id_token_claim": "do-not-export-me"},
    )
    TOTP.activate(user, generate_totp_secret())
    RecoveryCodes.activate(user)
    user.groups.add(Group.objects.create(name="Study group"))
    UserProfile.get_for_user(user)
    other_device = Client(HTTP_USER_AGENT="Mozilla/5.0 (iPhone) Safari")
    other_device.force_login(user)
    UserSession.objects.create(
        user=user,
        session_key=other_device.session.session_key,
        ip="203.0.113.7",
        user_agent="Mozilla/5.0 (iPhone) Safari",
    )
    page = Page.objects.filter(depth=2, locale=Locale.objects.get(language_code="ja")).first()
    PageLogEntry.objects.log_action(instance=page, action="wagtail.edit", user=user)
    return other_device


# Download ---------------------------------------------------------------------------------------


def test_export_requires_login(client):
    response = client.get(EXPORT)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_export_holds_everything_but_secrets(client, user):
    fill_everything(user)
    sign_in(client, user)
    response = client.get(EXPORT)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="jobcard-portal-my-data-')
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]
    body = response.content.decode()
    data = json.loads(body)

    assert data["format"] == "jobcard-portal-personal-data"
    assert data["version"] == 1
    assert data["user"]["email"] == "hanako@example.jp"
    assert (data["user"]["last_name"], data["user"]["first_name_kana"]) == ("山田", "はなこ")
    assert data["user"]["user_type"] == "student"
    assert data["user"]["purpose_label"] == "仕事を探す準備"
    assert data["profile"]["birth_date"] == "2004-05-06"
    assert data["profile"]["postal_code"] == "1000013"
    assert data["profile"]["phone"] == "090-1234-5678"
    assert data["profile"]["contact"]["email"] == "hanako.home@example.jp"
    assert {item["email"] for item in data["email_addresses"]} == {
        "hanako@example.jp",
        "hanako.second@example.jp",
    }
    assert data["email_addresses"][0] == {"email": "hanako@example.jp", "verified": True, "primary": True}
    assert data["social_accounts"] == [
        {
            "provider": "mynaportal",
            "subject": "mynaportal-subject-0001",
            "date_joined": data["social_accounts"][0]["date_joined"],
            "last_login": data["social_accounts"][0]["last_login"],
        }
    ]
    assert sorted(item["type"] for item in data["mfa"]) == ["recovery_codes", "totp"]
    sessions = data["sessions"]
    assert any(item["user_agent"] == "Mozilla/5.0 (iPhone) Safari" for item in sessions)
    assert all({"created_at", "last_seen_at", "user_agent"} <= set(item) for item in sessions)
    assert data["faq_feedback"]["stored"] is False

    # Nothing secret: no password hash, session key, TOTP secret, recovery codes or token claims.
    assert user.password not in body
    assert "do-not-export-me" not in body
    for session in UserSession.objects.filter(user=user):
        assert session.session_key not in body
    for authenticator in Authenticator.objects.filter(user=user):
        for value in authenticator.data.values():
            if isinstance(value, str) and len(value) > 6:
                assert value not in body


def test_export_without_profile(client, user):
    sign_in(client, user)
    data = client.get(EXPORT).json()
    assert data["profile"] is None
    assert data["social_accounts"] == [] and data["mfa"] == []


def test_other_apps_can_add_a_section(client, user, monkeypatch):
    monkeypatch.setattr(export_module, "_SECTIONS", dict(export_module._SECTIONS))
    export_module.register_export_section(
        "job_cards",
        lambda person: [{"sheet": "1-1", "owner": person.email, "saved": datetime.date(2026, 1, 2)}],
    )
    assert export_module.registered_sections()[-1] == "job_cards"
    sign_in(client, user)
    data = client.get(EXPORT).json()
    assert data["job_cards"] == [{"sheet": "1-1", "owner": "hanako@example.jp", "saved": "2026-01-02"}]
    with pytest.raises(ValueError):
        export_module.register_export_section("format", lambda person: None)


# Deletion: re-authentication first --------------------------------------------------------------


def test_deletion_requires_login(client):
    response = client.get(DELETE)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("reauthenticated_ago", [None, 3600])
def test_a_stale_login_is_sent_to_reauthenticate(client, user, reauthenticated_ago):
    sign_in(client, user, reauthenticated_ago=reauthenticated_ago)
    response = client.get(DELETE)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/reauthenticate/?next=%2Faccounts%2Fprofile%2Fdelete%2F"
    response = client.post(DELETE, {"confirm": "1"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")
    assert get_user_model().objects.filter(pk=user.pk).exists()


def test_reauthenticate_then_delete(client, user):
    sign_in(client, user)
    response = client.get(DELETE)
    assert response["Location"].startswith("/accounts/reauthenticate/")
    # A wrong password does not get through.
    client.post(response["Location"], {"password": "wrong-password-2026"})
    assert client.get(DELETE).status_code == 302
    response = client.post(response["Location"], {"password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == DELETE

    response = client.get(DELETE)
    assert response.status_code == 200
    page = response.content.decode()
    assert "アカウントの削除" in page and "元に戻せません" in page

    response = client.post(DELETE, {"confirm": "1"})
    assert response.status_code == 302
    assert response["Location"] == DELETED
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    response = client.get(DELETED)
    assert response.status_code == 200
    assert "アカウントを削除しました" in response.content.decode()
    # Logged out.
    assert client.get("/accounts/profile/").status_code == 302


def test_the_confirmation_box_must_be_ticked(client, user):
    sign_in(client, user, reauthenticated_ago=10)
    response = client.post(DELETE, {})
    assert response.status_code == 400
    page = response.content.decode()
    assert "削除する場合は、確認のチェックを入れてください。" in page
    assert 'aria-describedby="id_confirm-error"' in page
    assert get_user_model().objects.filter(pk=user.pk).exists()


def test_deletion_leaves_no_personal_row_behind(client, user, caplog):
    other_device = fill_everything(user)
    other_key = other_device.session.session_key
    sign_in(client, user, reauthenticated_ago=10)
    current_key = client.session.session_key
    pk = user.pk
    User = get_user_model()
    relations = links_to_user(User)
    # Every relation allauth, Wagtail and our apps point at the user, hidden ones included.
    assert set(User._meta.related_objects) <= set(relations)

    def rows(relation):
        return relation.related_model._base_manager.filter(**{relation.field.name: pk}).count()

    before = {
        f"{relation.related_model.__name__}.{relation.field.name}": rows(relation) for relation in relations
    }
    for name in (
        "Profile.user",
        "EmailAddress.user",
        "SocialAccount.user",
        "Authenticator.user",
        "UserSession.user",
        "UserProfile.user",
        "User_groups.user",
        "PageLogEntry.user",
    ):
        assert before[name] > 0, name
    counter = AccountDeletionCounter.objects.filter(date=timezone.localdate()).first()
    count_before = counter.count if counter else 0

    with caplog.at_level(logging.INFO):
        response = client.post(DELETE, {"confirm": "1"})
    assert response.status_code == 302

    assert not User.objects.filter(pk=pk).exists()
    for relation in relations:
        assert rows(relation) == 0, f"{relation.related_model.__name__}.{relation.field.name}"
    assert not EmailAddress.objects.filter(
        email__in=["hanako@example.jp", "hanako.second@example.jp"]
    ).exists()
    assert not SocialAccount.objects.filter(uid="mynaportal-subject-0001").exists()
    # Every login session of the person is gone, on this device and the others.
    assert not Session.objects.filter(session_key__in=[other_key, current_key]).exists()
    assert other_device.get("/accounts/profile/").status_code == 302
    # Only the anonymous count is kept.
    assert AccountDeletionCounter.objects.get(date=timezone.localdate()).count == count_before + 1
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "An account was deleted" in logged
    for personal in ("hanako", "山田", "花子", str(pk), "203.0.113.7"):
        assert personal not in logged


def test_the_counter_adds_up(client, django_user_model):
    counter = AccountDeletionCounter.objects.filter(date=timezone.localdate()).first()
    start = counter.count if counter else 0
    for number in range(2):
        person = django_user_model.objects.create_user(f"person{number}@example.jp", PASSWORD)
        sign_in(client, person, reauthenticated_ago=5)
        assert client.post(DELETE, {"confirm": "1"}).status_code == 302
    assert AccountDeletionCounter.objects.get(date=timezone.localdate()).count == start + 2
    assert set(AccountDeletionCounter._meta.get_fields()) == {
        AccountDeletionCounter._meta.get_field(name) for name in ("id", "date", "count")
    }


def test_staff_accounts_are_not_deleted_here(client, django_user_model):
    staff = django_user_model.objects.create_user("staff@example.jp", PASSWORD, is_staff=True)
    sign_in(client, staff, reauthenticated_ago=5)
    response = client.post(DELETE, {"confirm": "1"})
    assert response.status_code == 403
    assert "管理者に削除を依頼してください" in response.content.decode()
    assert django_user_model.objects.filter(pk=staff.pk).exists()


def test_an_account_without_password_needs_a_fresh_login(client, django_user_model):
    """マイナポータル only: allauth cannot ask for a password, so the login itself must be recent."""
    person = django_user_model.objects.create_user("myna@example.jp")
    assert not person.has_usable_password()
    SocialAccount.objects.create(user=person, provider="mynaportal", uid="subject-2")
    sign_in(client, person, reauthenticated_ago=3600, method="socialaccount")
    response = client.post(DELETE, {"confirm": "1"})
    assert response.status_code == 200
    assert "もう一度ログインしてから削除してください" in response.content.decode()
    assert django_user_model.objects.filter(pk=person.pk).exists()

    sign_in(client, person, reauthenticated_ago=5, method="socialaccount")
    assert client.post(DELETE, {"confirm": "1"}).status_code == 302
    assert not django_user_model.objects.filter(pk=person.pk).exists()


# Profile page links ------------------------------------------------------------------------------


def test_profile_page_offers_download_and_deletion(client, user):
    sign_in(client, user)
    page = client.get("/accounts/profile/").content.decode()
    assert f'href="{EXPORT}"' in page
    assert f'href="{DELETE}"' in page
    assert "/accounts/profile/edit/" in page


# Legal pages ---------------------------------------------------------------------------------------


@pytest.fixture
def legal_pages(db):
    from demo.loader import DemoLoader
    from demo.loaders.legal import load_legal_pages
    from home.models import HomePage

    loader = DemoLoader()
    loader.locales = {code: Locale.objects.get(language_code=code) for code in ("ja", "en")}
    homes = {code: HomePage.objects.get(locale=locale) for code, locale in loader.locales.items()}
    load_legal_pages(loader, homes)
    return load_legal_pages(loader, homes)  # a second run updates in place


def test_legal_pages_are_served_in_both_languages(client, legal_pages):
    from legal.models import LegalPage

    assert LegalPage.objects.count() == 4
    assert sorted(page.url for page in legal_pages) == ["/en/privacy/", "/en/terms/", "/privacy/", "/terms/"]
    page = client.get("/privacy/").content.decode()
    assert "<h1>プライバシーポリシー</h1>" in page
    assert "マイナンバー（個人番号）は受け取らず、保存もしません。" in page
    assert "制定：" in page
    page = client.get("/terms/").content.decode()
    assert "<h1>利用規約</h1>" in page and "第14条（準拠法・管轄）" in page
    assert "<h1>Privacy policy</h1>" in client.get("/en/privacy/").content.decode()
    assert "<h1>Terms of use</h1>" in client.get("/en/terms/").content.decode()


def test_legal_pages_in_the_api(client, legal_pages):
    response = client.get(
        "/api/v2/pages/", {"type": "legal.LegalPage", "fields": "intro,body,revised_on", "locale": "ja"}
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert {item["title"] for item in items} == {"プライバシーポリシー", "利用規約"}
    assert all(item["revised_on"] == "2026-11-01" and item["body"] for item in items)
