"""The マイナポータル provider: OpenID Connect with PKCE (S256), state and nonce, scope ``openid`` only.

Only the subject (``sub``) identifies the person; ``extra_data`` keeps ``sub``, ``iss`` and
``auth_time``. No name, address, e-mail or 個人番号 is asked for, read or stored.
"""

from __future__ import annotations

import secrets

from allauth.socialaccount.adapter import get_adapter
from allauth.socialaccount.helpers import render_authentication_error
from allauth.socialaccount.providers.base import ProviderAccount
from allauth.socialaccount.providers.oauth2.client import OAuth2Error
from allauth.socialaccount.providers.oauth2.provider import OAuth2Provider
from allauth.socialaccount.providers.oauth2.utils import generate_code_challenge
from allauth.socialaccount.providers.openid_connect.provider import OpenIDConnectProvider
from django.http import HttpRequest, HttpResponseRedirect
from requests import RequestException

from .idtoken import KEPT_CLAIMS
from .views import PROVIDER_ID, MynaPortalOAuth2Adapter

SCOPE = ["openid"]
# Authorization request parameters we set ourselves; settings cannot override them.
RESERVED_PARAMS = {
    "client_id",
    "redirect_uri",
    "response_type",
    "scope",
    "state",
    "nonce",
    "code_challenge",
    "code_challenge_method",
    "claims",
    "request",
    "request_uri",
}


class MynaPortalAccount(ProviderAccount):
    def to_str(self) -> str:
        # The subject is an opaque identifier; show the service name instead.
        return "マイナポータル"


class MynaPortalProvider(OpenIDConnectProvider):
    id = PROVIDER_ID
    name = "マイナポータル"
    account_class = MynaPortalAccount
    oauth2_adapter_class = MynaPortalOAuth2Adapter
    # Posting an id_token directly (headless) would skip our nonce: not offered.
    supports_token_authentication = False
    pkce_enabled_default = True

    def __init__(self, request: HttpRequest, app=None) -> None:
        OAuth2Provider.__init__(self, request, app=app)
        self.name = (app.name if app else "") or type(self).name

    def get_login_url(self, request: HttpRequest, **kwargs) -> str:
        return OAuth2Provider.get_login_url(self, request, **kwargs)

    def get_callback_url(self) -> str:
        return OAuth2Provider.get_callback_url(self)

    def get_oauth2_adapter(self, request: HttpRequest) -> MynaPortalOAuth2Adapter:
        return MynaPortalOAuth2Adapter(request)

    # Scope: "openid" and nothing else, whatever settings or the query string say.
    def get_default_scope(self) -> list[str]:
        return list(SCOPE)

    def get_scope(self) -> list[str]:
        return list(SCOPE)

    def get_scope_from_request(self, request: HttpRequest) -> list[str]:
        return list(SCOPE)

    def get_auth_params(self) -> dict:
        # Operator-set extras (e.g. ``prompt``, ``acr_values``) are allowed, never the core ones.
        params = self.app.settings.get("auth_params") or {}
        return {key: value for key, value in dict(params).items() if key not in RESERVED_PARAMS}

    def get_auth_params_from_request(self, request: HttpRequest, action) -> dict:
        # No ``?auth_params=`` from the visitor's query string.
        return self.get_auth_params()

    def redirect(self, request: HttpRequest, process, next_url=None, data=None, **kwargs):
        kwargs.pop("scope", None)
        kwargs.pop("auth_params", None)
        pkce = generate_code_challenge()
        nonce = secrets.token_urlsafe(32)
        # The verifier and the nonce live in allauth's state (in the server-side session), keyed
        # by the random ``state`` value sent to the OP; the callback pops it exactly once.
        state_id = self.stash_redirect_state(
            request,
            process,
            next_url,
            data,
            pkce_code_verifier=pkce["code_verifier"],
            nonce=nonce,
            **kwargs,
        )
        params = {
            **self.get_auth_params(),
            "code_challenge": pkce["code_challenge"],
            "code_challenge_method": "S256",
            "nonce": nonce,
        }
        try:
            adapter = self.get_oauth2_adapter(request)
            client = adapter.get_client(request, self.app)
            client.state = state_id
            return HttpResponseRedirect(client.get_redirect_url(adapter.authorize_url, SCOPE, params))
        except (OAuth2Error, RequestException, ValueError) as e:
            return render_authentication_error(
                request, self, extra_context={"state_id": state_id}, exception=e
            )

    def verify_token(self, request: HttpRequest, token):
        raise get_adapter().validation_error("invalid_token")

    # What reaches allauth: ``data`` is already cut down to sub/iss/auth_time by the adapter, and
    # is filtered again here so nothing else can slip into the database.
    def extract_uid(self, data) -> str:
        return str(data["sub"])

    def extract_extra_data(self, data) -> dict:
        return {key: data[key] for key in KEPT_CLAIMS if key in data}

    def extract_common_fields(self, data) -> dict:
        return {}

    def extract_email_addresses(self, data) -> list:
        return []


provider_classes = [MynaPortalProvider]
