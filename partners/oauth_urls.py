"""The authorization server's endpoints, in django-oauth-toolkit's namespace (its views reverse these names).

Mounted at the root: OpenID Connect discovery sits at ``/.well-known/openid-configuration`` (so the issuer
is the site itself), the RFC 8414 metadata at ``/.well-known/oauth-authorization-server``, everything else
under ``/o/``. Only what partners need: no client self-registration, no device flow, no introspection
(this site is its own resource server), no token-management pages (MHLW registers clients in the admin;
people manage their links at ``/partners/``).
"""

from django.urls import path, re_path
from oauth2_provider import views as dot

from .views import PartnerAuthorizationView

app_name = "oauth2_provider"

urlpatterns = [
    re_path(
        r"^\.well-known/openid-configuration/?$",
        dot.ConnectDiscoveryInfoView.as_view(),
        name="oidc-connect-discovery-info",
    ),
    path(
        ".well-known/oauth-authorization-server",
        dot.OAuthServerMetadataView.as_view(),
        name="oauth-server-metadata",
    ),
    path("o/authorize/", PartnerAuthorizationView.as_view(), name="authorize"),
    path("o/token/", dot.TokenView.as_view(), name="token"),
    path("o/revoke_token/", dot.RevokeTokenView.as_view(), name="revoke-token"),
    path("o/.well-known/jwks.json", dot.JwksInfoView.as_view(), name="jwks-info"),
    path("o/userinfo/", dot.UserInfoView.as_view(), name="user-info"),
]
