"""MHLW staff register a partner in the Django admin."""

from __future__ import annotations

import pytest

from partners.models import PartnerClient


@pytest.fixture
def staff(django_user_model, login_with_mfa):
    user = django_user_model.objects.create_superuser("staff@mhlw.example.go.jp", "pw-for-tests-2026")
    return login_with_mfa(user)


def test_staff_register_a_partner_with_its_scopes(staff):
    page = staff.get("/django-admin/partners/partnerclient/add/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "運営者" in html and "求めてよい範囲" in html and "協定" in html
    assert "skip_authorization" not in html and "authorization_grant_type" not in html
    answer = staff.post(
        "/django-admin/partners/partnerclient/add/",
        {
            "name": "訓練ナビ",
            "operator": "一般社団法人くんれん",
            "client_id": "kunren-navi",
            "client_type": "confidential",
            "client_secret": "a-long-secret-for-the-partner-0123456789",
            "hash_client_secret": "on",
            "redirect_uris": "https://kunren.example.jp/callback",
            "allowed_origins": "",
            "allowed_scopes": ["profile", "sheet:3-2", "propose:3-2"],
            "contact_name": "山本",
            "contact_email": "api@kunren.example.jp",
            "agreement_date": "2026-12-01",
            "rate_limit": "",
            "algorithm": "RS256",
            "active": "on",
        },
    )
    assert answer.status_code == 302, answer.content.decode()[:3000]
    client = PartnerClient.objects.get(client_id="kunren-navi")
    assert client.allowed_scopes == ["profile", "sheet:3-2", "propose:3-2"]
    assert client.authorization_grant_type == PartnerClient.GRANT_AUTHORIZATION_CODE
    assert client.skip_authorization is False
    assert client.algorithm == PartnerClient.RS256_ALGORITHM
    assert client.client_secret.startswith(("pbkdf2", "argon2", "md5"))  # hashed at rest


def test_unknown_scope_is_refused_by_the_model():
    from django.core.exceptions import ValidationError

    from partners.models import validate_scopes

    with pytest.raises(ValidationError):
        validate_scopes(["profile", "everything"])
