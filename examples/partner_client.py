#!/usr/bin/env python3
"""A sample partner (連携先) of the Job Card portal, standard library only.

Runs the whole flow against a local server (``make run``; the demo registers 「検証用連携サービス」):
discovery → PKCE (S256) → the person's consent in their browser → code on a loopback callback →
token → API read → refresh (rotated) → revocation. See docs/features/partner-api.md.

    python examples/partner_client.py --issuer http://127.0.0.1:8000

The defaults are the demo client's public credentials; a real partner gets its own from MHLW and uses
an https redirect URI.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import http.server
import json
import secrets
import threading
import urllib.parse
import urllib.request
import webbrowser

DEMO_CLIENT_ID = "demo-partner"
DEMO_CLIENT_SECRET = "demo-partner-secret-not-for-production"  # noqa: S105 - the demo's public value
DEMO_REDIRECT_URI = "http://127.0.0.1:8765/callback"


def http_json(url: str, data: dict | None = None, token: str | None = None, auth=None) -> tuple[int, dict]:
    headers = {"Accept": "application/json"}
    body = None
    if data is not None:
        body = urllib.parse.urlencode(data).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if auth:
        pair = f"{urllib.parse.quote(auth[0])}:{urllib.parse.quote(auth[1])}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
    request = urllib.request.Request(url, data=body, headers=headers)  # noqa: S310 - URLs from the issuer
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            text = response.read().decode()
            return response.status, json.loads(text) if text else {}
    except urllib.error.HTTPError as error:
        text = error.read().decode()
        try:
            return error.code, json.loads(text)
        except ValueError:
            return error.code, {"raw": text[:200]}


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


class Callback:
    """A one-shot HTTP listener on the loopback redirect URI that catches ``code`` and ``state``."""

    def __init__(self, redirect_uri: str):
        parts = urllib.parse.urlsplit(redirect_uri)
        self.path = parts.path
        self.result: dict = {}
        self.done = threading.Event()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # http.server's name
                url = urllib.parse.urlsplit(self.path)
                if url.path != outer.path:
                    self.send_error(404)
                    return
                outer.result = {k: v[0] for k, v in urllib.parse.parse_qs(url.query).items()}
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.end_headers()
                self.wfile.write("連携の手続きが終わりました。このタブを閉じてください。".encode())
                outer.done.set()

            def log_message(self, *args):
                pass

        self.server = http.server.HTTPServer((parts.hostname, parts.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait(self, timeout: float) -> dict:
        self.done.wait(timeout)
        self.server.shutdown()
        self.server.server_close()
        return self.result


def run(issuer, client_id, client_secret, redirect_uri, scope, open_browser=None, timeout=300, log=print):
    """The whole flow; returns what it saw (for the test). ``open_browser(url)`` shows the consent page."""
    seen: dict = {}
    status, config = http_json(issuer.rstrip("/") + "/.well-known/openid-configuration")
    assert status == 200, config
    seen["issuer"] = config["issuer"]
    log(f"issuer: {config['issuer']}")

    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(16)
    callback = Callback(redirect_uri)
    url = (
        config["authorization_endpoint"]
        + "?"
        + urllib.parse.urlencode(
            {
                "response_type": "code",
                "client_id": client_id,
                "redirect_uri": redirect_uri,
                "scope": scope,
                "state": state,
                "nonce": secrets.token_urlsafe(16),
                "code_challenge": challenge,
                "code_challenge_method": "S256",
            }
        )
    )
    log(f"本人の同意のページ: {url}")
    (open_browser or webbrowser.open)(url)
    answer = callback.wait(timeout)
    if answer.get("state") != state or "code" not in answer:
        raise SystemExit(f"no code: {answer}")
    if answer.get("iss") and answer["iss"] != config["issuer"]:  # RFC 9207 mix-up defence
        raise SystemExit(f"wrong iss: {answer['iss']}")

    credentials = (client_id, client_secret)
    status, tokens = http_json(
        config["token_endpoint"],
        {
            "grant_type": "authorization_code",
            "code": answer["code"],
            "redirect_uri": redirect_uri,
            "code_verifier": verifier,
        },
        auth=credentials,
    )
    assert status == 200, tokens
    seen["scope"] = tokens["scope"]
    log(f"granted: {tokens['scope']}")

    base = issuer.rstrip("/") + "/api/v1/partner/"
    status, card = http_json(base + "card/", token=tokens["access_token"])
    seen["card"] = (status, card)
    log(f"card: {status} {[s['code'] for s in card.get('sheets', [])]}")
    if "profile" in tokens["scope"].split():
        seen["me"] = http_json(base + "me/", token=tokens["access_token"])

    status, fresh = http_json(
        config["token_endpoint"],
        {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
        auth=credentials,
    )
    assert status == 200, fresh
    seen["rotated"] = fresh["refresh_token"] != tokens["refresh_token"]
    seen["with_fresh"] = http_json(base + "card/", token=fresh["access_token"])[0]

    revoke_url = config.get("revocation_endpoint") or issuer.rstrip("/") + "/o/revoke_token/"
    status, _body = http_json(
        revoke_url, {"token": fresh["refresh_token"], "token_type_hint": "refresh_token"}, auth=credentials
    )
    seen["revoked"] = status
    seen["after_revoke"] = http_json(base + "card/", token=fresh["access_token"])[0]
    seen["old_refresh"] = http_json(
        config["token_endpoint"],
        {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
        auth=credentials,
    )[0]
    log(
        f"refresh rotated: {seen['rotated']}; after revocation the API answers {seen['after_revoke']}, "
        f"the first refresh token {seen['old_refresh']}"
    )
    return seen


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issuer", default="http://127.0.0.1:8000")
    parser.add_argument("--client-id", default=DEMO_CLIENT_ID)
    parser.add_argument("--client-secret", default=DEMO_CLIENT_SECRET)
    parser.add_argument("--redirect-uri", default=DEMO_REDIRECT_URI)
    parser.add_argument("--scope", default="openid profile sheet:1-1 sheet:2")
    args = parser.parse_args(argv)
    run(args.issuer, args.client_id, args.client_secret, args.redirect_uri, args.scope)


if __name__ == "__main__":
    main()
