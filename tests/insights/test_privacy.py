"""No event row holds personal data — checked on the columns and on every stored value."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.test import RequestFactory

from insights.events import record
from insights.models import Event, SurveyResponse

from .conftest import BROWSER

pytestmark = pytest.mark.django_db
EMAIL = "taro.yamada@example.jp"
IP = "198.51.100.23"
PASSWORD = "sakura-no-hana-2026"


def test_event_columns_are_only_codes_and_counters():
    names = {field.name for field in Event._meta.get_fields()}
    assert names == {
        "id",
        "created_at",
        "name",
        "detail",
        "path",
        "visitor",
        "user_type",
        "purpose",
        "channel",
        "source",
    }
    assert not {field.name for field in SurveyResponse._meta.get_fields()} & {
        "user",
        "session",
        "ip",
        "email",
        "visitor",
        "created_at",
    }


def test_a_signed_in_persons_visit_leaves_nothing_personal(browser):
    user = get_user_model().objects.create_user(
        EMAIL, PASSWORD, last_name="山田", first_name="太郎", user_type="job_seeker", purpose="job_search"
    )
    EmailAddress.objects.create(user=user, email=EMAIL, verified=True, primary=True)
    response = browser.post("/accounts/login/", {"login": EMAIL, "password": PASSWORD})
    assert response.status_code == 302
    for path in ("/", "/faq/", f"/search/?q={EMAIL}", "/accounts/profile/", "/card/", "/mypage/"):
        browser.get(path, HTTP_REFERER=f"https://mail.example.jp/inbox?to={EMAIL}")
    request = RequestFactory().get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=IP)
    request.user = user
    record(
        request, "download", document="1-1", format="pdf", target=EMAIL, kind="山田太郎", sheet=str(user.pk)
    )
    record(request, "outbound", target="hellowork", user=user.pk, email=EMAIL, full_name="山田 太郎")

    rows = list(Event.objects.values())
    assert {row["name"] for row in rows} >= {"login", "page_view", "download", "outbound"}
    forbidden = (EMAIL, "taro.yamada", IP, "山田", "太郎", PASSWORD)
    for row in rows:
        for column, value in row.items():
            text = str(value)
            assert not any(secret in text for secret in forbidden), (column, text)
            if column not in ("id", "visitor"):
                assert text != str(user.pk), (column, text)
        assert "user" not in row["detail"] and "email" not in row["detail"]
    # What the events do carry: the persona codes chosen, not who chose them.
    assert {(row["user_type"], row["purpose"]) for row in rows} == {("job_seeker", "job_search")}
