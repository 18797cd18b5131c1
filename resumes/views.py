"""The 履歴書 page (/resume/) and the 職務経歴書 page (/resume/shokumu/), their downloads and the photo.

No login needed: a visitor without an account works on their anonymous card (``get_card``), a
signed-in person on their own. Each page shows the form (what to include, the texts to edit, the
基本情報 as printed) beside a preview. 「プレビューを更新」 saves the choices on the card and shows
the result; a download button saves them and returns the file. A form with an error comes back
with a Japanese message next to the field and everything else as typed (nothing is saved then).
Small JavaScript (static/js/resumes.js) refreshes the preview as the person types.
"""

from __future__ import annotations

import hashlib

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.cache import never_cache
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_GET, require_http_methods

from insights.events import record
from sheets.cards import get_card
from sheets.definitions import get_definition

from . import drafts, mapping, pdf, rirekisho, shokumu, word, xlsx
from . import photo as photos
from .dates import Calendar, format_date
from .forms import DocumentForm, RirekishoForm, ShokumuForm
from .models import ResumeDraft
from .options import RirekishoChoices, RowChoice, ShokumuChoices, basics_overrides
from .sources import basics_for, card_sheets

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
PREVIEW_HEADER = "X-Resume-Preview"


def today():
    """The day in Japan (the pages' 「今日」; tests pin it)."""
    return timezone.localdate()


def sheet_links() -> dict[str, dict[str, str]]:
    """Which sheet each part of the form comes from, for links to the sheet editor."""
    sources = {"education": mapping.STUDIES, "jobs": mapping.JOBS, "licences": mapping.QUALIFICATIONS}
    return {
        part: {"code": src.sheet, "title": get_definition(src.sheet).title} for part, src in sources.items()
    }


