"""One-time share codes: 16 characters of Crockford's base32 (80 bits), shown as XXXX-XXXX-XXXX-XXXX.

Only the SHA-256 of the canonical form is stored. Reading is forgiving the way a person types a code
read aloud at a counter: case, spaces, hyphens, full-width characters and the letters I/L/O (read as
1/1/0) do not matter.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
LENGTH = 16  # 16 × 5 bits = 80 bits
_READ_AS = {"I": "1", "L": "1", "O": "0"}


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, LENGTH, 4))


def canonical(text: str) -> str | None:
    """The code as stored, or ``None`` when ``text`` cannot be a code."""
    text = unicodedata.normalize("NFKC", text or "").upper()
    chars = [_READ_AS.get(ch, ch) for ch in text if ch not in " -\u3000"]
    if len(chars) != LENGTH or any(ch not in ALPHABET for ch in chars):
        return None
    return "".join(chars)


def code_hash(text: str) -> str | None:
    code = canonical(text)
    return hashlib.sha256(code.encode()).hexdigest() if code else None
