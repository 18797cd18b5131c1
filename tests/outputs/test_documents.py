"""PDF uploads (3-3 evaluations, certificates): private storage, owner-only serving, limits."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.export import build_export
from outputs.html_pdf import render_pdf
from outputs.models import UploadedDocument
from sheets.models import Card

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def certificate_pdf() -> bytes:
    return render_pdf("<html lang='ja'><body><h1>合格証書</h1><p>日商簿記検定2級</p></body></html>")


def _upload(client, content, name="合格証書.pdf", kind="certificate", title="日商簿記2級 合格証書"):
    return client.post(
        "/card/documents/",
        {
            "kind": kind,
            "title": title,
            "file": SimpleUploadedFile(name, content, content_type="application/pdf"),
        },
    )


def test_upload_is_stored_privately_and_served_to_the_owner_only(signed_in, card, certificate_pdf, client):
    response = _upload(signed_in, certificate_pdf)
    assert response.status_code == 302
    document = UploadedDocument.objects.get()
    assert document.card == card and document.size == len(certificate_pdf)
    stored = Path(document.file.path)
    assert stored.is_relative_to(Path(settings.OUTPUTS_PRIVATE_ROOT))
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT))
    assert "合格証書" not in stored.name  # the person's file name never reaches the disk
    assert stored.read_bytes() == certificate_pdf
    assert oct(os.stat(stored).st_mode & 0o777) == oct(0o600)
    with pytest.raises(ValueError):
        document.file.url  # noqa: B018 - no public URL exists

    page = signed_in.get("/card/documents/").content.decode()
    assert "日商簿記2級 合格証書" in page and "免許・資格の証明書" in page

    response = signed_in.get(f"/card/documents/{document.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == certificate_pdf

    # someone else, signed in or anonymous, gets a 404 (the id says nothing)
    from django.test import Client

    anonymous = Client()
    assert anonymous.get(f"/card/documents/{document.pk}/").status_code == 404
    other = Client()
    other_user = type(card.owner).objects.create_user(email="other@example.jp", password="x")
    Card.objects.create(owner=other_user)
    other.force_login(other_user)
    assert other.get(f"/card/documents/{document.pk}/").status_code == 404
    assert other.post(f"/card/documents/{document.pk}/delete/").status_code == 404
    assert UploadedDocument.objects.filter(pk=document.pk).exists()


def test_delete_removes_the_file(signed_in, card, certificate_pdf, django_capture_on_commit_callbacks):
    _upload(signed_in, certificate_pdf)
    document = UploadedDocument.objects.get()
    path = Path(document.file.path)
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(f"/card/documents/{document.pk}/delete/")
    assert response.status_code == 302
    assert not UploadedDocument.objects.exists()
    assert not path.exists()


def test_deleting_the_account_removes_the_files(
    signed_in, card, certificate_pdf, django_capture_on_commit_callbacks
):
    _upload(signed_in, certificate_pdf, kind="evaluation", title="企業実習の評価シート")
    path = Path(UploadedDocument.objects.get().file.path)
    with django_capture_on_commit_callbacks(execute=True):
        card.owner.delete()
    assert not path.exists()


def test_listed_in_my_data_download(signed_in, card, certificate_pdf):
    _upload(signed_in, certificate_pdf)
    export = build_export(card.owner)
    (item,) = export["uploaded_documents"]
    assert item["kind"] == "certificate" and item["title"] == "日商簿記2級 合格証書"
    assert item["original_name"] == "合格証書.pdf"


def test_too_large_refused_next_to_the_field(signed_in, card, certificate_pdf, settings):
    settings.OUTPUTS_MAX_PDF_BYTES = 1024
    response = _upload(signed_in, certificate_pdf)
    assert response.status_code == 400
    page = response.content.decode()
    assert "ファイルが大きすぎます" in page
    assert 'value="日商簿記2級 合格証書"' in page  # what was typed is kept
    assert not UploadedDocument.objects.exists()


def test_kind_is_required(signed_in, card, certificate_pdf):
    response = _upload(signed_in, certificate_pdf, kind="")
    assert response.status_code == 400
    assert "種類を選んでください。" in response.content.decode()


def test_anonymous_visitor_keeps_their_own_pdfs(client, certificate_pdf):
    assert _upload(client, certificate_pdf).status_code == 302
    document = UploadedDocument.objects.get()
    assert document.card.owner is None
    assert client.get(f"/card/documents/{document.pk}/").status_code == 200
