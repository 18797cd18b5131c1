"""Pages: download (choose, then file), blank forms, workbook upload (preview, apply), PDF uploads.

The person's data always comes from ``sheets.cards.get_card(request)`` — the request's own card,
signed in or anonymous — never from an id in the URL. Responses carrying personal data are
``never_cache``; a document id that is not the request's own card's is a 404.
"""

from __future__ import annotations

import logging
import re

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from insights.events import record
from lifeline.render import chart_data
from sheets.cards import get_card
from sheets.definitions import UnknownDefinition, get_definition, sheet_codes

from . import exports, portable, typst_render
from .choice import FORMATS, read_choice, sheet_views
from .documents import DocumentRejected, store_document
from .forms import DocumentUploadForm
from .models import remember_profile_keys, remembered_profile_keys
from .profile import profile_keys, profile_values

logger = logging.getLogger(__name__)

BLANK_FORMATS = ("xlsx", "pdf")
DOWNLOAD_TOKEN = re.compile(r"[0-9a-f]{16,64}")
BLANK_CACHE_SECONDS = 24 * 60 * 60


def editor_url() -> str | None:
    """The sheet list the output pages link back to (None where the editor is not installed)."""
    try:
        return reverse("jobcard_tasks")
    except NoReverseMatch:
        return None


