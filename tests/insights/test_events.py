"""record(): what is kept, what is dropped, who is not counted, and that it never raises."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from insights import store
from insights.events import record
from insights.models import Event
from insights.visitors import visitor_number

from .conftest import BROWSER

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def _request(**headers):
    headers = {"HTTP_USER_AGENT": BROWSER, "REMOTE_ADDR": "203.0.113.9", **headers}
    request = RequestFactory().get("/", **headers)
    request.user = AnonymousUser()
    return request


def test_record_keeps_codes_and_drops_anything_else():
    request = _request(HTTP_COOKIE="jobcard_attributes=job_seeker.job_search.quick")
    record(
        request,
        "download",
        document="1-1",
        format="pdf",
        email="taro.yamada@example.jp",  # not an allowed key
        user_id=42,  # not an allowed key
        target="山田太郎",  # allowed key, but not a code
        result="see https://example.jp/?q=1",  # allowed key, but free text
    )
    event = Event.objects.get(name="download")
    assert event.detail == "document=1-1&format=pdf"
    assert (event.user_type, event.purpose) == ("job_seeker", "job_search")
    assert event.visitor == visitor_number(request)
    assert event.path == ""


def test_booleans_and_no_request():
    record(None, "assistant_used", answered=True)
    event = Event.objects.get(name="assistant_used")
    assert event.detail == "answered=true"
    assert event.visitor is None


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_DNT": "1"},
        {"HTTP_SEC_GPC": "1"},
        {"HTTP_COOKIE": "jobcard_consent=no"},
        {"HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
        {"HTTP_USER_AGENT": ""},
    ],
)
def test_opted_out_visitors_and_bots_are_not_counted(headers):
    record(_request(**headers), "sheet_started", sheet="1-1")
    assert not Event.objects.filter(name="sheet_started").exists()


def test_consent_required_mode_counts_only_after_yes(settings):
    settings.INSIGHTS_REQUIRE_CONSENT = True
    record(_request(), "sheet_started", sheet="1-1")
    assert not Event.objects.filter(name="sheet_started").exists()
    record(_request(HTTP_COOKIE="jobcard_consent=yes"), "sheet_started", sheet="1-1")
    assert Event.objects.filter(name="sheet_started").count() == 1


def test_staff_are_not_counted():
    request = _request()
    request.user = get_user_model().objects.get(email="editor@example.jp")
    record(request, "login", method="password")
    assert not Event.objects.filter(name="login").exists()


def test_bad_names_are_refused_and_failures_never_raise(monkeypatch):
    record(_request(), "Page View!", sheet="1-1")
    record(_request(), "page_view")  # page views come from the middleware only
    assert not Event.objects.filter(detail="sheet=1-1").exists()

    def broken(event):
        raise RuntimeError("database is down")

    monkeypatch.setattr(store, "write", broken)
    record(_request(), "download", format="pdf")  # does not raise


def test_visitor_number_is_stable_within_a_day_and_changes_with_the_day():
    day = datetime.date(2024, 5, 13)
    same = visitor_number(_request(), day)
    assert visitor_number(_request(), day) == same
    assert visitor_number(_request(), day + datetime.timedelta(days=1)) != same
    other = RequestFactory().get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.10")
    assert visitor_number(other, day) != same


def test_buffered_writes_go_in_batches(settings):
    settings.INSIGHTS_BUFFER_SIZE = 3
    settings.INSIGHTS_BUFFER_SECONDS = 3600
    try:
        record(_request(), "outbound", target="hellowork")
        record(_request(), "outbound", target="jobtag")
        assert Event.objects.filter(name="outbound").count() == 0
        assert store.pending() == 2
        # Full — but this test runs inside a transaction, and a request in a transaction never writes
        # other requests' events: the timer (or the next request outside one) does.
        record(_request(), "outbound", target="mynaportal")
        assert store.pending() == 3
        assert store.flush() == 3
        assert sorted(Event.objects.filter(name="outbound").values_list("detail", flat=True)) == [
            "target=hellowork",
            "target=jobtag",
            "target=mynaportal",
        ]
        assert store.pending() == 0
    finally:
        store.flush()
