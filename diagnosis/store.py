"""Reading and writing the request's own diagnosis result (every view goes through here).

- Signed in: the account's one result (created on the first completed check).
- Anonymous: the result whose reference code the session holds. The first completed check makes
  a new result and a new code (12 characters from an alphabet without look-alikes, shown as
  ``XXXX-XXXX-XXXX``, about 56 bits). Entering the code later puts it back in the session.
- On sign-up or login (``diagnosis.signals``) and when a signed-in person enters a code, the
  anonymous result joins the account: each check keeps whichever answer is newer, the anonymous
  row is deleted, and its code stops working.
- Anonymous results not touched for ``DIAGNOSIS_ANONYMOUS_DAYS`` days are gone
  (``manage.py clear_expired_diagnoses``; an expired code is also refused on sight).
"""

from __future__ import annotations

import datetime
import logging
import re
import secrets
import unicodedata

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import DiagnosisResult, hash_reference_code
from .questions import KINDS
from .scoring import CheckResult, score

logger = logging.getLogger(__name__)

SESSION_KEY = "diagnosis_reference_code"
ALPHABET = "ACDEFGHJKMNPQRTUVWXY345679"
CODE_LENGTH = 12
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―−ー_]+")


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return format_code(raw)


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise_code(text: str) -> str | None:
    """``XXXX-XXXX-XXXX`` from what someone typed (全角, lower case, other dashes), or None."""
    raw = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or "")).upper()
    if len(raw) != CODE_LENGTH or any(char not in ALPHABET for char in raw):
        return None
    return format_code(raw)


def _anonymous_cutoff() -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=settings.DIAGNOSIS_ANONYMOUS_DAYS)


def find_by_code(code: str | None) -> DiagnosisResult | None:
    if not code:
        return None
    result = DiagnosisResult.objects.filter(
        owner__isnull=True, reference_hash=hash_reference_code(code)
    ).first()
    if result is not None and result.updated_at < _anonymous_cutoff():
        result.delete()
        return None
    return result


def current_result(request) -> DiagnosisResult | None:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return DiagnosisResult.objects.filter(owner=user).first()
    result = find_by_code(request.session.get(SESSION_KEY))
    if result is None:
        request.session.pop(SESSION_KEY, None)
    return result


def current_code(request) -> str | None:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return None
    return request.session.get(SESSION_KEY)


def save_check(request, kind: str, answers: dict[str, int]) -> tuple[DiagnosisResult, CheckResult]:
    """Score the answers and store them as the request's result for ``kind`` (replacing the old)."""
    checked = score(kind, answers)
    part = {
        **checked.as_json(),
        "answers": {key: answers[key] for key in sorted(answers)},
        "completed_at": timezone.now().isoformat(),
    }
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        result = _save_for_user(user, kind, part)
    else:
        result = current_result(request)
        if result is None:
            code = new_code()
            result = DiagnosisResult(reference_hash=hash_reference_code(code))
            request.session[SESSION_KEY] = code
        setattr(result, kind, part)
        result.save()
    return result, checked


def _save_for_user(user, kind: str, part: dict) -> DiagnosisResult:
    for _attempt in range(2):
        try:
            with transaction.atomic():
                result = DiagnosisResult.objects.select_for_update().filter(owner=user).first()
                if result is None:
                    result = DiagnosisResult(owner=user)
                setattr(result, kind, part)
                result.save()
                return result
        except IntegrityError:  # created by a parallel request: take that one
            continue
    raise RuntimeError("could not store the diagnosis result")


def attach_session_result(request, user) -> DiagnosisResult | None:
    """Join the session's anonymous result to ``user`` (sign-up, login)."""
    if not hasattr(request, "session"):
        return None
    code = request.session.pop(SESSION_KEY, None)
    return attach_code(user, code) if code else None


def attach_code(user, code: str) -> DiagnosisResult | None:
    """Join the anonymous result with ``code`` to ``user``; None when there is none."""
    with transaction.atomic():
        anonymous = find_by_code(code)
        if anonymous is None:
            return None
        anonymous = DiagnosisResult.objects.select_for_update().get(pk=anonymous.pk)
        own = DiagnosisResult.objects.select_for_update().filter(owner=user).first()
        if own is None:
            anonymous.owner = user
            anonymous.reference_hash = None
            anonymous.save(update_fields=["owner", "reference_hash", "updated_at"])
            own = anonymous
        else:
            for kind in KINDS:
                if _newer(anonymous.part(kind), own.part(kind)):
                    setattr(own, kind, anonymous.part(kind))
            own.save()
            anonymous.delete()
    logger.info("anonymous diagnosis result joined result %s", own.pk)
    return own


def _newer(candidate: dict | None, current: dict | None) -> bool:
    if not candidate:
        return False
    if not current:
        return True
    return candidate.get("completed_at", "") > current.get("completed_at", "")


def delete_current(request) -> bool:
    result = current_result(request)
    request.session.pop(SESSION_KEY, None)
    if result is None:
        return False
    result.delete()
    return True


def clear_expired() -> int:
    deleted, _by_model = DiagnosisResult.objects.filter(
        owner__isnull=True, updated_at__lt=_anonymous_cutoff()
    ).delete()
    return deleted
