"""The OAuth2 side of マイナポータル login: discovery, token exchange and id_token checks.

allauth's OpenID Connect adapter is reused for discovery and the token request; what differs:
- the discovery document must name exactly the configured issuer, over HTTPS (loopback excepted);
- the callback refuses to go on without the PKCE verifier and the nonce kept in allauth's state;
- the id_token is always verified (signature, iss, aud, exp/iat, nonce) — see ``idtoken.py``;
- the UserInfo endpoint is never called and the access token is thrown away.
"""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import urlsplit

from allauth.account.internal.decorators import login_not_required
from allauth.socialaccount.adapter import get_adapter
from allauth.socialaccount.helpers import render_authentication_error
from allauth.socialaccount.models import SocialApp, SocialToken
from allauth.socialaccount.providers.oauth2.client import OAuth2Error
from allauth.socialaccount.providers.oauth2.views import (
    OAuth2Adapter,
    OAuth2CallbackView,
    OAuth2LoginView,
)
from allauth.socialaccount.providers.openid_connect.views import OpenIDConnectOAuth2Adapter
from django.conf import settings
from django.http import Http404, HttpRequest
from django.utils import translation
from requests import RequestException

from .idtoken import IdTokenError, verify_id_token

PROVIDER_ID = "mynaportal"
LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}


def issuer_of(app) -> str:
    return (app.settings or {}).get("server_url", "")


def discovery_url(issuer: str) -> str:
    return issuer.rstrip("/") + "/.well-known/openid-configuration"


def is_acceptable_url(url: Any) -> bool:
    """HTTPS, or plain HTTP to this machine only (the test suite's loopback OP)."""
    if not isinstance(url, str):
        return False
    parts = urlsplit(url)
    if not parts.hostname:
        return False
    return parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS)


class MynaPortalOAuth2Adapter(OpenIDConnectOAuth2Adapter):
    def __init__(self, request: HttpRequest, provider_id: str = PROVIDER_ID) -> None:
        super().__init__(request, PROVIDER_ID)
        # The state allauth unstashed for this callback (set by the callback view).
        self.state: dict | None = None

    @property
    def openid_config(self) -> dict:
        if not hasattr(self, "_openid_config"):
            app = self.get_provider().app
            issuer = issuer_of(app)
            if not is_acceptable_url(issuer):
                raise OAuth2Error("マイナポータル issuer is not configured or not HTTPS")
            with get_adapter().get_requests_session() as session:
                response = session.get(discovery_url(issuer))
                response.raise_for_status()
                config = response.json()
            if not isinstance(config, dict) or config.get("issuer") != issuer:
                # OpenID Connect Discovery 1.0, section 4.3: the issuer must be exactly ours.
                raise OAuth2Error("discovery document names a different issuer")
            for key in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
                if not is_acceptable_url(config.get(key)):
                    raise OAuth2Error(f"discovery document has no usable {key}")
            self._openid_config = config
        return self._openid_config

    def get_callback_url(self, request: HttpRequest, app) -> str:
        # "mynaportal_callback", not the generic provider's "openid_connect_callback"; always the
        # Japanese (unprefixed) path, so one redirect URI is registered whatever the page language.
        with translation.override(settings.LANGUAGE_CODE):
            return OAuth2Adapter.get_callback_url(self, request, app)

    def get_access_token_data(self, request: HttpRequest, app, client, pkce_code_verifier=None):
        if not pkce_code_verifier:
            raise OAuth2Error("no PKCE code_verifier in the login state")
        return super().get_access_token_data(request, app, client, pkce_code_verifier=pkce_code_verifier)

    def parse_token(self, data) -> SocialToken:
        # The access token is never used (no UserInfo call) and tokens are not stored: keep none of
        # it, so it does not travel into the session during the e-mail step of sign-up either.
        return SocialToken(token="")

    def fetch_jwks(self) -> dict:
        with get_adapter().get_requests_session() as session:
            response = session.get(self.openid_config["jwks_uri"])
            response.raise_for_status()
            return response.json()

    def complete_login(self, request: HttpRequest, app, token: SocialToken, **kwargs):
        response = kwargs.get("response") or {}
        nonce = (self.state or {}).get("nonce")
        try:
            claims = verify_id_token(
                response.get("id_token"),
                jwks=self.fetch_jwks(),
                issuer=self.openid_config["issuer"],
                client_id=app.client_id,
                nonce=nonce,
            )
        except (IdTokenError, ValueError) as e:
            raise OAuth2Error(str(e)) from e
        # Only sub/iss/auth_time go on; the raw token and every other claim stop here.
        return self.get_provider().sociallogin_from_response(request, claims)


class MynaPortalLoginView(OAuth2LoginView):
    pass


class MynaPortalCallbackView(OAuth2CallbackView):
    adapter: MynaPortalOAuth2Adapter

    def _get_state(self, request: HttpRequest, provider):
        # Hand the unstashed state (nonce, PKCE verifier) to the adapter. If allauth ever stops
        # calling this, the adapter sees no nonce and every login is refused, never let through.
        state, response = super()._get_state(request, provider)
        self.adapter.state = state
        return state, response

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any):
        try:
            return super().dispatch(request, *args, **kwargs)
        except (OAuth2Error, RequestException, ValueError) as e:
            # Discovery happens before allauth's own error handling; fail the same plain way.
            return render_authentication_error(request, self.adapter.get_provider(), exception=e)


def _not_found_unless_configured(view):
    """Without MYNAPORTAL_OIDC_CLIENT_ID there is no app: the login URLs answer 404, not 500."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any):
        try:
            return view(request, *args, **kwargs)
        except SocialApp.DoesNotExist:
            raise Http404 from None

    return login_not_required(wrapped)


oauth2_login = _not_found_unless_configured(MynaPortalLoginView.adapter_view(MynaPortalOAuth2Adapter))
oauth2_callback = _not_found_unless_configured(MynaPortalCallbackView.adapter_view(MynaPortalOAuth2Adapter))
