"""The RS256 key that signs OpenID Connect ID tokens (published at ``/o/.well-known/jwks.json``).

Production reads it from ``PARTNER_OIDC_RSA_PRIVATE_KEY`` (PEM text) or ``PARTNER_OIDC_RSA_PRIVATE_KEY_FILE``
(a path); ``manage.py check --deploy`` fails without one (``partners.E001``). Development generates a key
once into ``.dev-oidc-key.pem`` (git-ignored, never used elsewhere); the test suite makes one in memory.
No private key is ever committed.
"""

from __future__ import annotations

import os
from pathlib import Path

DEV_KEY_MARKER = "partners-dev-only"


def generate_pem(bits: int = 2048) -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def from_environment() -> str:
    """The configured key (PEM), or "" when none is configured."""
    pem = os.environ.get("PARTNER_OIDC_RSA_PRIVATE_KEY", "").strip()
    if pem:
        return pem.replace("\\n", "\n") + "\n"
    path = os.environ.get("PARTNER_OIDC_RSA_PRIVATE_KEY_FILE", "").strip()
    if path:
        return Path(path).read_text()
    return ""


def development_key(path: Path) -> str:
    """The development key kept in ``path``; created on first use (mode 0600)."""
    if path.exists():
        return path.read_text()
    pem = generate_pem()
    path.touch(mode=0o600)
    path.write_text(pem)
    return pem
