"""The two uploads — an Excel workbook the site made, a JSON Resume file — as one flow: choose a file
(``/card/upload/``, ``/card/upload/json-resume/``), see every change before anything is kept, then
apply it all or nothing (``…/apply/``). ``UploadKind`` says what differs: the form and its page, how
the file is read, how a confirmed preview is applied and where the person goes next.

The card is always the request's own (``sheets.cards.get_card``); the preview travels as a signed
token (``importer.load_token``), never as ids the person could change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from insights.events import record
from sheets.cards import get_card
from sheets.services import PartBeingWritten, SheetValidationError, StaleEdit

from . import importer, portable
from .forms import JsonResumeUploadForm, WorkbookUploadForm
from .importer import ImportExpired
from .views import editor_url


@dataclass(frozen=True)
class UploadKind:
    template: str  # the page with the file input (and, after a failed apply, the problem)
    form: type
    max_bytes: Callable[[], int]  # read from the settings at request time
    read: Callable  # (bytes, card) → (ImportResult, notes); raises ``refused``
    refused: type[Exception]  # carries ``.message`` for the file field
    event_format: str  # the usage statistics' format
    preview_kind: str  # upload_preview.html words: "" (cells of a workbook) or "jsonresume" (items)
    token: Callable  # (card, result) → signed preview
    load: Callable  # token → payload; raises ImportExpired
    apply: Callable  # (card, payload, user) → entries; all or nothing
    applied: str  # the message after applying, with %(titles)s
    done: str  # where the person goes after applying (URL name)


WORKBOOK = UploadKind(
    template="outputs/upload.html",
    form=WorkbookUploadForm,
    max_bytes=lambda: settings.OUTPUTS_MAX_XLSX_BYTES,
    read=lambda data, card: (importer.read_workbook(data, card), []),
    refused=importer.ImportRefused,
    event_format="xlsx",
    preview_kind="",
    token=importer.preview_token,
    load=importer.load_token,
    apply=importer.apply_import,
    applied=gettext_lazy("次の様式に反映しました：%(titles)s"),
    done="outputs:upload",
)
JSON_RESUME = UploadKind(
    template="outputs/upload_json_resume.html",
    form=JsonResumeUploadForm,
    max_bytes=lambda: settings.OUTPUTS_MAX_JSON_BYTES,
    read=portable.read_json_resume,
    refused=portable.ResumeRefused,
    event_format="jsonresume",
    preview_kind="jsonresume",
    token=portable.preview_token,
    load=portable.load_token,
    apply=portable.apply_json_resume,
    applied=gettext_lazy(
        "次の様式の下書きに取り込みました。各様式を開いて内容を確かめ、保存してください：%(titles)s"
    ),
    done="jobcard_tasks",
)


def _context(kind: UploadKind) -> dict:
    return {"editor_url": editor_url(), "max_mb": f"{kind.max_bytes() / (1024 * 1024):g}"}


def _choose(request, kind: UploadKind):
    """GET: the page with the file input. POST: read the file and show the preview (or the error
    next to the field, with status 400)."""
    context = _context(kind)
    if request.method == "GET":
        return render(request, kind.template, context | {"form": kind.form()})
    form = kind.form(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, kind.template, context | {"form": form}, status=400)
    card = get_card(request)
    uploaded = form.cleaned_data["file"]
    data = uploaded.read(kind.max_bytes() + 1)
    try:
        result, notes = kind.read(data, card)
    except kind.refused as exc:
        form.add_error("file", exc.message)
        return render(request, kind.template, context | {"form": form}, status=400)
    record(request, "upload", format=kind.event_format)
    preview = {
        "result": result,
        "token": kind.token(card, result) if result.can_apply else "",
        "file_name": uploaded.name,
        "kind": kind.preview_kind,
        "notes": notes,
    }
    return render(
        request, "outputs/upload_preview.html", context | preview, status=400 if result.errors else 200
    )


def _apply(request, kind: UploadKind):
    """Apply a confirmed preview, all or nothing; any problem is told on the upload page."""

    def problem(message: str, status: int):
        context = _context(kind) | {"form": kind.form(), "problem": message}
        return render(request, kind.template, context, status=status)

    try:
        payload = kind.load(request.POST.get("token", ""))
        card = get_card(request, create=True)
        entries = kind.apply(card, payload, request.user)
    except ImportExpired as exc:
        return problem(str(exc), 400)
    except StaleEdit:
        return problem(
            _(
                "確認のあとで、ほかの画面や端末から様式が保存されました。何も反映していません。もう一度ファイルを選んでください。"
            ),
            409,
        )
    except PartBeingWritten as exc:
        return problem(exc.message + _("何も反映していません。"), 423)
    except SheetValidationError:
        return problem(_("反映できない内容がありました。何も反映していません。"), 400)
    titles = "、".join(entry.definition.title for entry in entries)
    messages.success(request, kind.applied % {"titles": titles})
    return redirect(kind.done)


@never_cache
@require_http_methods(["GET", "POST"])
def upload(request):
    return _choose(request, WORKBOOK)


@never_cache
@require_POST
def upload_apply(request):
    return _apply(request, WORKBOOK)


@never_cache
@require_http_methods(["GET", "POST"])
def upload_json_resume(request):
    """A JSON Resume file into drafts: the same preview as a workbook, nothing kept until confirmed."""
    return _choose(request, JSON_RESUME)


@never_cache
@require_POST
def upload_json_resume_apply(request):
    return _apply(request, JSON_RESUME)
