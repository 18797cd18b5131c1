"""Per-client rate limits: a DRF throttle keyed by the OAuth client, counted in the cache (Redis in
production), so every server process shares one count. A client's own ``rate_limit`` wins over
``PARTNER_API_RATE``."""

from __future__ import annotations

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle


class PartnerClientThrottle(SimpleRateThrottle):
    scope = "partner"
    cache_format = "throttle_partner_%(ident)s"

    def get_rate(self):
        return settings.PARTNER_API_RATE

    def allow_request(self, request, view):
        client = getattr(getattr(request, "auth", None), "application", None)
        if client is None:
            return True  # unauthenticated calls are refused (401) before counting
        self.rate = client.rate_limit or settings.PARTNER_API_RATE
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        return self.cache_format % {"ident": request.auth.application.client_id}
