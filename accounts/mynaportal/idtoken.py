"""Verifying the マイナポータル id_token: signature, issuer, audience, times and nonce.

allauth's generic OpenID Connect provider skips the signature check when the token came straight
from the token endpoint (OIDC Core 3.1.3.7 allows it) and sends no nonce. We check everything, so
that a wrong key, a replayed token or a token meant for another client is refused even if TLS or
the OP's token endpoint were ever misbehaving.

Only asymmetric algorithms are accepted, and the key is looked up by the algorithm's key type: a
token saying ``alg: none`` or ``HS256`` (the "use the public key as an HMAC secret" trick) never
reaches a verifier.
"""

from __future__ import annotations

import hmac
import re
import time
from typing import Any

import jwt

# The algorithms we accept and the JWK key type each needs.
ALLOWED_ALGORITHMS = {"RS256": ("RSA", None), "ES256": ("EC", "P-256")}
LEEWAY_SECONDS = 60
# An id_token is issued at the token endpoint moments before we see it; anything older is a replay.
MAX_AGE_SECONDS = 10 * 60
# The claims we keep; everything else the OP sends is dropped before it reaches allauth.
KEPT_CLAIMS = ("sub", "iss", "auth_time")
# A My Number (個人番号) is 12 digits. A subject that looks like one is refused, never stored.
MY_NUMBER_LIKE = re.compile(r"^\s*\d{4}[\s-]?\d{4}[\s-]?\d{4}\s*$")


class IdTokenError(Exception):
    """The id_token must not be trusted. The message is for logs and names no claim values."""


def _pick_key(jwks: dict, header: dict) -> Any:
    alg = header.get("alg")
    if alg not in ALLOWED_ALGORITHMS:
        raise IdTokenError(f"algorithm not allowed: {alg!r}")
    kty, crv = ALLOWED_ALGORITHMS[alg]
    kid = header.get("kid")
    candidates = []
    for jwk in jwks.get("keys", []) if isinstance(jwks, dict) else []:
        if not isinstance(jwk, dict) or jwk.get("kty") != kty:
            continue
        if crv and jwk.get("crv") != crv:
            continue
        if jwk.get("use", "sig") != "sig" or jwk.get("alg", alg) != alg:
            continue
        if kid is not None and jwk.get("kid") != kid:
            continue
        candidates.append(jwk)
    # Without a kid the key must be unambiguous.
    if len(candidates) != 1:
        raise IdTokenError("no single matching signing key in the JWKS")
    try:
        return jwt.PyJWK(candidates[0], algorithm=alg).key
    except jwt.PyJWTError as e:
        raise IdTokenError("unusable signing key in the JWKS") from e


def verify_id_token(
    id_token: str,
    *,
    jwks: dict,
    issuer: str,
    client_id: str,
    nonce: str,
    now: float | None = None,
) -> dict:
    """Return only the kept claims of a valid id_token; raise IdTokenError otherwise."""
    if not nonce:
        raise IdTokenError("no nonce was sent, so none can be checked")
    if not isinstance(id_token, str) or not id_token:
        raise IdTokenError("no id_token")
    try:
        header = jwt.get_unverified_header(id_token)
    except jwt.PyJWTError as e:
        raise IdTokenError("malformed id_token") from e
    key = _pick_key(jwks, header)
    now = time.time() if now is None else now
    try:
        claims = jwt.decode(
            id_token,
            key=key,
            algorithms=[header["alg"]],
            audience=client_id,
            issuer=issuer,
            leeway=LEEWAY_SECONDS,
            options={
                "require": ["iss", "sub", "aud", "exp", "iat"],
                "verify_signature": True,
                "verify_aud": True,
                "verify_iss": True,
                "verify_exp": True,
                "verify_iat": True,
                "strict_aud": False,
            },
        )
    except jwt.PyJWTError as e:
        raise IdTokenError(f"id_token refused: {type(e).__name__}") from e

    # A token for several audiences must name us as the authorised party (OIDC Core 3.1.3.7).
    aud = claims["aud"]
    azp = claims.get("azp")
    if (isinstance(aud, list) and len(aud) > 1 and azp is None) or (azp is not None and azp != client_id):
        raise IdTokenError("id_token azp is not this client")
    iat = claims["iat"]
    if not isinstance(iat, int | float) or iat < now - MAX_AGE_SECONDS - LEEWAY_SECONDS:
        raise IdTokenError("id_token issued too long ago")
    token_nonce = claims.get("nonce")
    if not isinstance(token_nonce, str) or not hmac.compare_digest(token_nonce.encode(), nonce.encode()):
        raise IdTokenError("id_token nonce does not match this login")
    sub = claims["sub"]
    if not isinstance(sub, str) or not sub or len(sub) > 255:
        raise IdTokenError("id_token sub is not a usable identifier")
    if MY_NUMBER_LIKE.match(sub):
        # Never store what could be a 個人番号, not even as an identifier.
        raise IdTokenError("id_token sub looks like a My Number")

    kept = {"sub": sub, "iss": claims["iss"]}
    auth_time = claims.get("auth_time")
    if isinstance(auth_time, int) and not isinstance(auth_time, bool):
        kept["auth_time"] = auth_time
    return kept
