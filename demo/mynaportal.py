"""The 検証用マイナポータル of `make run`: what the dev settings, the demo loader and the test OP share.

This is NOT マイナポータル. It is the small OpenID Provider of the test suite (``demo/mynaportal_op.py``)
served on 127.0.0.1 so that the whole マイナポータル login can be tried in a browser on a developer's
machine. Production settings refuse every part of it (``portal/settings/production.py``).

No heavy imports here: ``portal/settings/dev.py`` reads this module.
"""

from __future__ import annotations

from dataclasses import dataclass

HOST = "127.0.0.1"
DEFAULT_PORT = 8001
CLIENT_ID = "jobcard-demo-client"
CLIENT_SECRET = "demo-only-not-a-secret"  # noqa: S105 — a fixed, public value for a loopback test OP
# Test person A is linked to the demo job seeker by `load_demo` (demo/loader.py).
LINKED_SUB = "demo-mynaportal-sub-a"
NEW_SUB = "demo-mynaportal-sub-b"


@dataclass(frozen=True)
class DemoIdentity:
    key: str  # the form value on the OP's page
    sub: str | None  # None: a fresh subject each time
    label: str
    description: str


IDENTITIES = (
    DemoIdentity(
        "a",
        LINKED_SUB,
        "検証用の利用者 A",
        "デモの利用者「佐藤 美咲」さん（misaki@example.jp）のアカウントと連携済みです。"
        "選ぶと、そのままログインします。",
    ),
    DemoIdentity(
        "b",
        NEW_SUB,
        "検証用の利用者 B",
        "まだどのアカウントとも連携していない人です。1回目はメールアドレスを登録してアカウントを作り、"
        "2回目からはそのアカウントにログインします。",
    ),
    DemoIdentity(
        "c",
        None,
        "はじめての利用者（毎回ちがう人）",
        "選ぶたびに新しい人として扱われるので、新規登録の流れを何度でも試せます。",
    ),
)


def issuer(port: int = DEFAULT_PORT) -> str:
    return f"http://{HOST}:{port}"


def provider_app(port: int = DEFAULT_PORT) -> dict:
    """The allauth app the dev settings use with DEMO_MYNAPORTAL_OP on (``demo`` labels the button)."""
    return {
        "name": "マイナポータル",
        "client_id": CLIENT_ID,
        "secret": CLIENT_SECRET,
        "settings": {"server_url": issuer(port), "demo": True},
    }
