"""django-oauth-toolkit's scopes backend: a client may ask only for the scopes MHLW allowed it."""

from __future__ import annotations

from oauth2_provider.scopes import SettingsScopes


class PartnerScopes(SettingsScopes):
    def get_available_scopes(self, application=None, request=None, *args, **kwargs):
        every = super().get_available_scopes(application, request, *args, **kwargs)
        if application is None:
            return every
        allowed = set(getattr(application, "allowed_scopes", None) or [])
        return [scope for scope in every if scope in allowed]

    def get_default_scopes(self, application=None, request=None, *args, **kwargs):
        # No scope asked for: nothing is granted by default (the client must say what it wants).
        return []
