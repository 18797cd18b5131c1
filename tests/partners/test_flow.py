"""The whole authorization code + PKCE flow, and what the authorization server refuses."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from oauth2_provider.models import AccessToken, RefreshToken

from partners.models import PartnerConsent

from .conftest import REDIRECT, pkce_pair


def test_full_flow_authorize_consent_token_api(flow, person, partner):
    verifier, challenge = pkce_pair()
    page = flow.consent_page("openid profile sheet:1-1", challenge)
    assert page.status_code == 200
    html = page.content.decode()
    # Plain Japanese: the service, its operator and every item of every scope.
    assert "キャリア応援ナビ" in html and "株式会社みらい人材" in html
    assert "姓・名" in html and "キャリア・プランシート" in html
    answer = flow.approve(page)
    assert answer.status_code == 302
    location = urlsplit(answer["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    query = parse_qs(location.query)
    assert query["state"] == ["st-123"]
    assert query["iss"] == ["http://testserver"]  # RFC 9207
    tokens = flow.token(query["code"][0], verifier).json()
    assert tokens["token_type"] == "Bearer"
    assert tokens["expires_in"] <= 600
    assert set(tokens["scope"].split()) == {"openid", "profile", "sheet:1-1"}
    assert "id_token" in tokens and "refresh_token" in tokens

    me = flow.call("/api/v1/partner/me/", tokens["access_token"])
    assert me.status_code == 200
    assert me.json()["last_name"] == "山田" and me.json()["first_name"] == "花子"
    assert me.json()["api_version"] == "1"
    sheet = flow.call("/api/v1/partner/card/sheets/1-1/", tokens["access_token"])
    assert sheet.status_code == 200
    body = sheet.json()
    assert body["schema"]["$id"].endswith(f"/api/v1/schemas/1-1/{body['schema']['version']}.json")
    assert body["entries"][0]["data"]["strengths"] == "経理の実務経験と、期限を守る段取り力。"
    consent = PartnerConsent.objects.get(user=person, client=partner)
    assert consent.last_access_at is not None


def test_tokens_are_not_stored_in_plain_text(flow):
    tokens = flow.tokens()
    assert not AccessToken.objects.filter(token=tokens["access_token"]).exists()
    assert not RefreshToken.objects.filter(token=tokens["refresh_token"]).exists()
    assert AccessToken.objects.get().token == ""


def test_plain_pkce_is_refused(flow):
    verifier, _challenge = pkce_pair()
    page = flow.consent_page("profile", verifier, code_challenge_method="plain")
    assert page.status_code == 302
    assert parse_qs(urlsplit(page["Location"]).query)["error"] == ["invalid_request"]


def test_missing_pkce_is_refused(flow):
    page = flow.consent_page("profile", None, code_challenge_method=None)
    assert page.status_code == 302
    assert parse_qs(urlsplit(page["Location"]).query)["error"] == ["invalid_request"]


def test_wrong_verifier_is_refused(flow):
    code, _verifier = flow.code()
    other, _ = pkce_pair()
    answer = flow.token(code, other)
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"


def test_wrong_redirect_uri_is_refused_without_redirecting(flow):
    _verifier, challenge = pkce_pair()
    for uri in ("https://evil.example.jp/callback", REDIRECT + "/more", REDIRECT + "?x=1"):
        page = flow.consent_page("profile", challenge, redirect_uri=uri)
        assert page.status_code == 400
        assert "続けられません" in page.content.decode()


def test_implicit_flow_is_refused(flow):
    _verifier, challenge = pkce_pair()
    page = flow.consent_page("profile", challenge, response_type="token")
    assert page.status_code in (302, 400)
    if page.status_code == 302:
        assert "access_token" not in page["Location"]
        assert "error=" in page["Location"]


def test_password_and_client_credentials_grants_are_refused(flow, person):
    for data in (
        {"grant_type": "password", "username": person.email, "password": "pw-for-tests-2026"},
        {"grant_type": "client_credentials"},
    ):
        answer = flow.api.post(
            "/o/token/",
            {
                **data,
                "client_id": flow.partner.client_id,
                "client_secret": "partner-secret-for-tests-0123456789",
            },
        )
        assert answer.status_code in (400, 401)
        assert "access_token" not in answer.json()


def test_scope_not_allowed_to_the_client_is_refused(flow):
    _verifier, challenge = pkce_pair()
    page = flow.consent_page("profile resume", challenge)
    assert page.status_code == 302
    assert parse_qs(urlsplit(page["Location"]).query)["error"] == ["invalid_scope"]


def test_code_replay_is_refused(flow):
    code, verifier = flow.code()
    assert flow.token(code, verifier).status_code == 200
    again = flow.token(code, verifier)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


def test_refresh_rotates_and_the_old_refresh_token_fails(flow):
    tokens = flow.tokens()
    fresh = flow.refresh(tokens["refresh_token"])
    assert fresh.status_code == 200
    new = fresh.json()
    assert new["refresh_token"] != tokens["refresh_token"]
    replay = flow.refresh(tokens["refresh_token"])
    assert replay.status_code == 400
    assert replay.json()["error"] == "invalid_grant"
    # Reuse detected: the whole family is revoked, the stolen copy's successor too.
    assert flow.refresh(new["refresh_token"]).status_code == 400
    assert flow.call("/api/v1/partner/me/", new["access_token"]).status_code == 401


def test_consent_cannot_be_skipped(flow, partner):
    partner.skip_authorization = True
    partner.save()
    partner.refresh_from_db()
    assert partner.skip_authorization is False
    flow.tokens()
    _verifier, challenge = pkce_pair()
    page = flow.consent_page("profile", challenge, approval_prompt="auto")
    assert page.status_code == 200  # the consent page again, not a redirect with a code


def test_denied_consent_gives_no_code(flow):
    _verifier, challenge = pkce_pair()
    page = flow.consent_page("profile", challenge)
    form = page.context["form"]
    data = {name: form[name].value() or "" for name in form.fields if name != "allow"}
    answer = flow.browser.post("/o/authorize/", data)
    assert answer.status_code == 302
    assert parse_qs(urlsplit(answer["Location"]).query)["error"] == ["access_denied"]
    assert not PartnerConsent.objects.exists()


def test_unticked_scopes_are_not_granted(flow):
    tokens = flow.tokens("openid profile sheet:1-1", ticked=["openid", "sheet:1-1"])
    assert set(tokens["scope"].split()) == {"openid", "sheet:1-1"}
    me = flow.call("/api/v1/partner/me/", tokens["access_token"])
    assert me.status_code == 403
    assert me.json()["error"]["code"] == "insufficient_scope"


def test_nothing_ticked_shows_a_message_and_issues_nothing(flow):
    _verifier, challenge = pkce_pair()
    page = flow.consent_page("profile", challenge)
    answer = flow.approve(page, ticked=[])
    assert answer.status_code == 200
    assert "少なくとも1つ選んでください" in answer.content.decode()


def test_a_person_cannot_widen_the_request(flow):
    tokens = flow.tokens("profile", ticked=["profile", "sheet:2"])
    assert tokens["scope"].split() == ["profile"]


def test_disabled_client_is_refused(flow, partner):
    tokens = flow.tokens()
    partner.active = False
    partner.save()
    assert flow.call("/api/v1/partner/me/", tokens["access_token"]).status_code == 401
    assert flow.refresh(tokens["refresh_token"]).status_code in (400, 401)
    _verifier, challenge = pkce_pair()
    assert flow.consent_page("profile", challenge).status_code == 400


def test_discovery_and_jwks(client, db):
    config = client.get("/.well-known/openid-configuration").json()
    assert config["issuer"] == "http://testserver"
    assert config["authorization_endpoint"] == "http://testserver/o/authorize/"
    assert config["response_types_supported"] == ["code"]
    assert config["subject_types_supported"] == ["pairwise"]
    metadata = client.get("/.well-known/oauth-authorization-server").json()
    assert metadata["issuer"] == "http://testserver"
    assert metadata["grant_types_supported"] == ["authorization_code", "refresh_token"]
    assert metadata["response_types_supported"] == ["code"]
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    for path in ("/o/applications/", "/o/authorized_tokens/", "/o/register/", "/o/introspect/", "/o/device/"):
        assert client.get(path).status_code == 404, path
    jwks = client.get("/o/.well-known/jwks.json").json()
    assert jwks["keys"][0]["kty"] == "RSA" and jwks["keys"][0]["alg"] == "RS256"


def test_id_token_is_signed_rs256_with_a_pairwise_subject(flow, partner, client):
    import jwt

    tokens = flow.tokens()
    jwks = client.get("/o/.well-known/jwks.json").json()
    key = jwt.PyJWK(jwks["keys"][0]).key
    claims = jwt.decode(tokens["id_token"], key, algorithms=["RS256"], audience=partner.client_id)
    assert claims["iss"] == "http://testserver"
    me = flow.call("/api/v1/partner/me/", tokens["access_token"]).json()
    assert claims["sub"] == me["sub"]
    assert claims["sub"] != str(flow.browser.session["_auth_user_id"])
    info = flow.call("/o/userinfo/", tokens["access_token"]).json()
    assert info == {"sub": claims["sub"]}
