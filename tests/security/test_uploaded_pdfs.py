"""Uploaded PDFs are parsed, not grepped (#14 item 4).

The old check looked for ``%PDF-`` in the first kilobyte and for names such as ``/JavaScript`` in
the raw bytes, so a PDF whose active content sits in a compressed object stream, an HTML file with
``%PDF-`` in a comment and a workbook carrying ``%PDF-`` were accepted and stored. Every hostile
file here is built with pikepdf; each must be refused next to the file field, nothing stored.
"""

import io
import re
import zipfile

import pikepdf
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from outputs.documents import DocumentRejected, check_pdf
from outputs.html_pdf import render_pdf
from outputs.models import UploadedDocument

pytestmark = pytest.mark.django_db

ACTIVE = "スクリプトや埋め込みファイル"
NOT_PDF = "PDFファイルではありません"
UNREADABLE = "読み取れませんでした"
PASSWORD = "パスワード"
OBJSTM = pikepdf.ObjectStreamMode.generate


def _save(pdf: pikepdf.Pdf, **options) -> bytes:
    out = io.BytesIO()
    pdf.save(out, object_stream_mode=OBJSTM, compress_streams=True, **options)
    return out.getvalue()


def _blank() -> pikepdf.Pdf:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    return pdf


def _js(code: str = "app.alert(1)") -> pikepdf.Dictionary:
    return pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String(code))


def openaction_javascript() -> bytes:
    pdf = _blank()
    pdf.Root.OpenAction = pdf.make_indirect(_js())
    return _save(pdf)


def page_additional_action() -> bytes:
    pdf = _blank()
    pdf.pages[0].obj.AA = pikepdf.Dictionary(O=pdf.make_indirect(_js()))
    return _save(pdf)


def names_javascript() -> bytes:
    pdf = _blank()
    tree = pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("a"), pdf.make_indirect(_js())]))
    pdf.Root.Names = pikepdf.Dictionary(JavaScript=pdf.make_indirect(tree))
    return _save(pdf)


def launch_in_a_link() -> bytes:
    pdf = _blank()
    link = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.Link,
        Rect=pikepdf.Array([0, 0, 100, 100]),
        A=pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("calc.exe")),
    )
    pdf.pages[0].obj.Annots = pikepdf.Array([pdf.make_indirect(link)])
    return _save(pdf)


def embedded_file() -> bytes:
    pdf = _blank()
    pdf.attachments["a.exe"] = pikepdf.AttachedFileSpec(pdf, b"MZ\x90\x00 not really", filename="a.exe")
    return _save(pdf)


def rich_media() -> bytes:
    pdf = _blank()
    annot = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.RichMedia, Rect=pikepdf.Array([0, 0, 10, 10])
    )
    pdf.pages[0].obj.Annots = pikepdf.Array([pdf.make_indirect(annot)])
    return _save(pdf)


def xfa_form() -> bytes:
    pdf = _blank()
    xfa = pdf.make_stream(b"<xdp:xdp xmlns:xdp='http://ns.adobe.com/xdp/'><script>x</script></xdp:xdp>")
    pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(Fields=pikepdf.Array(), XFA=xfa))
    return _save(pdf)


def javascript_behind_an_owner_password() -> bytes:
    """Opens without a password (print restrictions only), so a reader runs its JavaScript."""
    pdf = _blank()
    pdf.Root.OpenAction = pdf.make_indirect(_js())
    return _save(pdf, encryption=pikepdf.Encryption(owner="owner-secret", user=""))


def needs_a_password() -> bytes:
    return _save(_blank(), encryption=pikepdf.Encryption(owner="owner-secret", user="user-secret"))


def html_with_signature_in_a_comment() -> bytes:
    return b"<html><!-- %PDF-1.7 --><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n"


def workbook_carrying_the_signature() -> bytes:
    """An .xlsx whose first entry's name carries ``%PDF-`` and whose comment ends in ``%%EOF``."""
    from openpyxl import Workbook

    book = io.BytesIO()
    Workbook().save(book)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target, zipfile.ZipFile(book) as source:
        target.writestr("%PDF-1.7.txt", b"")
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.comment = b"%%EOF\n"
    return out.getvalue()


def workbook_behind_a_pdf_header() -> bytes:
    """``%PDF-`` first, then a workbook (zip readers skip what comes before the archive)."""
    return b"%PDF-1.7\n" + workbook_carrying_the_signature()


def garbage_with_a_signature() -> bytes:
    return b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"


