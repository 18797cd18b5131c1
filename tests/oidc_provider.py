"""A small OpenID Provider for the test suite, served over real HTTP on 127.0.0.1 in a thread.

Keys and tokens are made with joserfc (a JOSE library independent of the PyJWT the site verifies
with). It serves discovery, JWKS, /authorize (approves at once and redirects back with a code),
/token (checks client authentication, redirect_uri and the PKCE verifier) and /userinfo (which the
site must never call). ``op.misbehave`` makes the next id_tokens wrong in one way or another.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import ECKey, RSAKey

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
    client_secret: str = "jobcard-test-secret"
    sub: str = "pairwise-sub-3f9a1c0e"
    # Claims the OP adds to every id_token (e.g. to prove the site drops them).
    extra_claims: dict[str, Any] = field(default_factory=dict)
    misbehave: set[str] = field(default_factory=set)
    # What the site sent, for assertions.
    authorize_requests: list[dict[str, str]] = field(default_factory=list)
    token_requests: list[dict[str, str]] = field(default_factory=list)
    userinfo_calls: int = 0

    def __post_init__(self) -> None:
        self.rsa_key = RSAKey.generate_key(2048, parameters={"kid": "op-rsa-1", "use": "sig", "alg": "RS256"})
        self.ec_key = ECKey.generate_key("P-256", parameters={"kid": "op-ec-1", "use": "sig", "alg": "ES256"})
        self.attacker_key = RSAKey.generate_key(2048, parameters={"kid": "op-rsa-1"})
        self.grants: dict[str, Grant] = {}
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

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
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

    @property
    def issuer(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
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
        problems = (
            query.get("response_type") != "code"
            or "openid" not in query.get("scope", "").split()
            or query.get("code_challenge_method") != "S256"
            or not query.get("code_challenge")
        )
        params: dict[str, str] = {}
        if problems:
            params["error"] = "invalid_request"
        else:
            code = secrets.token_urlsafe(24)
            self.grants[code] = Grant(
                client_id=self.client_id,
                redirect_uri=redirect_uri,
                nonce=query.get("nonce"),
                code_challenge=query["code_challenge"],
                code_challenge_method=query["code_challenge_method"],
                sub=self.sub,
            )
            params["code"] = code
        if "state" in query:
            params["state"] = query["state"]
        handler.send_response(302)
        handler.send_header("Location", f"{redirect_uri}?{urlencode(params)}")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

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
