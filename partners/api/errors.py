"""Every error of ``/api/v1/partner/`` in one shape (docs/features/partner-api.md, "Errors")::

    {"error": {"status": 403, "code": "insufficient_scope", "message": "…", "scope": "sheet:2"}}

``code`` is stable and meant for programs; ``message`` is Japanese for people. 401 answers also carry
``WWW-Authenticate: Bearer …``, 429 answers ``Retry-After``.
"""

from __future__ import annotations

from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler


class InsufficientScope(exceptions.PermissionDenied):
    default_code = "insufficient_scope"

    def __init__(self, scope: str):
        self.scope = scope
        super().__init__(
            f"この連携では「{scope}」の項目を読み取る許可がありません。本人の同意を得てください。",
            code="insufficient_scope",
        )


CODES = {
    exceptions.NotAuthenticated: ("invalid_token", "アクセストークンがないか、正しくありません。"),
    exceptions.AuthenticationFailed: ("invalid_token", "アクセストークンがないか、正しくありません。"),
    exceptions.NotFound: ("not_found", "見つかりません。"),
    exceptions.MethodNotAllowed: ("method_not_allowed", "この方法（HTTPメソッド）では呼び出せません。"),
    exceptions.NotAcceptable: ("not_acceptable", "この形式では返せません。"),
    exceptions.ParseError: ("invalid_request", "送られた内容を読み取れません。"),
    exceptions.ValidationError: ("invalid_request", "送られた内容に誤りがあります。"),
}


def error_body(status_code: int, code: str, message: str, **extra) -> dict:
    return {"error": {"status": status_code, "code": code, "message": message, **extra}}


def partner_exception_handler(exc, context):
    response = exception_handler(exc, context)
    if response is None:
        return None
    extra = {}
    if isinstance(exc, InsufficientScope):
        code, message = "insufficient_scope", str(exc.detail)
        extra["scope"] = exc.scope
        response["WWW-Authenticate"] = f'Bearer error="insufficient_scope", scope="{exc.scope}"'
    elif isinstance(exc, exceptions.Throttled):
        code = "rate_limited"
        wait = int(exc.wait or 1)
        message = f"呼び出しが多すぎます。{wait}秒ほどたってから、もう一度呼び出してください。"
        extra["retry_after"] = wait
    elif isinstance(exc, exceptions.PermissionDenied):
        code, message = getattr(exc, "default_code", "permission_denied"), str(exc.detail)
        if code == "permission_denied" and not message:
            message = "この操作は許可されていません。"
    else:
        code, message = next(
            ((c, m) for kind, (c, m) in CODES.items() if isinstance(exc, kind)), ("error", str(exc))
        )
        if isinstance(exc, exceptions.NotFound) and isinstance(exc.detail, str) and exc.detail:
            message = exc.detail if exc.detail != exceptions.NotFound.default_detail else message
        if isinstance(exc, exceptions.ValidationError):
            extra["fields"] = exc.detail
    if response.status_code == status.HTTP_401_UNAUTHORIZED:
        response["WWW-Authenticate"] = 'Bearer realm="jobcard", error="invalid_token"'
    response.data = error_body(response.status_code, code, message, **extra)
    return response


def not_found(message: str) -> Response:
    return Response(error_body(404, "not_found", message), status=404)
