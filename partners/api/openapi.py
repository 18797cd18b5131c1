"""drf-spectacular hooks: the published document lists the partner API only."""


def only_partner_endpoints(endpoints, **kwargs):
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/partner/")]
