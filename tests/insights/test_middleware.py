"""Page views: counted for pages people see (cached ones too), not for the rest."""

import pytest

from insights.models import PAGE_VIEW, Channel, Event

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def views():
    return Event.objects.filter(name=PAGE_VIEW)


def test_a_page_view_is_one_row_even_when_served_from_the_cache(browser):
    first = browser.get("/faq/")
    second = browser.get("/faq/")
    assert first.status_code == second.status_code == 200
    assert second["X-Cache"] == "HIT"
    assert list(views().values_list("path", flat=True)) == ["/faq/", "/faq/"]
    a, b = views()
    assert a.visitor == b.visitor and a.visitor is not None


def test_query_strings_are_not_stored(browser):
    browser.get("/search/", {"q": "山田太郎 090-1234-5678"})
    assert list(views().values_list("path", flat=True)) == ["/search/"]


def test_referrer_and_utm_give_the_channel_not_the_address(browser):
    browser.get("/", HTTP_REFERER="https://www.google.co.jp/search?q=%E3%82%B8%E3%83%A7%E3%83%96")
    browser.get("/faq/", {"utm_source": "hellowork", "utm_medium": "partner"})
    browser.get("/glossary/", HTTP_REFERER="http://testserver/faq/")
    browser.get("/", HTTP_REFERER="https://hellowork.mhlw.go.jp/kensaku/GECA110010.do?screenId=1")
    rows = list(views().order_by("id").values_list("channel", "source"))
    assert rows == [
        (Channel.SEARCH, "google.co.jp"),
        (Channel.PARTNER, "hellowork"),
        ("", ""),  # a link inside the site
        (Channel.PARTNER, "hellowork.mhlw.go.jp"),
    ]


def test_persona_comes_from_the_remembered_choice(browser):
    browser.cookies["jobcard_attributes"] = "student.training.learn"
    browser.get("/")
    assert views().get().user_type == "student"
    assert views().get().purpose == "training"


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/faq/", {"HTTP_DNT": "1"}),
        ("/faq/", {"HTTP_SEC_GPC": "1"}),
        ("/faq/", {"HTTP_USER_AGENT": "Mozilla/5.0 (compatible; bingbot/2.0)"}),
        ("/faq/", {"HTTP_SEC_FETCH_DEST": "empty"}),  # a fetch() from a page script
        ("/faq/", {"HTTP_SEC_PURPOSE": "prefetch"}),
        ("/api/v2/pages/", {}),
        ("/no-such-page/", {}),
        ("/static/css/site.css", {}),
        ("/sitemap.xml", {}),
    ],
)
def test_not_counted(browser, path, headers):
    browser.get(path, **headers)
    assert not views().exists()


def test_not_counted_after_no_and_for_posts(browser):
    browser.post("/insights/consent/", {"consent": "no"})
    browser.get("/faq/")
    assert not views().exists()


def test_admin_and_staff_are_not_counted(browser, login_with_mfa):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.get(email="editor@example.jp")
    client = login_with_mfa(editor)
    client.defaults.update(HTTP_USER_AGENT=browser.defaults["HTTP_USER_AGENT"])
    assert client.get("/admin/").status_code == 200
    assert client.get("/faq/").status_code == 200
    assert not views().exists()


def test_ids_and_tokens_in_addresses_are_replaced(browser):
    key = "MQ:1sAbCdE:abcdefghijklmnopqrstuvwxyz0123456789"
    response = browser.get(f"/accounts/confirm-email/{key}/")
    assert response.status_code == 200
    (path,) = views().values_list("path", flat=True)
    assert key not in path
    assert path == "/accounts/confirm-email/<key>/"


def test_public_codes_in_addresses_are_kept_and_ids_replaced():
    from django.test import RequestFactory
    from django.urls import resolve

    from insights.middleware import public_path

    for address, stored in (
        ("/card/sheets/2/", "/card/sheets/2/"),
        ("/card/sheets/3-3-1-1/", "/card/sheets/3-3-1-1/"),
        ("/card/sheets/2/history/1234/", "/card/sheets/2/history/<revision_id>/"),
    ):
        request = RequestFactory().get(address)
        request.resolver_match = resolve(address)
        assert public_path(request) == stored
