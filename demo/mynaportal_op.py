"""A small OpenID Provider served over real HTTP on 127.0.0.1 in a thread — NOT マイナポータル.

Two uses:
- the test suite (``tests/oidc_provider.py`` re-exports it): ``/authorize`` approves at once as
  ``op.sub``, and ``op.misbehave`` makes the next id_tokens wrong in one way or another;
- `make run`'s 検証用マイナポータル (``manage.py run_demo_op``, ``LoopbackOP.demo()``): ``/authorize``
  shows a page clearly labelled 検証用 where one picks a test person (``demo/mynaportal.py``) or
  cancels, and it only redirects back to this machine.

Keys and tokens are made with joserfc (a JOSE library independent of the PyJWT the site verifies
with; a dev dependency). It serves discovery, JWKS, /authorize, /token (checks client
authentication, redirect_uri and the PKCE verifier) and /userinfo (which the site must never call).
It binds to loopback addresses only; production settings refuse an issuer on this machine.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import secrets
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import ECKey, RSAKey

from demo import mynaportal as demo_settings
from demo.mynaportal import DemoIdentity

MISBEHAVIOURS = {
    "forged_signature",  # signed with a key that is not in the JWKS (same kid)
    "wrong_nonce",
    "no_nonce",
    "expired",
    "wrong_audience",
    "wrong_issuer",
    "alg_none",
    "hs256_with_public_key",  # HMAC keyed with the published RSA public key
    "es256",  # a valid token signed with the EC key (must be accepted)
}


BIND_HOSTS = {"127.0.0.1", "::1"}
REDIRECT_HOSTS = {"127.0.0.1", "::1", "localhost"}
# How long a request waits on the 検証用 page for a choice.
PENDING_SECONDS = 10 * 60


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass
class Grant:
    client_id: str
    redirect_uri: str
    nonce: str | None
    code_challenge: str
    code_challenge_method: str
    sub: str
    used: bool = False


@dataclass
class LoopbackOP:
    client_id: str = "jobcard-test-client"
    client_secret: str = "jobcard-test-secret"  # noqa: S105
    sub: str = "pairwise-sub-3f9a1c0e"
    # Claims the OP adds to every id_token (e.g. to prove the site drops them).
    extra_claims: dict[str, Any] = field(default_factory=dict)
    misbehave: set[str] = field(default_factory=set)
    # What the site sent, for assertions.
    authorize_requests: list[dict[str, str]] = field(default_factory=list)
    token_requests: list[dict[str, str]] = field(default_factory=list)
    userinfo_calls: int = 0
    # Where to listen: loopback only; port 0 picks a free one.
    host: str = "127.0.0.1"
    port: int = 0
    # With identities, /authorize shows the 検証用 page to pick one (or cancel) instead of approving
    # at once, and only redirects back to this machine (REDIRECT_HOSTS).
    identities: tuple[DemoIdentity, ...] = ()

    @classmethod
    def demo(cls, port: int = demo_settings.DEFAULT_PORT) -> LoopbackOP:
        """The 検証用マイナポータル of `make run` (client and subjects from demo/mynaportal.py)."""
        return cls(
            client_id=demo_settings.CLIENT_ID,
            client_secret=demo_settings.CLIENT_SECRET,
            host=demo_settings.HOST,
            port=port,
            identities=demo_settings.IDENTITIES,
        )

    def __post_init__(self) -> None:
        if self.host not in BIND_HOSTS:
            raise ValueError(f"the test OP listens on a loopback address only, not {self.host!r}")
        self.rsa_key = RSAKey.generate_key(2048, parameters={"kid": "op-rsa-1", "use": "sig", "alg": "RS256"})
        self.ec_key = ECKey.generate_key("P-256", parameters={"kid": "op-ec-1", "use": "sig", "alg": "ES256"})
        self.attacker_key = RSAKey.generate_key(2048, parameters={"kid": "op-rsa-1"})
        self.grants: dict[str, Grant] = {}
        # Authorization requests waiting on the 検証用 page: ticket → (time, query).
        self.pending: dict[str, tuple[float, dict[str, str]]] = {}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -----------------------------------------------------------------------------
    def start(self) -> LoopbackOP:
        op = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format, *args):  # keep pytest output clean
                pass

            def do_GET(self):
                op._handle(self, "GET")

            def do_POST(self):
                op._handle(self, "POST")

        server_class = ThreadingHTTPServer
        if ":" in self.host:

            class V6Server(ThreadingHTTPServer):
                address_family = socket.AF_INET6

            server_class = V6Server
        self._server = server_class((self.host, self.port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def reset(self) -> None:
        self.extra_claims = {}
        self.misbehave = set()
        self.authorize_requests.clear()
        self.token_requests.clear()
        self.userinfo_calls = 0
        self.grants.clear()
        self.pending.clear()

    @property
    def issuer(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}"

    # --- HTTP ----------------------------------------------------------------------------------
    def _handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        url = urlsplit(handler.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        form: dict[str, str] = {}
        if method == "POST":
            length = int(handler.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(handler.rfile.read(length).decode()).items()}
        routes = {
            ("GET", "/.well-known/openid-configuration"): lambda: self._json(handler, 200, self.discovery()),
            ("GET", "/jwks"): lambda: self._json(handler, 200, self.jwks()),
            ("GET", "/authorize"): lambda: self._authorize(handler, query),
            ("POST", "/authorize/decision"): lambda: self._decision(handler, form),
            ("POST", "/token"): lambda: self._token(handler, form),
            ("GET", "/userinfo"): lambda: self._userinfo(handler),
        }
        route = routes.get((method, url.path))
        if route is None:
            self._json(handler, 404, {"error": "not_found"})
        else:
            route()

    @staticmethod
    def _json(handler: BaseHTTPRequestHandler, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.send_header("Cache-Control", "no-store")
        handler.end_headers()
        handler.wfile.write(data)

    def discovery(self) -> dict:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "userinfo_endpoint": f"{self.issuer}/userinfo",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256", "ES256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
            "code_challenge_methods_supported": ["S256"],
            "scopes_supported": ["openid"],
        }

    def jwks(self) -> dict:
        return {"keys": [self.rsa_key.as_dict(private=False), self.ec_key.as_dict(private=False)]}

    def _authorize(self, handler: BaseHTTPRequestHandler, query: dict[str, str]) -> None:
        self.authorize_requests.append(dict(query))
        redirect_uri = query.get("redirect_uri", "")
        if query.get("client_id") != self.client_id or not redirect_uri:
            self._json(handler, 400, {"error": "invalid_client"})
            return
        if self.identities and urlsplit(redirect_uri).hostname not in REDIRECT_HOSTS:
            # The 検証用 OP never sends a code (or a person) off this machine.
            self._json(handler, 400, {"error": "invalid_request", "error_description": "redirect_uri"})
            return
        problems = (
            query.get("response_type") != "code"
            or "openid" not in query.get("scope", "").split()
            or query.get("code_challenge_method") != "S256"
            or not query.get("code_challenge")
        )
        if problems:
            self._redirect_back(handler, query, {"error": "invalid_request"})
        elif self.identities:
            now = time.time()
            for ticket, (created, _query) in list(self.pending.items()):
                if created < now - PENDING_SECONDS:
                    self.pending.pop(ticket, None)
            ticket = secrets.token_urlsafe(24)
            self.pending[ticket] = (now, dict(query))
            self._html(handler, 200, self.choice_page(ticket, redirect_uri))
        else:
            self._redirect_back(handler, query, {"code": self._grant(query, self.sub)})

    def _grant(self, query: dict[str, str], sub: str) -> str:
        code = secrets.token_urlsafe(24)
        self.grants[code] = Grant(
            client_id=self.client_id,
            redirect_uri=query["redirect_uri"],
            nonce=query.get("nonce"),
            code_challenge=query["code_challenge"],
            code_challenge_method=query["code_challenge_method"],
            sub=sub,
        )
        return code

    @staticmethod
    def _redirect_back(handler: BaseHTTPRequestHandler, query: dict[str, str], params: dict[str, str]):
        if "state" in query:
            params["state"] = query["state"]
        handler.send_response(302)
        handler.send_header("Location", f"{query['redirect_uri']}?{urlencode(params)}")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    def _decision(self, handler: BaseHTTPRequestHandler, form: dict[str, str]) -> None:
        """The 検証用 page's answer: a test person picked, or cancelled. Each ticket is used once."""
        created, query = self.pending.pop(form.get("ticket", ""), (0.0, None))
        if query is None or created < time.time() - PENDING_SECONDS:
            self._html(handler, 400, self.page("もう一度やり直してください", EXPIRED_BODY))
            return
        if form.get("action") == "cancel":
            self._redirect_back(handler, query, {"error": "access_denied"})
            return
        identity = next((i for i in self.identities if i.key == form.get("identity")), None)
        if identity is None:
            self.pending[form["ticket"]] = (created, query)
            self._html(handler, 400, self.choice_page(form["ticket"], query["redirect_uri"], missing=True))
            return
        sub = identity.sub or f"demo-mynaportal-new-{secrets.token_hex(8)}"
        self._redirect_back(handler, query, {"code": self._grant(query, sub)})

    # --- the 検証用 page -----------------------------------------------------------------------
    @staticmethod
    def _html(handler: BaseHTTPRequestHandler, status: int, body: str) -> None:
        data = body.encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(data)))
        handler.send_header("Cache-Control", "no-store")
        handler.send_header("X-Frame-Options", "DENY")
        handler.send_header("Referrer-Policy", "no-referrer")
        handler.send_header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:* "
            "http://localhost:* http://[::1]:*; frame-ancestors 'none'; base-uri 'none'",
        )
        handler.end_headers()
        handler.wfile.write(data)

    def page(self, title: str, body: str) -> str:
        return PAGE.format(title=html.escape(title), body=body, issuer=html.escape(self.issuer))

    def choice_page(self, ticket: str, redirect_uri: str, *, missing: bool = False) -> str:
        site = urlsplit(redirect_uri)
        choices = "".join(
            CHOICE.format(
                key=html.escape(identity.key),
                checked=" checked" if n == 0 else "",
                label=html.escape(identity.label),
                description=html.escape(identity.description),
                sub=html.escape(identity.sub or "毎回新しく作ります"),
            )
            for n, identity in enumerate(self.identities)
        )
        body = CHOICE_BODY.format(
            ticket=html.escape(ticket),
            site=html.escape(f"{site.scheme}://{site.netloc}"),
            choices=choices,
            error='<p class="error" role="alert">ログインする利用者を選んでください。</p>' if missing else "",
        )
        return self.page(TITLE, body)

    def _client_authenticated(self, handler: BaseHTTPRequestHandler, form: dict[str, str]) -> bool:
        header = handler.headers.get("Authorization", "")
        if header.startswith("Basic "):
            client_id, _, secret = base64.b64decode(header[6:]).decode().partition(":")
        else:
            client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        return hmac.compare_digest(client_id, self.client_id) and hmac.compare_digest(
            secret, self.client_secret
        )

    def _token(self, handler: BaseHTTPRequestHandler, form: dict[str, str]) -> None:
        self.token_requests.append(dict(form))
        if not self._client_authenticated(handler, form):
            self._json(handler, 401, {"error": "invalid_client"})
            return
        grant = self.grants.get(form.get("code", ""))
        if (
            form.get("grant_type") != "authorization_code"
            or grant is None
            or grant.used
            or grant.redirect_uri != form.get("redirect_uri")
        ):
            self._json(handler, 400, {"error": "invalid_grant"})
            return
        grant.used = True
        verifier = form.get("code_verifier", "")
        expected = b64url(hashlib.sha256(verifier.encode("ascii")).digest())
        if not verifier or not hmac.compare_digest(expected, grant.code_challenge):
            self._json(handler, 400, {"error": "invalid_grant", "error_description": "PKCE check failed"})
            return
        self._json(
            handler,
            200,
            {
                "access_token": secrets.token_urlsafe(24),
                "token_type": "Bearer",
                "expires_in": 300,
                "id_token": self.make_id_token(grant),
            },
        )

    def _userinfo(self, handler: BaseHTTPRequestHandler) -> None:
        self.userinfo_calls += 1
        self._json(handler, 200, {"sub": self.sub, **self.extra_claims})

    # --- id_token ------------------------------------------------------------------------------
    def make_id_token(self, grant: Grant) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "sub": grant.sub,
            "aud": self.client_id,
            "iat": now,
            "exp": now + 300,
            "auth_time": now - 5,
            "nonce": grant.nonce,
            **self.extra_claims,
        }
        bad = self.misbehave
        if "wrong_nonce" in bad:
            claims["nonce"] = "a-nonce-from-another-login"
        if "no_nonce" in bad:
            claims.pop("nonce")
        if "expired" in bad:
            claims["iat"], claims["exp"] = now - 3600, now - 600
        if "wrong_audience" in bad:
            claims["aud"] = "someone-elses-client"
        if "wrong_issuer" in bad:
            claims["iss"] = "https://op.example.invalid"
        if "alg_none" in bad:
            header = {"alg": "none", "typ": "JWT", "kid": "op-rsa-1"}
            return f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(claims).encode())}."
        if "hs256_with_public_key" in bad:
            header = {"alg": "HS256", "typ": "JWT", "kid": "op-rsa-1"}
            signing_input = f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(claims).encode())}"
            secret = self.rsa_key.as_pem(private=False)
            signature = hmac.new(secret, signing_input.encode("ascii"), hashlib.sha256).digest()
            return f"{signing_input}.{b64url(signature)}"
        if "es256" in bad:
            return jwt.encode({"alg": "ES256", "kid": "op-ec-1"}, claims, self.ec_key)
        key = self.attacker_key if "forged_signature" in bad else self.rsa_key
        return jwt.encode({"alg": "RS256", "kid": "op-rsa-1"}, claims, key)


