"""The OAuth 2.0 / OpenID Connect server: oauthlib's, cut down to what partners may use.

Only ``response_type=code`` and the ``authorization_code`` and ``refresh_token`` grants exist here (no
implicit, hybrid, password, client-credentials or device grant, whatever a client is registered with), and
PKCE accepts ``S256`` only, so a ``plain`` challenge is refused before the consent page is shown.
"""

from __future__ import annotations

from oauthlib.oauth2.rfc6749.grant_types.authorization_code import code_challenge_method_s256
from oauthlib.openid import Server


class PartnerServer(Server):
    def __init__(self, request_validator, *args, **kwargs):
        super().__init__(request_validator, *args, **kwargs)
        s256_only = {"S256": code_challenge_method_s256}
        self.auth_grant._code_challenge_methods = s256_only
        self.openid_connect_auth.proxy_target._code_challenge_methods = s256_only
        self._response_types = {"code": self.auth_grant_choice}
        self._grant_types = {
            "authorization_code": self.token_grant_choice,
            "refresh_token": self.refresh_grant,
        }
