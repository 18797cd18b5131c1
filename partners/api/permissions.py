"""A scope grants only its own endpoints: the token must carry it, the person's consent must still hold
it (narrowed or withdrawn consent applies at once), and the client must be active."""

from __future__ import annotations

from rest_framework.exceptions import AuthenticationFailed
from rest_framework.permissions import BasePermission

from ..services import active_consent
from .errors import InsufficientScope


class PartnerScope(BasePermission):
    def has_permission(self, request, view):
        token = request.auth
        if token is None or not getattr(token, "application", None) or token.user_id is None:
            return False
        client = token.application
        consent = active_consent(token.user, client) if client.active else None
        if consent is None:  # a disabled client, or consent withdrawn: the token is worth nothing
            raise AuthenticationFailed()
        request.partner_consent = consent
        scope = view.required_scope(request) if callable(getattr(view, "required_scope", None)) else None
        if scope is not None and not (token.allow_scopes([scope]) and scope in consent.scopes):
            raise InsufficientScope(scope)
        return True
