"""Every password check goes through a limit: Wagtail's own login form sends people to allauth's
(lockout, verified e-mail); a page's shared password allows a few wrong guesses; production
refuses a per-process cache, where each worker would count failures on its own."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import override_settings
from wagtail.models import Page, PageViewRestriction

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_wagtails_login_form_is_allauths(client, django_user_model):
    person = django_user_model.objects.create_user("unverified@example.jp", "kT7#pq-Lm2!zR9xw")
    response = client.get("/_util/login/?next=/members/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    # A POST straight to the old address signs no one in.
    client.post("/_util/login/", {"username": person.email, "password": "kT7#pq-Lm2!zR9xw"})
    assert "_auth_user_id" not in client.session


@override_settings(PAGE_PASSWORD_ATTEMPTS=3)
def test_a_pages_shared_password_allows_a_few_guesses_then_waits(client):
    page = Page.objects.filter(depth=3).first()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="sakura-2026"
    )
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    for _ in range(3):
        assert client.post(url, {"password": "wrong", "return_url": page.url}).status_code == 200
    refused = client.post(url, {"password": "sakura-2026", "return_url": page.url})
    assert refused.status_code == 429
    assert "パスワードを続けて間違えたため" in refused.content.decode()


@override_settings(PAGE_PASSWORD_ATTEMPTS=3)
def test_the_right_password_within_the_limit_opens_the_page(client):
    page = Page.objects.filter(depth=3).first()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="sakura-2026"
    )
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    client.post(url, {"password": "wrong", "return_url": page.url})
    assert client.post(url, {"password": "sakura-2026", "return_url": page.url}).status_code == 302


def test_deploy_check_refuses_a_per_process_cache():
    caches = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    with override_settings(CACHES=caches), pytest.raises(SystemCheckError, match=r"accounts\.E010"):
        call_command("check", "--deploy", "--fail-level", "ERROR", "--tag", "security")
