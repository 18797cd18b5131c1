"""Sign-up, verification, login, TOTP, lockout, reset, sessions and the staff MFA rule."""

import re
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal import auth as totp_auth
from django.contrib.auth import get_user_model
from django.core import mail

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

PASSWORD = "sakura-no-hana-2026"


def _link(message, path_part):
    match = re.search(rf"https?://[^\s]+{path_part}[^\s]*", message.body)
    assert match, message.body
    return re.sub(r"^https?://[^/]+", "", match.group(0))


def _code(secret, offset=0):
    counter = int(time.time()) // 30 + offset
    return totp_auth.format_hotp_value(totp_auth.hotp_value(secret, counter))


def _sign_up(client, email="hanako.yamada@example.jp"):
    response = client.post(
        "/accounts/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return email


def test_sign_up_verify_login_totp_logout_login_with_totp(client, monkeypatch):
    email = _sign_up(client)
    user = get_user_model().objects.get(email=email)
    assert not user.emailaddress_set.get().verified

    # The verification mail is plain Japanese and carries the confirmation link.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject.startswith("【ジョブ・カード作成支援サイト】")
    assert "メールアドレス" in message.body
    confirm = _link(message, "/accounts/confirm-email/")
    assert client.get(confirm).status_code == 200
    response = client.post(confirm)
    assert response.status_code == 302
    assert user.emailaddress_set.get().verified
    # Confirming signs the person in.
    assert client.get("/accounts/email/").status_code == 200

    # Enable TOTP (a sensitive change: the password is asked again first). The secret is shown
    # on the activation page; a current code confirms it.
    response = client.get("/accounts/2fa/totp/activate/")
    assert response["Location"].startswith("/accounts/reauthenticate/")
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    response = client.get("/accounts/2fa/totp/activate/")
    assert response.status_code == 200
    secret = response.context["form"].secret
    response = client.post("/accounts/2fa/totp/activate/", {"code": _code(secret)})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()

    client.post("/accounts/logout/")
    assert client.get("/accounts/email/").status_code == 302  # signed out

    # Password alone is not enough any more: the second step asks for a code.
    response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/2fa/authenticate/")
    assert client.get("/accounts/email/").status_code == 302

    # A wrong code is refused; the code of the authenticator app's next period is accepted.
    next_code = _code(secret, offset=1)
    later = time.time() + 30
    monkeypatch.setattr(totp_auth, "yield_hotp_counters_from_time", lambda: iter([int(later) // 30]))
    wrong = "000000" if next_code != "000000" else "111111"
    response = client.post("/accounts/2fa/authenticate/", {"code": wrong})
    assert response.status_code == 200
    assert "コード" in response.content.decode()
    response = client.post("/accounts/2fa/authenticate/", {"code": next_code})
    assert response.status_code == 302
    assert client.get("/accounts/email/").status_code == 200


def test_unverified_person_cannot_log_in_until_verified(client):
    email = _sign_up(client)
    client.post("/accounts/logout/")
    mail.outbox.clear()
    response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 302
    assert "confirm-email" in response["Location"] or "verification" in response["Location"]
    assert client.get("/accounts/email/").status_code == 302


def test_no_user_enumeration_on_sign_up_and_reset(client):
    existing = get_user_model().objects.create_user("taken@example.jp", PASSWORD)
    existing.emailaddress_set.create(email="taken@example.jp", verified=True, primary=True)
    known = client.post("/accounts/password/reset/", {"email": "taken@example.jp"})
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.jp"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]

    # Signing up with a taken address looks the same as a new one; the owner gets a notice.
    mail.outbox.clear()
    response = client.post(
        "/accounts/signup/", {"email": "taken@example.jp", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="taken@example.jp").count() == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["taken@example.jp"]


def test_password_rules_are_explained_in_japanese(client):
    response = client.post(
        "/accounts/signup/", {"email": "new@example.jp", "password1": "password", "password2": "password"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["form"].errors["password1"] == ["このパスワードは一般的すぎます。"]
    assert 'id="id_password1-error"' in html and "よく使われているパスワード" in html
    assert 'value="new@example.jp"' in html  # the rest of the input is kept
    long_password = "とても長いパスフレーズ-" * 6
    assert len(long_password) >= 64
    response = client.post(
        "/accounts/signup/",
        {"email": "long@example.jp", "password1": long_password, "password2": long_password},
    )
    assert response.status_code == 302


def _verified_user(email="taro.suzuki@example.jp"):
    user = get_user_model().objects.create_user(email, PASSWORD)
    user.emailaddress_set.create(email=email, verified=True, primary=True)
    return user


def test_lockout_after_repeated_failures_is_per_account_and_address_and_releases(client, settings):
    from allauth.core.internal import ratelimit

    _verified_user()
    attempts = settings.LOGIN_LOCKOUT_ATTEMPTS
    for _ in range(attempts):
        response = client.post(
            "/accounts/login/",
            {"login": "taro.suzuki@example.jp", "password": "wrong-password"},
            REMOTE_ADDR="203.0.113.5",
        )
        assert response.status_code == 200
    # Locked: even the right password is refused from this address, with a clear message.
    response = client.post(
        "/accounts/login/",
        {"login": "taro.suzuki@example.jp", "password": PASSWORD},
        REMOTE_ADDR="203.0.113.5",
    )
    assert response.status_code == 200
    assert "一時的に止めています" in response.content.decode()

    # The same person from another address (or others behind the first) is not locked out.
    response = client.post(
        "/accounts/login/",
        {"login": "taro.suzuki@example.jp", "password": PASSWORD},
        REMOTE_ADDR="198.51.100.7",
    )
    assert response.status_code == 302
    client.post("/accounts/logout/")

    # After the cool-off the lock is released.
    later = time.time() + settings.LOGIN_LOCKOUT_SECONDS + 1
    real_time = ratelimit.time.time
    try:
        ratelimit.time.time = lambda: later
        response = client.post(
            "/accounts/login/",
            {"login": "taro.suzuki@example.jp", "password": PASSWORD},
            REMOTE_ADDR="203.0.113.5",
        )
    finally:
        ratelimit.time.time = real_time
    assert response.status_code == 302


def test_password_reset_by_mail(client):
    user = _verified_user()
    client.post("/accounts/password/reset/", {"email": user.email})
    assert len(mail.outbox) == 1
    link = _link(mail.outbox[0], "/accounts/password/reset/key/")
    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link
    new_password = "atarashii-aikotoba-77"
    response = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new_password)


def test_staff_must_set_up_and_use_totp_before_the_admin(client, login_with_mfa):
    editor = get_user_model().objects.get(email="editor@example.jp")
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/2fa/totp/activate/")

    # With an authenticator but without having used it in this session: asked for a code.
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(editor, generate_totp_secret())
    response = client.get("/admin/pages/")
    assert response["Location"].startswith("/accounts/2fa/reauthenticate/")

    login_with_mfa(editor)
    assert client.get("/admin/").status_code == 200


def test_wagtail_login_form_is_not_a_way_around_mfa(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_idle_and_absolute_session_limits(client, settings):
    user = _verified_user()
    client.force_login(user)
    assert client.get("/accounts/email/").status_code == 200
    status = client.get("/accounts/session/status/").json()
    assert status["authenticated"] and 0 < status["seconds_left"] <= settings.SESSION_IDLE_SECONDS

    session = client.session
    session["jobcard_session_seen"] = int(time.time()) - settings.SESSION_IDLE_SECONDS - 5
    session.save()
    response = client.get("/accounts/email/", follow=True)
    assert "ログアウトしました" in response.content.decode()
    assert client.get("/accounts/session/status/").json()["authenticated"] is False

    client.force_login(user)
    session = client.session
    session["jobcard_session_started"] = int(time.time()) - settings.SESSION_ABSOLUTE_SECONDS - 5
    session.save()
    assert client.get("/accounts/email/").status_code == 302


def test_extending_the_session_resets_the_idle_clock(client, settings):
    client.force_login(_verified_user())
    session = client.session
    session["jobcard_session_seen"] = int(time.time()) - settings.SESSION_IDLE_SECONDS + 60
    session.save()
    assert client.get("/accounts/session/status/").json()["seconds_left"] <= 60
    response = client.post("/accounts/session/extend/")
    assert response.status_code == 200
    assert response.json()["seconds_left"] > settings.SESSION_IDLE_SECONDS - 5


def test_log_out_on_all_other_devices(client, django_user_model):
    from django.test import Client

    user = _verified_user()
    other_device = Client()
    other_device.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert other_device.get("/accounts/email/").status_code == 200
    client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    response = client.get("/accounts/sessions/")
    assert response.status_code == 200
    response = client.post("/accounts/sessions/", {})
    assert response.status_code == 302
    assert other_device.get("/accounts/email/").status_code == 302  # signed out there
    assert client.get("/accounts/email/").status_code == 200  # still signed in here


def test_mail_is_sent_through_the_task_queue(client, monkeypatch):
    from accounts import adapter

    sent = []
    task = adapter.send_site_mail

    class Spy:
        def enqueue(self, *args):
            sent.append(args)
            return task.enqueue(*args)

    monkeypatch.setattr(adapter, "send_site_mail", Spy())
    _sign_up(client, "queued@example.jp")
    assert sent and sent[0][2] == ["queued@example.jp"]
    assert len(mail.outbox) == 1


def test_log_out_on_all_devices_including_this_one(client):
    from django.test import Client

    user = _verified_user()
    other_device = Client()
    other_device.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    html = client.get("/accounts/sessions/").content.decode()
    assert 'action="/accounts/sessions/logout-everywhere/"' in html
    response = client.post("/accounts/sessions/logout-everywhere/", follow=True)
    assert "すべての端末からログアウトしました。" in response.content.decode()
    assert client.get("/accounts/email/").status_code == 302
    assert other_device.get("/accounts/email/").status_code == 302