# --- the 検証用 page's HTML (plain Japanese, readable at 390 px, no scripts) -----------------------
TITLE = "検証用のマイナポータル（テスト用の認証サーバー）— 本物のマイナポータルではありません"
PAGE = """<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{title}</title>
<style>
  body {{ margin: 0; font-family: system-ui, sans-serif; font-size: 1rem; line-height: 1.7; color: #1a1a1a;
    background: #fff; }}
  .banner {{ margin: 0; padding: 0.75rem 1rem; background: #ffd43d; border-bottom: 4px solid #1a1a1a;
    font-weight: 700; }}
  .banner strong {{ display: inline-block; margin-right: 0.5rem; padding: 0 0.5rem; background: #1a1a1a;
    color: #fff; border-radius: 4px; }}
  main {{ max-width: 40rem; margin: 0 auto; padding: 1rem; }}
  h1 {{ font-size: 1.375rem; line-height: 1.5; margin: 0.5rem 0 1rem; }}
  h1 span {{ display: block; font-size: 1rem; }}
  fieldset {{ border: 0; margin: 1.5rem 0; padding: 0; }}
  legend {{ font-weight: 700; font-size: 1.125rem; margin-bottom: 0.5rem; }}
  label {{ display: flex; gap: 0.75rem; align-items: flex-start; margin: 0 0 0.75rem; padding: 0.75rem;
    border: 2px solid #767676; border-radius: 8px; cursor: pointer; }}
  label:has(input:checked) {{ border-color: #0031d8; background: #e8f1fe; }}
  input[type=radio] {{ width: 1.5rem; height: 1.5rem; margin: 0.125rem 0 0; flex: none;
    accent-color: #0031d8; }}
  .name {{ display: block; font-weight: 700; }}
  .sub {{ display: block; color: #4d4d4d; font-size: 0.875rem; word-break: break-all; }}
  .actions {{ display: grid; gap: 0.75rem; margin: 1.5rem 0; }}
  button {{ min-height: 48px; padding: 0.5rem 1.25rem; border: 2px solid #0031d8; border-radius: 8px;
    font: inherit; font-weight: 700; cursor: pointer; background: #fff; color: #0031d8; }}
  button[value=approve] {{ background: #0031d8; color: #fff; }}
  :focus-visible {{ outline: 4px solid #1a1a1a; outline-offset: 2px; box-shadow: 0 0 0 8px #ffd43d; }}
  .note {{ color: #4d4d4d; font-size: 0.9375rem; }}
  .error {{ color: #c20000; font-weight: 700; }}
  @media (min-width: 30em) {{ .actions {{ grid-template-columns: auto auto; justify-content: start; }} }}
</style>
</head>
<body>
<header><p class="banner"><strong>検証用</strong>本物のマイナポータルではありません</p></header>
<main>
{body}
<p class="note">このサーバー: {issuer}（開発用のパソコンの中だけで動いています）</p>
</main>
</body>
</html>
"""
CHOICE_BODY = """<h1>検証用のマイナポータル<span
>（テスト用の認証サーバー）— 本物のマイナポータルではありません</span></h1>
<p>ジョブ・カード作成支援サイトの動作を確かめるためのページです。マイナンバーカードは使いません。<!--
-->ログインする検証用の利用者を選んで「この利用者でログインする」を押すと、サイト（{site}）に戻ります。</p>
<p>サイトに送られるのは、利用者を区別するための番号だけです。氏名・住所・マイナンバーは送られません。</p>
{error}<form method="post" action="/authorize/decision">
<input type="hidden" name="ticket" value="{ticket}">
<fieldset>
<legend>ログインする検証用の利用者</legend>
{choices}</fieldset>
<div class="actions">
<button type="submit" name="action" value="approve">この利用者でログインする</button>
<button type="submit" name="action" value="cancel">キャンセルしてサイトに戻る</button>
</div>
</form>
"""
CHOICE = """<label><input type="radio" name="identity" value="{key}"{checked}>
<span><span class="name">{label}</span>{description}<span
class="sub">サイトに送られる番号: {sub}</span></span></label>
"""
EXPIRED_BODY = """<h1>もう一度やり直してください</h1>
<p>この画面は使えなくなりました（時間がたったか、すでにボタンが押されています）。<!--
-->サイトに戻って、もう一度「マイナポータルでログイン」を押してください。</p>
"""
