from allauth.socialaccount.providers.oauth2.urls import default_urlpatterns

from .provider import MynaPortalProvider

# /accounts/mynaportal/login/ and /accounts/mynaportal/login/callback/
urlpatterns = default_urlpatterns(MynaPortalProvider)