def _normalise_text(value: str) -> str:
    return (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()


class DocumentPage:
    """What the two pages share; a subclass says which document, form and files."""

    document: str
    title: str
    form_class: type[DocumentForm]
    choices_class: type
    template: str
    preview_template: str
    formats: tuple[str, ...]
    url_name: str

    def __init__(self, request=None, *, card=None, user=None):
        """From a request (the request's own card and account), or from a card and its owner."""
        self.request = request
        self.today = today()
        self.card = get_card(request) if request is not None else card
        self.sheets = card_sheets(self.card)
        self.account = basics_for(request.user if request is not None else user)
        self.draft = drafts.load(self.card, self.document)
        self.choices = self.choices_class.from_json(self.draft.data if self.draft else {})
        self.photo = drafts.photo_of(self.draft)

    # The form ------------------------------------------------------------------------------

    def form(self, data=None, files=None) -> DocumentForm:
        calendar = self.choices.calendar
        return self.form_class(
            data,
            files,
            initial=self.initial(),
            available=self.available(),
            calendar=calendar,
            today=self.today,
        )

    def initial(self) -> dict:
        choices = self.choices
        basics = self.account.with_overrides(choices.basics)
        initial = DocumentForm.initial_basics(basics)
        initial["calendar"] = str(choices.calendar)
        initial["document_date"] = format_date(choices.date_on(self.today), choices.calendar)
        for part, rows in self.available().items():
            initial[f"rows_{part}"] = [r.id for r in rows if choices.rows.includes(r)]
        return initial

    def common_choices(self, form) -> dict:
        data = form.cleaned_data
        typed = form.typed_basics(self.account)
        shown, chosen = form.chosen_rows()
        date = data.get("document_date")
        return {
            "calendar": Calendar(data["calendar"]),
            "document_date": None if date in (None, self.today) else date,
            "basics": basics_overrides(self.account, typed),
            "rows": RowChoice.from_selection(shown, chosen).merged_with(self.choices.rows, shown),
        }

    # Responses -----------------------------------------------------------------------------

    def respond(self):
        if self.request.method != "POST":
            return self.render(self.form())
        form = self.form(self.request.POST, self.request.FILES)
        action = self.request.POST.get("action", "preview")
        is_fetch = self.request.headers.get(PREVIEW_HEADER) == "1"
        if not form.is_valid():
            return self.render(form, status=400, fetch=is_fetch)
        self.save(form)
        if action in self.formats:
            return self.download(action)
        if is_fetch:
            return self.render(self.form(), fetch=True)
        return redirect(f"{reverse(self.url_name)}?updated=1#preview")

    def render(self, form, status: int = 200, fetch: bool = False):
        doc = self.doc()  # one document for the text version and the page images
        context = {
            "form": form,
            "page": self,
            "title": self.title,
            "formats": self.formats,
            "updated": self.request.GET.get("updated") == "1" and not form.is_bound,
            "has_sheets": bool(self.sheets),
            "is_signed_in": self.request.user.is_authenticated,
            "sheet_links": sheet_links(),
            "basics_open": not self.request.user.is_authenticated
            or any(name in form.errors for name in form.basics_fields),
            "photo_max_mb": photos.max_bytes() // (1024 * 1024),
            **self.preview_context(doc),
            **self.page_images(doc),
        }
        template = self.preview_template if fetch else self.template
        response = render(self.request, template, context, status=status)
        response["Cache-Control"] = "no-store, private"
        return response

    def download(self, fmt: str):
        body, filename = self.file(fmt)
        record(self.request, "download", document=self.document, format=fmt)
        response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
        response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
        response["Cache-Control"] = "no-store, private"
        return response

    def page_images(self, doc) -> dict:
        """The preview's pages as the PDF draws them (Typst, as SVG): how many, and a version that
        changes with their content, so each change gives new image URLs and an unchanged page is
        served from the browser's cache (``rirekisho_page_image`` / ``shokumu_page_image``)."""
        pages = self.svg_pages(doc)
        version = hashlib.sha256(b"".join(pages)).hexdigest()[:16]
        return {
            "page_images": [
                (n, f"{reverse(self.page_url_name, args=[n])}?v={version}") for n in range(1, len(pages) + 1)
            ]
        }

    def svg_pages(self, doc) -> list[bytes]:
        raise NotImplementedError

    def filename(self, fmt: str) -> str:
        date = self.choices.date_on(self.today)
        return f"{self.title}_{date:%Y%m%d}.{fmt}"

    # Subclasses ----------------------------------------------------------------------------

    def available(self) -> dict:
        raise NotImplementedError

    def save(self, form) -> None:
        raise NotImplementedError

    def preview_context(self, doc) -> dict:
        raise NotImplementedError

    def file(self, fmt: str) -> tuple[bytes, str]:
        raise NotImplementedError


class RirekishoPage(DocumentPage):
    document = ResumeDraft.Document.RIREKISHO
    title = "履歴書"
    form_class = RirekishoForm
    choices_class = RirekishoChoices
    template = "resumes/rirekisho.html"
    preview_template = "resumes/includes/rirekisho_preview.html"
    formats = ("pdf", "xlsx")
    url_name = "resumes:rirekisho"
    page_url_name = "resumes:rirekisho_page_image"

    def available(self):
        return rirekisho.available_rows(self.sheets)

    def initial(self):
        initial = super().initial()
        c = self.choices
        initial.update(
            include_birth_date=c.include_birth_date,
            include_gender=c.include_gender,
            include_contact=c.include_contact,
            include_photo=c.include_photo,
            appeal=c.appeal if c.appeal is not None else rirekisho.default_appeal(self.sheets),
            wishes=c.wishes,
        )
        return initial

    def save(self, form):
        data = form.cleaned_data
        appeal = _normalise_text(data["appeal"])
        choices = RirekishoChoices(
            **self.common_choices(form),
            include_birth_date=data["include_birth_date"],
            include_gender=data["include_gender"],
            include_contact=data["include_contact"],
            include_photo=data["include_photo"],
            appeal=None if appeal == _normalise_text(rirekisho.default_appeal(self.sheets)) else appeal,
            wishes=_normalise_text(data["wishes"]),
        )
        photo = drafts.KEEP
        if data.get("photo"):
            photo = data["photo"]
        elif data.get("delete_photo"):
            photo = None
        self.draft = drafts.save(self.request, self.document, choices.as_json(), photo=photo)
        self.card = self.draft.card
        self.choices = choices
        self.photo = drafts.photo_of(self.draft)

    def doc(self) -> rirekisho.Rirekisho:
        return rirekisho.build(self.account, self.sheets, self.choices, today=self.today, photo=self.photo)

    def preview_context(self, doc):
        page1, page2 = rirekisho.split_history(doc.history)
        photo_url = ""
        if doc.photo:
            version = hashlib.sha256(doc.photo).hexdigest()[:12]
            photo_url = f"{reverse('resumes:photo')}?v={version}"
        return {
            "doc": doc,
            "page1": page1,
            "page2": page2,
            "licences": rirekisho.licence_rows(doc.licences),
            "photo_url": photo_url,
            "has_photo": bool(self.photo),
        }

    def svg_pages(self, doc):
        return pdf.render_rirekisho(doc, fmt="svg")

    def file(self, fmt):
        doc = self.doc()
        if fmt == "pdf":
            body = pdf.render_rirekisho(doc)
        else:
            body = xlsx.rirekisho_workbook(doc)
        return body, self.filename(fmt)


class ShokumuPage(DocumentPage):
    document = ResumeDraft.Document.SHOKUMU
    title = "職務経歴書"
    form_class = ShokumuForm
    choices_class = ShokumuChoices
    template = "resumes/shokumu.html"
    preview_template = "resumes/includes/shokumu_preview.html"
    formats = ("pdf", "xlsx", "docx")
    url_name = "resumes:shokumu"
    page_url_name = "resumes:shokumu_page_image"

    def available(self):
        return shokumu.available_rows(self.sheets)

    def defaults(self, calendar: Calendar) -> dict:
        return {
            "summary": shokumu.default_summary(self.sheets, calendar),
            "pr": shokumu.default_pr(self.sheets),
        }

    def initial(self):
        initial = super().initial()
        c = self.choices
        defaults = self.defaults(c.calendar)
        initial.update(
            include_learnings=c.include_learnings,
            summary=c.summary if c.summary is not None else defaults["summary"],
            skills=c.skills,
            pr=c.pr if c.pr is not None else defaults["pr"],
        )
        return initial

    def save(self, form):
        data = form.cleaned_data
        summary, pr = _normalise_text(data["summary"]), _normalise_text(data["pr"])
        # A text equal to what the sheets give (in either calendar) follows the sheets from now on.
        default_summaries = {_normalise_text(self.defaults(cal)["summary"]) for cal in Calendar}
        choices = ShokumuChoices(
            **self.common_choices(form),
            include_learnings=data["include_learnings"],
            summary=None if summary in default_summaries else summary,
            skills=_normalise_text(data["skills"]),
            pr=None if pr == _normalise_text(shokumu.default_pr(self.sheets)) else pr,
        )
        self.draft = drafts.save(self.request, self.document, choices.as_json())
        self.card = self.draft.card
        self.choices = choices

    def doc(self) -> shokumu.Shokumu:
        return shokumu.build(self.account, self.sheets, self.choices, today=self.today)

    def preview_context(self, doc):
        return {"blocks": shokumu.blocks(doc)}

    def svg_pages(self, doc):
        return pdf.render_shokumu(doc, fmt="svg")

    def file(self, fmt):
        doc = self.doc()
        if fmt == "pdf":
            body = pdf.render_shokumu(doc)
        elif fmt == "xlsx":
            body = xlsx.shokumu_workbook(doc)
        else:
            body = word.shokumu_document(doc)
        return body, self.filename(fmt)


@never_cache
@require_http_methods(["GET", "POST"])
def rirekisho_page(request):
    return RirekishoPage(request).respond()


@never_cache
@require_http_methods(["GET", "POST"])
def shokumu_page(request):
    return ShokumuPage(request).respond()


def _download(page_class, request, fmt):
    page = page_class(request)
    if fmt not in page.formats:
        raise Http404
    return page.download(fmt)


@never_cache
@require_GET
def rirekisho_download(request, fmt):
    return _download(RirekishoPage, request, fmt)


@never_cache
@require_GET
def shokumu_download(request, fmt):
    return _download(ShokumuPage, request, fmt)


def _page_image(page_class, request, number: int):
    """One page of the preview as SVG, drawn from the person's own draft (whatever ``?v`` says:
    the version only makes a changed page a new URL). Private to the browser; gzipped (glyph
    outlines compress to a quarter)."""
    page = page_class(request)
    pages = page.svg_pages(page.doc())
    if not 1 <= number <= len(pages):
        raise Http404
    response = HttpResponse(pages[number - 1], content_type="image/svg+xml")
    response["Cache-Control"] = "private, max-age=3600" if request.GET.get("v") else "no-store, private"
    response["Content-Disposition"] = "inline"
    return response


@gzip_page
@require_GET
def rirekisho_page_image(request, number):
    return _page_image(RirekishoPage, request, number)


@gzip_page
@require_GET
def shokumu_page_image(request, number):
    return _page_image(ShokumuPage, request, number)


@never_cache
@require_GET
def photo(request):
    """The stored photo, to its owner only (through their own card)."""
    draft = drafts.load(get_card(request), ResumeDraft.Document.RIREKISHO)
    body = drafts.photo_of(draft)
    if body is None:
        raise Http404
    response = HttpResponse(body, content_type="image/jpeg")
    response["Cache-Control"] = "no-store, private"
    return response
