"""#14 item 7: Content-Security-Policy (nonce, no 'unsafe-inline' for scripts on the public site),
Permissions-Policy and Cross-Origin-Resource-Policy on every page, and no inline script without
the response's nonce on any page of a crawl of the demo's main pages."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.template import engines
from django.test import Client, override_settings
from django.urls import path
from wagtail.models import Page

from demo.data import person

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

PUBLIC_PAGES = [
    "/",
    "/howto/howto-quick/",  # a guide with embedded sheet forms
    "/assistant/",
    "/diagnosis/",
    "/diagnosis/interest/",
    "/occupations/",
    "/search/?q=ジョブ・カード",
    "/accounts/login/",
]
PERSON_PAGES = [
    "/card/",
    "/card/sheets/1-1/",
    "/card/sheets/2/",
    "/resume/",
    "/lifeline/",
    "/accounts/email/",
]
JS_TYPES = {"", "text/javascript", "module", "application/javascript"}


class Scripts(HTMLParser):
    """Every <script> without src whose type runs as JavaScript, with its nonce; every on*= attribute."""

    def __init__(self):
        super().__init__()
        self.inline, self.handlers = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.handlers += [f"<{tag} {name}=…>" for name in attrs if name.startswith("on")]
        if tag == "script" and "src" not in attrs and (attrs.get("type") or "").lower() in JS_TYPES:
            self.inline.append(attrs.get("nonce"))


def directives(header: str) -> dict[str, list[str]]:
    out = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


def check_page(client, url, *, admin=False):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    policy = directives(response["Content-Security-Policy"])
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'none'"], url
    assert "Permissions-Policy" in response and "camera=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    if admin:
        return policy
    assert "'unsafe-inline'" not in policy["script-src"], url
    assert "'unsafe-eval'" not in policy["script-src"], url
    assert policy["frame-ancestors"] == ["'none'"], url
    parser = Scripts()
    parser.feed(response.content.decode())
    assert not parser.handlers, (url, parser.handlers)
    nonces = [f"'nonce-{n}'" for n in parser.inline]
    assert all(n in policy["script-src"] for n in nonces), (url, parser.inline, policy["script-src"])
    return policy


def test_public_pages_send_the_policy_and_have_no_inline_script_without_its_nonce():
    for url in PUBLIC_PAGES:
        check_page(Client(), url)


def test_a_cached_public_page_still_has_the_headers():
    client = Client()
    check_page(client, "/howto/howto-quick/")
    again = client.get("/howto/howto-quick/")
    assert again.get("X-Cache") == "HIT"
    assert "'unsafe-inline'" not in directives(again["Content-Security-Policy"])["script-src"]
    assert "Permissions-Policy" in again


def test_a_signed_in_persons_pages_too():
    client = Client()
    assert client.login(email=person.PERSON["email"], password=person.PERSON["password"])
    for url in PERSON_PAGES:
        check_page(client, url)


def test_embedded_videos_may_be_framed():
    policy = check_page(Client(), "/")
    assert "https://www.youtube-nocookie.com" in policy["frame-src"]
    assert "https://player.vimeo.com" in policy["frame-src"]


def test_the_admin_has_its_own_documented_policy(login_with_mfa):
    editor = get_user_model().objects.get(email="editor@example.jp")
    client = login_with_mfa(editor)
    page = Page.objects.filter(depth__gt=2).live().specific().first()
    for url in ["/admin/", "/admin/pages/", f"/admin/pages/{page.pk}/edit/"]:
        policy = check_page(client, url, admin=True)
        assert not any(word.startswith("'nonce-") for word in policy["script-src"])  # would void it
        assert policy["frame-ancestors"] == ["'self'"]  # the page preview


# The nonce itself: a template that asks for it gets it in the header, and only that value.
def nonce_view(request):
    template = engines["django"].from_string('<script nonce="{{ request.csp_nonce }}">var a = 1;</script>')
    return HttpResponse(template.render({}, request))


urlpatterns = [path("nonce/", nonce_view)]


@override_settings(ROOT_URLCONF=__name__)
def test_an_inline_script_works_only_with_the_responses_nonce():
    first, second = Client().get("/nonce/"), Client().get("/nonce/")
    nonce = re.search(r'nonce="([^"]+)"', first.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in directives(first["Content-Security-Policy"])["script-src"]
    assert f"'nonce-{nonce}'" not in second["Content-Security-Policy"]  # a new one every response


@override_settings(
    CONTENT_SECURITY_POLICY=None,
    CONTENT_SECURITY_POLICY_REPORT_ONLY={"DIRECTIVES": {"default-src": ["'self'"], "script-src": ["'self'"]}},
)
def test_report_only_switch_sends_the_report_only_header():
    response = Client().get("/diagnosis/")
    assert "Content-Security-Policy" not in response
    assert "script-src 'self'" in response["Content-Security-Policy-Report-Only"]
