"""Autosave and the card's JSON API, both guarded by the entry's lock version as an ETag.

- ``POST /card/sheets/<code>/autosave/`` — the editor page's form, sent by sheet-editor.js a few
  seconds after typing stops and when a field is left. ``If-Match: "<lock_version>"``. Answers
  JSON: the new version (also as ``ETag``), the time, and the errors by field id (plus
  ``dropped_rows``/``warning`` when rows past the editor's row limit were not kept); ``412`` when the
  sheet was saved elsewhere meanwhile (nothing written).
- ``GET /api/v1/card/sheets/<code>/`` — the sheet's data with ``ETag``.
- ``PUT /api/v1/card/sheets/<code>/`` — ``{"data": {...}, "save": false}``; ``If-Match`` required
  (``428`` without it, ``412`` when stale, with the current data so a client can merge), ``400``
  with errors by path when ``save`` is true and the data does not validate.
"""

from __future__ import annotations

from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_POST
from rest_framework import status
from rest_framework.authentication import SessionAuthentication
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from ..cards import get_card
from ..services import PartBeingWritten, SheetValidationError, StaleEdit, save_draft, save_version
from .layout import name_for_path, read_submission, rows_over_limit
from .views import count_write, editor_definition, ensure_entry, find_entry

STALE_MESSAGE = StaleEdit.message


def etag(entry) -> str:
    return f'"{entry.lock_version if entry else 0}"'


def parse_if_match(value: str | None) -> int | None:
    if not value:
        return None
    value = value.strip()
    if value.startswith("W/"):
        value = value[2:]
    try:
        return int(value.strip('"'))
    except ValueError:
        return None


def _errors_by_id(definition, errors: dict) -> list[dict]:
    out = []
    for path, messages in errors.items():
        name = name_for_path(definition, path)
        out.append({"path": path, "id": f"id_{name}" if name else None, "messages": messages})
    return out


@never_cache
@require_POST
def autosave(request, code: str):
    definition = editor_definition(code)
    expected = parse_if_match(request.headers.get("If-Match"))
    if expected is None:
        expected = parse_if_match(request.POST.get("lock_version"))
    if expected is None:
        return JsonResponse({"message": "版の指定がありません。"}, status=428)
    entry = ensure_entry(request, code)
    only = request.POST.getlist("_fields") or None
    data = read_submission(definition, request.POST, entry.current_data, only=only)
    had_draft, was_saved = entry.has_draft, entry.saved_data is not None
    try:
        result = save_draft(entry, data, expected, request.user)
    except StaleEdit as exc:
        response = JsonResponse(
            {"message": STALE_MESSAGE, "lock_version": exc.current_lock_version}, status=412
        )
        response["ETag"] = f'"{exc.current_lock_version}"'
        return response
    except PartBeingWritten as exc:
        return JsonResponse({"message": exc.message, "errors": []}, status=423)
    except SheetValidationError as exc:
        return JsonResponse(
            {"message": "保存できない内容があります。", "errors": _errors_by_id(definition, exc.errors)},
            status=400,
        )
    count_write(request, entry, had_draft, was_saved, saved=False)
    body = {
        "lock_version": entry.lock_version,
        "saved_at": timezone.localtime(entry.draft_saved_at).strftime("%H:%M"),
        "errors": _errors_by_id(definition, result.errors),
    }
    dropped = rows_over_limit(definition, request.POST, only=only)
    if dropped:
        # Rows past ROW_LIMIT were not kept: the page says so, not just 「保存しました」 (#14 item 9).
        body["dropped_rows"] = dropped
        body["warning"] = " ".join(item["message"] for item in dropped)
    response = JsonResponse(body)
    response["ETag"] = etag(entry)
    return response


@never_cache
@require_GET
@ensure_csrf_cookie
def csrf_token(request):
    """A current CSRF token for the editor's script, after the server refused an older one."""
    return JsonResponse({"token": get_token(request)})


class SessionWithCsrf(SessionAuthentication):
    """DRF checks CSRF only for signed-in users; an anonymous visitor's card deserves it too."""

    def authenticate(self, request):
        result = super().authenticate(request)
        if result is None:
            self.enforce_csrf(request)
        return result


class SheetAPIView(APIView):
    """The request's own sheet, for headless clients (session authentication, CSRF enforced)."""

    authentication_classes = [SessionWithCsrf]
    permission_classes = [AllowAny]  # anonymous visitors have a card too (session key)

    def get(self, request, code: str):
        definition = editor_definition(code)
        entry = find_entry(get_card(request), code)
        response = Response(self._body(definition, entry))
        response["ETag"] = etag(entry)
        return response

    def put(self, request, code: str):
        definition = editor_definition(code)
        expected = parse_if_match(request.headers.get("If-Match"))
        if expected is None:
            return Response(
                {"detail": "If-Match ヘッダーに、読み込んだときの ETag を指定してください。"},
                status=status.HTTP_428_PRECONDITION_REQUIRED,
            )
        payload = request.data if isinstance(request.data, dict) else {}
        data = payload.get("data")
        if not isinstance(data, dict):
            return Response({"detail": "data には様式の内容をオブジェクトで指定してください。"}, status=400)
        entry = ensure_entry(request, code)
        had_draft, was_saved = entry.has_draft, entry.saved_data is not None
        save = bool(payload.get("save"))
        try:
            if save:
                save_version(entry, data, expected, request.user)
                errors = {}
            else:
                errors = save_draft(entry, data, expected, request.user).errors
        except StaleEdit as exc:
            response = Response(
                {
                    "detail": STALE_MESSAGE,
                    "lock_version": exc.current_lock_version,
                    "current": exc.current_data,
                },
                status=status.HTTP_412_PRECONDITION_FAILED,
            )
            response["ETag"] = f'"{exc.current_lock_version}"'
            return response
        except PartBeingWritten as exc:
            return Response({"detail": exc.message}, status=status.HTTP_423_LOCKED)
        except SheetValidationError as exc:
            return Response({"detail": "入力内容を確認してください。", "errors": exc.errors}, status=400)
        count_write(request, entry, had_draft, was_saved, saved=save)
        body = self._body(definition, entry)
        body["errors"] = errors
        response = Response(body)
        response["ETag"] = etag(entry)
        return response

    @staticmethod
    def _body(definition, entry) -> dict:
        return {
            "sheet": definition.code,
            "version": entry.definition_version if entry else definition.version,
            "title": definition.title,
            "status": entry.status if entry else None,
            "lock_version": entry.lock_version if entry else 0,
            "data": entry.current_data if entry else {},
            "saved_data": entry.saved_data if entry else None,
            "has_draft": entry.has_draft if entry else False,
            "saved_at": entry.saved_at if entry else None,
            "draft_saved_at": entry.draft_saved_at if entry else None,
        }
