"""The 履歴書 and 職務経歴書 PDFs are kept with the card until what they print changes, and are
rendered ahead (``resumes.tasks``) after the person saves their choices when pre-rendering is on."""

from __future__ import annotations

import io

import pytest
from django.test import override_settings
from django.urls import reverse

from forms import services
from forms.models import Card
from resumes import pdf as resume_pdf

from .test_pages import URL, form_data, pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def renders(monkeypatch):
    """The style of every PDF WeasyPrint is asked to render (the real rendering still happens)."""
    seen = []
    real = resume_pdf.render_html

    def counting(html, style, **kwargs):
        seen.append(style)
        return real(html, style, **kwargs)

    monkeypatch.setattr(resume_pdf, "render_html", counting)
    return seen


def _download(client, document="rirekisho"):
    response = client.get(reverse(f"resumes:{document}_download", args=["pdf"]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return response.content


def test_a_second_download_renders_nothing_until_a_sheet_changes(signed_in, person, fixed_today, renders):
    first = _download(signed_in)
    again = _download(signed_in)
    assert renders == ["rirekisho"]
    assert pdf_text(again) == pdf_text(first)

    _download(signed_in, "shokumu")
    _download(signed_in, "shokumu")
    assert renders == ["rirekisho", "shokumu"]

    entry = Card.objects.get(owner=person).entries.get(sheet_code="3-1")
    data = entry.saved_data
    data["qualifications"][0]["name"] = "ITパスポート試験"
    services.save_version(entry, data, entry.lock_version, person)
    changed = _download(signed_in)
    assert renders == ["rirekisho", "shokumu", "rirekisho"]
    assert "ITパスポート試験" in "".join(pdf_text(changed))


def _photo(colour) -> bytes:
    from PIL import Image

    from resumes.photo import process_bytes

    out = io.BytesIO()
    Image.new("RGB", (300, 400), colour).save(out, "JPEG")
    return process_bytes(out.getvalue())


def test_another_photo_is_another_pdf(person, fixed_today, renders):
    import dataclasses

    from resumes.views import RirekishoPage, rirekisho_pdf_context

    card = Card.objects.get(owner=person)
    doc = RirekishoPage(card=card, user=person).doc()
    scope = f"card-{card.pk}"
    files = []
    for colour in ("navy", "navy", "grey"):
        with_photo = dataclasses.replace(doc, photo=_photo(colour))
        files.append(
            resume_pdf.render_kept(
                "resumes/pdf/rirekisho.html",
                rirekisho_pdf_context(with_photo),
                "rirekisho",
                photo=with_photo.photo,
                scope=scope,
            )
        )
    assert renders == ["rirekisho", "rirekisho"]  # the same photo again: kept; another: rendered
    assert files[0] == files[1] and files[1] != files[2]


@override_settings(JOBCARD_PDF_PRERENDER=True)
def test_saved_choices_render_both_documents_ahead(
    signed_in, fixed_today, renders, django_capture_on_commit_callbacks
):
    page = signed_in.get(URL)
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(URL, form_data(page, calendar="seireki"))
    assert response.status_code == 302
    assert sorted(renders) == ["rirekisho", "shokumu"]

    renders.clear()
    body = _download(signed_in)
    assert renders == []  # what the download gives was rendered after the save
    assert "2015" in "".join(pdf_text(body))  # 西暦, as just chosen


def test_a_render_queued_by_an_older_preview_does_nothing(person, fixed_today, renders):

    from resumes.models import ResumeDraft
    from resumes.tasks import prerender_resume_pdfs

    card = Card.objects.get(owner=person)
    draft = ResumeDraft.objects.create(card=card, document=ResumeDraft.Document.RIREKISHO, data={})
    old_stamp = draft.updated_at.isoformat()
    draft.data = {"calendar": "seireki"}
    draft.save()  # a newer preview
    assert prerender_resume_pdfs.call(card.pk, draft_id=draft.pk, stamp=old_stamp) == 0
    assert renders == []
    assert prerender_resume_pdfs.call(card.pk, draft_id=draft.pk, stamp=draft.updated_at.isoformat()) == 2
    assert sorted(renders) == ["rirekisho", "shokumu"]


@override_settings(JOBCARD_PDF_PRERENDER=True)
def test_a_queue_that_refuses_the_task_does_not_fail_the_preview(
    signed_in, fixed_today, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    from resumes.tasks import prerender_resume_pdfs

    def refuse(*args, **kwargs):
        raise ConnectionError("queue down")

    monkeypatch.setattr(type(prerender_resume_pdfs), "enqueue", refuse)
    page = signed_in.get(URL)
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(URL, form_data(page, calendar="seireki"))
    assert response.status_code == 302
    assert "résumé rendering ahead not queued for card" in caplog.text
