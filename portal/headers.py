"""Security headers the framework does not send by itself (#14 item 7).

- ``SiteCSPMiddleware``: django-csp's middleware with a second policy for the staff admin. The
  public site's policy (``CONTENT_SECURITY_POLICY`` in settings) has a per-response nonce and no
  ``'unsafe-inline'`` for scripts. Wagtail 8's admin still writes a few inline scripts of its own
  (date/time pickers, inline panels, workflow, wagtail-localize), so under ``ADMIN_CSP_PREFIXES``
  the script and frame directives are replaced by ``ADMIN_CSP_REPLACE`` (``'unsafe-inline'``
  without a nonce — a nonce would make browsers ignore it — and ``'self'`` framing for the page
  preview). Everything else (object-src, base-uri, img/font/connect sources) stays the same.
- ``PermissionsPolicyMiddleware``: ``Permissions-Policy`` (``PERMISSIONS_POLICY``: browser
  features the site never uses are denied to it and to every frame) and
  ``Cross-Origin-Resource-Policy`` (``CROSS_ORIGIN_RESOURCE_POLICY``, ``same-origin``).

``CSP_REPORT_ONLY`` sends the same policies as ``Content-Security-Policy-Report-Only`` instead.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


def _is_admin(request) -> bool:
    return request.path_info.startswith(tuple(getattr(settings, "ADMIN_CSP_PREFIXES", ())))


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if _is_admin(request):
            parts.replace = {**getattr(settings, "ADMIN_CSP_REPLACE", {}), **(parts.replace or {})}
        return parts


def permissions_policy_header(policy: dict[str, list[str]]) -> str:
    """``{"camera": [], "fullscreen": ["self", "https://x"]}`` → ``camera=(), fullscreen=(self "https://x")``."""
    parts = []
    for feature, allowed in policy.items():
        origins = " ".join(origin if origin in ("self", "*") else f'"{origin}"' for origin in allowed)
        parts.append(f"{feature}=({origins})")
    return ", ".join(parts)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions = permissions_policy_header(getattr(settings, "PERMISSIONS_POLICY", {}))
        self.resource_policy = getattr(settings, "CROSS_ORIGIN_RESOURCE_POLICY", "")

    def __call__(self, request):
        response = self.get_response(request)
        if self.permissions and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.permissions
        if self.resource_policy and "Cross-Origin-Resource-Policy" not in response:
            response["Cross-Origin-Resource-Policy"] = self.resource_policy
        return response