HOSTILE = {
    "openaction_javascript": (openaction_javascript, ACTIVE),
    "page_additional_action": (page_additional_action, ACTIVE),
    "names_javascript": (names_javascript, ACTIVE),
    "launch_in_a_link": (launch_in_a_link, ACTIVE),
    "embedded_file": (embedded_file, ACTIVE),
    "rich_media": (rich_media, ACTIVE),
    "xfa_form": (xfa_form, ACTIVE),
    "javascript_behind_an_owner_password": (javascript_behind_an_owner_password, ACTIVE),
    "needs_a_password": (needs_a_password, PASSWORD),
    "html_with_signature_in_a_comment": (html_with_signature_in_a_comment, NOT_PDF),
    "workbook_carrying_the_signature": (workbook_carrying_the_signature, NOT_PDF),
    "workbook_behind_a_pdf_header": (workbook_behind_a_pdf_header, NOT_PDF),
    "garbage_with_a_signature": (garbage_with_a_signature, UNREADABLE),
}


def _upload(client, data: bytes, name: str = "証明書.pdf"):
    return client.post(
        "/card/documents/",
        {
            "kind": "certificate",
            "title": "日商簿記2級 合格証書",
            "file": SimpleUploadedFile(name, data, content_type="application/pdf"),
        },
    )


def test_active_content_is_hidden_from_the_raw_bytes():
    """The hostile PDFs really do hide their names in compressed object streams."""
    data = openaction_javascript()
    assert b"/ObjStm" in data
    assert b"/JavaScript" not in data and b"/OpenAction" not in data and b"/JS" not in data


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_next_to_the_field_and_not_stored(client, name):
    build, message = HOSTILE[name]
    response = _upload(client, build())
    assert response.status_code == 400
    page = response.content.decode()
    field_error = re.search(r'<p class="field-error" id="id_file-error">(.*?)</p>', page, re.S)
    assert field_error and message in field_error.group(1)
    assert 'value="日商簿記2級 合格証書"' in page  # the title typed is kept
    assert not UploadedDocument.objects.exists()


def test_clean_pdfs_with_object_streams_and_links_are_accepted(client):
    pdf = _blank()
    pdf.Root.OpenAction = pikepdf.Array([pdf.pages[0].obj, pikepdf.Name.Fit])  # "open at page 1"
    link = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.Link,
        Rect=pikepdf.Array([0, 0, 100, 100]),
        A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://www.mhlw.go.jp/")),
    )
    pdf.pages[0].obj.Annots = pikepdf.Array([pdf.make_indirect(link)])
    plain = _save(pdf)
    restricted = _save(_blank(), encryption=pikepdf.Encryption(owner="owner-secret", user=""))
    printed = render_pdf("<html lang='ja'><body><h1>合格証書</h1><p>日商簿記検定2級</p></body></html>")
    for data in (plain, restricted, printed):
        assert _upload(client, data).status_code == 302
    stored = [document.file.read() for document in UploadedDocument.objects.order_by("pk")]
    assert stored == [plain, restricted, printed]  # stored as sent, byte for byte


def test_text_that_mentions_javascript_is_not_active_content():
    """A certificate about JavaScript (the words in its text) is not a script."""
    pdf = _blank()
    pdf.pages[0].Contents = pdf.make_stream(b"BT /F1 12 Tf 72 712 Td (/JavaScript /JS /Launch) Tj ET")
    data = _save(pdf)
    check_pdf(data)  # no exception


def test_a_scan_whose_image_bytes_spell_a_name_is_accepted():
    """JPEG data is stored as it is; its bytes may hold /JS by chance (about one 5 MB scan in
    five): only real PDF objects count, not bytes inside a stream."""
    pdf = _blank()
    image = pdf.make_stream(b"\xff\xd8\xff\xe0" + b"\x00/JS\x00/Launch\x01/XFA\x02" * 50 + b"\xff\xd9")
    image.Type, image.Subtype, image.Filter = pikepdf.Name.XObject, pikepdf.Name.Image, pikepdf.Name.DCTDecode
    image.Width, image.Height, image.BitsPerComponent = 8, 8, 8
    image.ColorSpace = pikepdf.Name.DeviceGray
    pdf.pages[0].Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    data = _save(pdf)
    assert b"/JS\x00" in data
    check_pdf(data)  # no exception


def test_a_pdf_with_too_many_objects_is_refused(monkeypatch):
    monkeypatch.setattr("outputs.documents.MAX_PDF_OBJECTS", 20)
    pdf = _blank()
    for index in range(30):
        pdf.make_indirect(pikepdf.Dictionary(N=index))
        pdf.pages[0].obj[f"/Extra{index}"] = pdf.make_indirect(pikepdf.Dictionary(N=index))
    with pytest.raises(DocumentRejected, match="複雑すぎる"):
        check_pdf(_save(pdf))
    check_pdf(_save(_blank()))  # a handful of objects: fine


def test_a_file_that_does_not_begin_with_the_signature_is_refused():
    data = _save(_blank())
    with pytest.raises(DocumentRejected, match=NOT_PDF):
        check_pdf(b"\n" * 10 + data)
