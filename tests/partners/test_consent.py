"""The person's side: the consent page, 「連携中のサービス」 on my page, 「連携をやめる」."""

from __future__ import annotations

from django.test import Client

from partners.models import PartnerConsent, PartnerDailyUse

from .conftest import pkce_pair


def test_consent_page_needs_a_signed_in_person(partner):
    _verifier, challenge = pkce_pair()
    from urllib.parse import urlencode

    from .conftest import authorize_params

    answer = Client().get("/o/authorize/?" + urlencode(authorize_params(partner, "profile", challenge)))
    assert answer.status_code == 302
    assert answer["Location"].startswith("/accounts/login/")


def test_consent_page_lists_items_per_scope_with_checkboxes(flow):
    _verifier, challenge = pkce_pair()
    html = flow.consent_page("profile sheet:2 diagnosis", challenge).content.decode()
    for text in (
        "基本情報（氏名・ふりがな・生年月日）",
        "様式2 職務経歴シート",
        "自己診断の結果",
        "生年月日",
    ):
        assert text in html
    assert html.count('type="checkbox" name="scopes"') == 3
    assert "保存していない下書きは送りません" in html
    assert "連携をやめられます" in html


def test_mypage_lists_linked_services_with_last_access(flow, browser):
    token = flow.tokens()["access_token"]
    page = browser.get("/mypage/").content.decode()
    assert "連携中のサービス" in page and "キャリア応援ナビ" in page and "まだ読み取られていません" in page
    flow.call("/api/v1/partner/me/", token)
    page = browser.get("/mypage/").content.decode()
    assert "最後に読み取られた日時" in page
    assert "連携をやめる" in page


def test_stopping_the_link_makes_the_next_call_fail(flow, browser, person, partner):
    tokens = flow.tokens()
    assert flow.call("/api/v1/partner/me/", tokens["access_token"]).status_code == 200
    consent = PartnerConsent.objects.get(user=person, client=partner)
    answer = browser.post(f"/partners/{consent.pk}/stop/", follow=True)
    assert "連携をやめました" in answer.content.decode()
    assert "キャリア応援ナビ" not in browser.get("/mypage/").content.decode()
    after = flow.call("/api/v1/partner/me/", tokens["access_token"])
    assert after.status_code == 401
    assert after.json()["error"]["code"] == "invalid_token"
    assert flow.refresh(tokens["refresh_token"]).status_code == 400


def test_one_cannot_stop_another_persons_link(flow, person, partner, other_person):
    flow.tokens()
    consent = PartnerConsent.objects.get(user=person, client=partner)
    intruder = Client()
    intruder.force_login(other_person)
    assert intruder.post(f"/partners/{consent.pk}/stop/").status_code == 404
    consent.refresh_from_db()
    assert consent.revoked_at is None


def test_narrowed_consent_applies_to_older_tokens_at_once(flow):
    wide = flow.tokens("profile sheet:1-1")["access_token"]
    flow.tokens("profile sheet:1-1", ticked=["profile"])
    assert flow.call("/api/v1/partner/card/sheets/1-1/", wide).status_code == 403


def test_reads_are_counted_per_client_per_day(flow, partner):
    token = flow.tokens()["access_token"]
    flow.call("/api/v1/partner/me/", token)
    flow.call("/api/v1/partner/me/", token)
    assert PartnerDailyUse.objects.get(client=partner).reads == 2


def test_my_data_download_carries_linked_services(flow, person):
    from accounts.export import build_export

    tokens = flow.tokens()
    flow.call("/api/v1/partner/me/", tokens["access_token"])
    section = build_export(person)["partners"]
    assert section["linked_services"][0]["service"] == "キャリア応援ナビ"
    assert section["linked_services"][0]["last_access_at"]
    assert tokens["access_token"] not in str(section)
