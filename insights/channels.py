"""Where a visit came from: UTM parameters first, then the referrer's host.

Only a channel code and a host name (or a UTM source code) are kept — never the referring address
itself, whose path or query might carry personal data. An internal link gives no channel: the
session's channel is that of its first page view (``direct`` when it has none).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from django.conf import settings

from .models import Channel

_HOST = re.compile(r"^[a-z0-9.-]{1,60}$")
_CODE = re.compile(r"^[a-z0-9._-]{1,40}$")

SEARCH_HOSTS = (
    "google.",
    "bing.com",
    "search.yahoo.",
    "yahoo.co.jp",
    "duckduckgo.com",
    "baidu.com",
    "yandex.",
    "ecosia.org",
    "search.goo.ne.jp",
    "search.biglobe.ne.jp",
    "search.nifty.com",
    "naver.com",
)
SNS_HOSTS = (
    "twitter.com",
    "x.com",
    "t.co",
    "facebook.com",
    "fb.me",
    "instagram.com",
    "line.me",
    "youtube.com",
    "youtu.be",
    "tiktok.com",
    "note.com",
    "linkedin.com",
    "threads.net",
    "bsky.app",
)
# Linked systems and bodies (flows from them): ハローワークインターネットサービス, job tag,
# マイナポータル, the ministry's own site, 教育訓練給付制度 search. More in INSIGHTS_PARTNER_HOSTS.
PARTNER_HOSTS = (
    "hellowork.mhlw.go.jp",
    "shigoto.mhlw.go.jp",
    "myna.go.jp",
    "mhlw.go.jp",
    "kyufu.mhlw.go.jp",
    "jeed.go.jp",
)
_UTM_MEDIUM = {
    "organic": Channel.SEARCH,
    "search": Channel.SEARCH,
    "cpc": Channel.CAMPAIGN,
    "ppc": Channel.CAMPAIGN,
    "display": Channel.CAMPAIGN,
    "banner": Channel.CAMPAIGN,
    "social": Channel.SNS,
    "sns": Channel.SNS,
    "email": Channel.EMAIL,
    "mail": Channel.EMAIL,
    "newsletter": Channel.EMAIL,
    "partner": Channel.PARTNER,
    "referral": Channel.REFERRAL,
}


def _matches(host: str, suffixes) -> bool:
    for suffix in suffixes:
        if suffix.endswith("."):  # "google." matches google.com, google.co.jp, www.google.de
            if host.startswith(suffix) or f".{suffix}" in f".{host}":
                return True
        elif host == suffix or host.endswith("." + suffix):
            return True
    return False


def partner_hosts() -> tuple[str, ...]:
    return PARTNER_HOSTS + tuple(getattr(settings, "INSIGHTS_PARTNER_HOSTS", ()))


def classify_host(host: str) -> str:
    if _matches(host, partner_hosts()):
        return Channel.PARTNER
    if _matches(host, SEARCH_HOSTS):
        return Channel.SEARCH
    if _matches(host, SNS_HOSTS):
        return Channel.SNS
    if host.startswith(("mail.", "webmail.", "outlook.")):
        return Channel.EMAIL
    return Channel.REFERRAL


def _code(value: str) -> str:
    value = (value or "").strip().lower()[:40]
    return value if _CODE.match(value) else ""


def classify(request) -> tuple[str, str]:
    """(channel, source) for a page view; ("", "") when it came from a page of this site."""
    utm_source = _code(request.GET.get("utm_source", ""))
    utm_medium = _code(request.GET.get("utm_medium", ""))
    if utm_source or utm_medium:
        channel = _UTM_MEDIUM.get(utm_medium)
        if channel is None:
            channel = classify_host(utm_source) if "." in utm_source else Channel.CAMPAIGN
        return channel, utm_source or utm_medium
    referrer = request.headers.get("Referer", "")
    if not referrer:
        return "", ""
    try:
        host = (urlsplit(referrer).hostname or "").lower()
    except ValueError:
        return "", ""
    if not host or not _HOST.match(host):
        return "", ""
    own = request.get_host().split(":")[0].lower()
    if host == own:
        return "", ""
    if host.startswith("www."):
        host = host[4:]
    return classify_host(host), host