def _file_response(content: bytes, fmt: str, stem: str) -> HttpResponse:
    extension = "zip" if fmt == "csv" else fmt
    response = HttpResponse(content, content_type=exports.CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{stem}.{extension}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


# Download -------------------------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def download(request):
    card = get_card(request)
    picks = exports.card_picks(card)
    drafts = (
        set(card.entries.filter(draft_data__isnull=False).values_list("pk", flat=True)) if card else set()
    )
    unsaved = card.entries.filter(saved_data__isnull=True).count() if card else 0
    signed_in = request.user.is_authenticated
    profile = profile_values(request.user) if signed_in else []
    context = {
        "formats": FORMATS,
        "profile_options": profile,
        "unsaved_count": unsaved,
        "editor_url": editor_url(),
        "signed_in": signed_in,
        "has_lifeline": bool(card is not None and card.lifeline_points.exists()),
    }
    if request.method == "GET":
        only = set(request.GET.getlist("sheet"))
        chosen = remembered_profile_keys(card, [key for key, _label, _value in profile])
        context |= {
            "sheets": sheet_views(picks, drafts, only_codes=only),
            "chosen_format": request.GET.get("format") if request.GET.get("format") in FORMATS else "pdf",
            "chosen_profile": chosen,
            "profile_remembered": len(chosen) < len(profile),
            "errors": {},
        }
        return render(request, "outputs/download.html", context)

    choice = read_choice(request.POST, picks, profile_keys() if signed_in else [])
    if choice.errors:
        context |= {
            "sheets": sheet_views(picks, drafts, submitted=request.POST),
            "chosen_format": choice.format,
            "chosen_profile": choice.profile,
            "errors": choice.errors,
        }
        return render(request, "outputs/download.html", context, status=400)
    lines = profile_values(request.user, choice.profile) if signed_in else []
    try:
        if choice.format == "xlsx":
            content = exports.export_xlsx(choice.picks, lines, scope=exports.part_scope(card))
        elif choice.format == "pdf":
            chart = chart_data(card) if card is not None and request.POST.get("lifeline") else None
            content = exports.export_pdf(choice.picks, lines, lifeline=chart)
        else:
            content = exports.export_csv(choice.picks, lines)
    except Exception:
        logger.exception("export failed (format %s, %d sheets)", choice.format, len(choice.picks))
        context |= {
            "sheets": sheet_views(picks, drafts, submitted=request.POST),
            "chosen_format": choice.format,
            "chosen_profile": choice.profile,
            "errors": {"": _("ファイルを作成できませんでした。時間をおいてもう一度お試しください。")},
        }
        return render(request, "outputs/download.html", context, status=503)
    if signed_in:
        remember_profile_keys(card, choice.profile, get_language() or "")
    document = choice.picks[0].code if len(choice.picks) == 1 else "card"
    record(request, "download", document=document, format=choice.format)
    response = _file_response(content, choice.format, exports.file_stem(choice.picks))
    token = request.POST.get("download_token", "")
    if DOWNLOAD_TOKEN.fullmatch(token):  # tells the page's script the file has arrived (outputs.js)
        secure = request.is_secure()
        response.set_cookie("jobcard_download", token, max_age=120, samesite="Lax", secure=secure)
    return response


# Blank forms ----------------------------------------------------------------------------------------


@require_GET
def blank_forms(request):
    definitions = [get_definition(code) for code in sheet_codes()]
    return render(request, "outputs/blank_forms.html", {"definitions": definitions})


@require_GET
def blank_form(request, code: str, fmt: str):
    if fmt not in BLANK_FORMATS:
        raise Http404
    try:
        definition = get_definition(code)
    except UnknownDefinition:
        raise Http404 from None
    # The renderer's format is in the key: a deploy that changes the templates serves no old file.
    key = f"outputs:blank:{definition.code}:{definition.version}:{fmt}:typst{typst_render.FORMAT_VERSION}"
    content = cache.get(key)
    if content is None:
        picks = [exports.blank_pick(definition.code)]
        profile = exports.blank_profile()
        if fmt == "xlsx":
            content = exports.export_xlsx(picks, profile, blank=True)
        else:
            content = exports.export_pdf(picks, profile, blank=True)
        cache.set(key, content, BLANK_CACHE_SECONDS)
    record(request, "download", document=definition.code, format=fmt)
    response = _file_response(
        content, fmt, exports.file_stem([exports.blank_pick(definition.code)], blank=True)
    )
    response["Cache-Control"] = "public, max-age=3600"
    return response


# Portable formats (JSON per schema, JSON Resume) ----------------------------------------------------


def _json_response(document: dict, name: str) -> HttpResponse:
    response = HttpResponse(portable.dumps(document), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@never_cache
@require_GET
def download_card_json(request):
    """The saved sheets per the published JSON Schemas, as the partner API serves them."""
    document = portable.card_json(get_card(request), request.user, request.build_absolute_uri("/"))
    record(request, "download", document="card", format="json")
    return _json_response(document, "jobcard.json")


@never_cache
@require_GET
def download_json_resume(request):
    document = portable.json_resume(get_card(request), request.user)
    record(request, "download", document="card", format="jsonresume")
    return _json_response(document, "jobcard-resume.json")


# PDF uploads ----------------------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def documents(request):
    card = get_card(request)
    form = DocumentUploadForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            card = get_card(request, create=True)
            try:
                store_document(
                    card, form.cleaned_data["kind"], form.cleaned_data["title"], form.cleaned_data["file"]
                )
            except DocumentRejected as exc:
                form.add_error("file", exc.message)
            else:
                record(request, "upload", format="pdf")
                messages.success(request, _("PDFを保存しました。"))
                return redirect("outputs:documents")
        status = 400
    items = card.uploaded_documents.all() if card else []
    return render(
        request,
        "outputs/documents.html",
        {
            "form": form,
            "documents": items,
            "signed_in": request.user.is_authenticated,
            "max_mb": f"{settings.OUTPUTS_MAX_PDF_BYTES / (1024 * 1024):g}",
        },
        status=status,
    )


def _own_document(request, pk: int):
    """The request's own card's uploaded PDF ``pk``, else 404 (another card's id tells nothing)."""
    card = get_card(request)
    if card is None:
        raise Http404
    return get_object_or_404(card.uploaded_documents, pk=pk)


@never_cache
@require_GET
def document_file(request, pk: int):
    document = _own_document(request, pk)
    try:
        handle = document.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle, as_attachment=True, filename=document.download_name, content_type="application/pdf"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    return response


@never_cache
@require_POST
def document_delete(request, pk: int):
    document = _own_document(request, pk)
    document.delete()
    messages.success(request, _("PDFを削除しました。"))
    return redirect("outputs:documents")
