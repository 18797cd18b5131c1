"""The one way a request's JSON is read: a size cap and a nesting cap, checked before parsing.

``json.loads`` recurses once per level of nesting, so a body of a few kilobytes nested thousands of
levels deep (``[[[[…]]]]``) ends in ``RecursionError``, a 500 that anyone can cause on any JSON
endpoint. Here the text is first measured (bytes) and scanned for its bracket depth without
recursion (strings skipped, escapes honoured), and only then parsed; a body over either cap is
refused with a plain Japanese sentence (English under /en/).

- ``loads(text)`` — the parsed value, or ``JSONBodyError`` (``status`` 400 or 413, ``message``).
- ``read_json(request)`` — the same for ``request.body``, the ``Content-Length`` checked first.
- ``SafeJSONParser`` — Django REST framework's JSON parser with the same caps (REST_FRAMEWORK's
  ``DEFAULT_PARSER_CLASSES``), reading at most the cap from the stream.

Caps: ``JSON_BODY_MAX_BYTES`` (default 2 MiB, room for a 512 KB sheet sent with ``\\uXXXX``
escapes; a view may pass a smaller one) and ``JSON_BODY_MAX_DEPTH`` (default 32; the deepest
sheet is far shallower).
"""

from __future__ import annotations

import json
import re

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import APIException, ParseError
from rest_framework.parsers import JSONParser

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
DEFAULT_MAX_DEPTH = 32
# Arrays and objects in one body; a full sheet has a few hundred.
MAX_CONTAINERS = 50_000

# A JSON string, or an unterminated one up to the end (possessive: linear on any input).
_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.S)
# bytes.translate keeps only brackets, both kinds as [ and ] (C speed, unlike a regex per match).
_ONE_KIND = bytes.maketrans(b"{}", b"[]")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class JSONBodyError(ValueError):
    def __init__(self, message: str, status: int = 400, reason: str = "invalid"):
        self.message = message
        self.status = status
        self.reason = reason
        super().__init__(message)


def max_bytes() -> int:
    return int(getattr(settings, "JSON_BODY_MAX_BYTES", DEFAULT_MAX_BYTES))


def max_depth() -> int:
    return int(getattr(settings, "JSON_BODY_MAX_DEPTH", DEFAULT_MAX_DEPTH))


def too_large(limit: int) -> JSONBodyError:
    return JSONBodyError(
        _("送信されたJSONが大きすぎます（上限は%(kb)sKBです）。内容を減らしてから送ってください。")
        % {"kb": max(1, limit // 1024)},
        status=413,
        reason="too_large",
    )


def too_deep() -> JSONBodyError:
    return JSONBodyError(
        _("送信されたJSONの入れ子が深すぎるため、読み取れませんでした。"), status=400, reason="too_deep"
    )


def too_many() -> JSONBodyError:
    return JSONBodyError(
        _("送信されたJSONの項目が多すぎます。内容を減らしてから送ってください。"),
        status=413,
        reason="too_many",
    )


def invalid() -> JSONBodyError:
    return JSONBodyError(
        _("送信された内容を読み取れませんでした。JSON形式で送ってください。"), status=400, reason="invalid"
    )


def check_shape(text: str, limit: int) -> None:
    """Refuse brackets outside strings that nest deeper than ``limit`` (``too_deep``), or more than
    ``MAX_CONTAINERS`` arrays and objects (``too_many``: building that many is slow, a CPU cost
    anyone could send). Linear, no recursion, each step in C: strings are cut out (an unterminated
    one runs to the end), everything but brackets is dropped, then innermost pairs are removed
    ``limit`` times; a pair left over was deeper than the cap, and so are more than ``limit``
    brackets that never close."""
    if text.count("[") + text.count("{") <= limit:
        return
    outside = _STRING.sub("", text).encode("utf-8", "surrogatepass")
    brackets = outside.translate(_ONE_KIND, _NOT_BRACKETS)
    if brackets.count(b"[") > MAX_CONTAINERS:
        raise too_many()
    for _round in range(limit):
        shorter = brackets.replace(b"[]", b"")
        if shorter == brackets:
            break
        brackets = shorter
    if b"[]" in brackets or brackets.count(b"[") > limit:
        raise too_deep()


def loads(raw: bytes | str, *, limit: int | None = None, depth: int | None = None, empty=None):
    """Parse ``raw`` (UTF-8 bytes or text) within the caps; ``empty`` is returned for a blank body
    when given (``None`` = a blank body is invalid)."""
    limit = max_bytes() if limit is None else limit
    depth = max_depth() if depth is None else depth
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise too_large(limit)
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise invalid() from None
    if not raw.strip():
        if empty is None:
            raise invalid()
        return empty
    check_shape(raw, depth)
    try:
        return json.loads(raw)
    except RecursionError:  # belt and braces: the scan above should have refused it
        raise too_deep() from None
    except ValueError:
        raise invalid() from None


def _content_length(meta) -> int | None:
    try:
        return int(meta.get("CONTENT_LENGTH") or 0)
    except (TypeError, ValueError):
        return None


def read_json(request, *, limit: int | None = None, depth: int | None = None, empty=None):
    """``loads(request.body)``, refusing by ``Content-Length`` before the body is read."""
    limit = max_bytes() if limit is None else limit
    length = _content_length(request.META)
    if length is not None and length > limit:
        raise too_large(limit)
    return loads(request.body, limit=limit, depth=depth, empty=empty)


class RequestTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"


class SafeJSONParser(JSONParser):
    """DRF's JSON parser with the caps above; never reads more than the cap from the stream."""

    def parse(self, stream, media_type=None, parser_context=None):
        limit = max_bytes()
        request = (parser_context or {}).get("request")
        meta = getattr(request, "META", {}) if request is not None else {}
        length = _content_length(meta)
        if length is not None and length > limit:
            raise RequestTooLarge(too_large(limit).message)
        raw = stream.read(limit + 1) if stream is not None else b""
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        if encoding.lower().replace("_", "-") not in {"utf-8", "utf8"}:
            try:
                raw = raw.decode(encoding).encode("utf-8")
            except (LookupError, UnicodeError):
                raise ParseError(invalid().message) from None
        try:
            return loads(raw, limit=limit)
        except JSONBodyError as exc:
            if exc.status == 413:
                raise RequestTooLarge(exc.message) from None
            raise ParseError(exc.message) from None
