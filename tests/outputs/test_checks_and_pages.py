"""The HarfBuzz system check, the public blank forms, the download page's states and the events."""

import pytest
from django.core.management import call_command

from outputs import checks
from sheets.definitions import get_definition, sheet_codes

from .conftest import open_xlsx, post_choice

pytestmark = pytest.mark.django_db


def test_check_is_silent_when_harfbuzz_subset_loads():
    checks.harfbuzz_subset_status.cache_clear()
    assert checks.harfbuzz_subset_status() is None  # installed here and by .ci/run
    assert checks.check_harfbuzz_subset() == []


def test_check_warns_when_the_library_is_missing(monkeypatch):
    checks.harfbuzz_subset_status.cache_clear()
    monkeypatch.setattr(checks, "_load", lambda names: None)
    try:
        (warning,) = checks.check_harfbuzz_subset()
    finally:
        checks.harfbuzz_subset_status.cache_clear()
    assert warning.id == "outputs.W001"
    assert "libharfbuzz-subset0" in warning.hint


def test_check_runs_with_manage_py_check():
    call_command("check")


def test_blank_forms_page_is_public_and_lists_every_sheet(client):
    page = client.get("/card/download/blank/").content.decode()
    for code in sheet_codes():
        assert f'href="/card/download/blank/{code}.pdf"' in page
        assert f'href="/card/download/blank/{code}.xlsx"' in page


@pytest.mark.parametrize("code", ["1-1", "2", "3-2", "3-3-1-1", "3-3-4"])
def test_blank_xlsx_has_empty_inputs_and_spare_lines(client, code):
    response = client.get(f"/card/download/blank/{code}.xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="jobcard_{code}_blank.xlsx"'
    wb = open_xlsx(response.content)
    ws = wb[f"様式{code}"]
    assert ws["A1"].value == get_definition(code).title
    labels = {c.value for row in ws.iter_rows() for c in row if c.value}
    assert "氏名" in labels and "生年月日" in labels


def test_unknown_blank_form_is_404(client):
    assert client.get("/card/download/blank/9-9.pdf").status_code == 404
    assert client.get("/card/download/blank/2.docx").status_code == 404


def test_download_page_without_a_card_points_to_blank_forms(client):
    page = client.get("/card/download/").content.decode()
    assert "保存済みの様式がまだありません" in page
    assert "/card/download/blank/" in page


def test_anonymous_card_downloads_without_a_header_of_personal_data(client):
    from sheets.cards import get_card
    from sheets.services import save_version, start_entry

    client.get("/card/download/")  # a session
    request = type(
        "R", (), {"user": type("U", (), {"is_authenticated": False})(), "session": client.session}
    )()
    card = get_card(request, create=True)
    request.session.save()
    entry = start_entry(card, "3-1")
    save_version(entry, {"qualifications": [{"name": "危険物取扱者乙種第4類", "status": "acquired"}]}, 0)
    response = post_choice(client, card, "xlsx")
    assert response.status_code == 200, response.content.decode()[:500]
    ws = open_xlsx(response.content)["様式3-1"]
    values = {c.value for row in ws.iter_rows() for c in row if c.value}
    assert "危険物取扱者乙種第4類" in values
    assert "氏名" not in values  # nothing to print, so no 基本情報 block


def test_downloads_and_uploads_are_counted_without_personal_data(signed_in, card, monkeypatch):
    events = []
    monkeypatch.setattr("outputs.views.record", lambda request, name, **attrs: events.append((name, attrs)))
    post_choice(signed_in, card, "csv", sheets={"2"})
    post_choice(signed_in, card, "pdf")
    signed_in.get("/card/download/blank/3-1.xlsx")
    assert events == [
        ("download", {"document": "2", "format": "csv"}),
        ("download", {"document": "card", "format": "pdf"}),
        ("download", {"document": "3-1", "format": "xlsx"}),
    ]


def test_the_download_page_asks_for_satisfaction_until_answered(signed_in, card):
    html = signed_in.get("/card/download/").content.decode()
    assert 'action="/insights/survey/satisfaction/"' in html
    assert 'name="where" value="download"' in html
    signed_in.cookies["jobcard_survey_satisfaction_download"] = "1"
    assert 'action="/insights/survey/satisfaction/"' not in signed_in.get("/card/download/").content.decode()


def test_an_empty_card_is_not_asked_for_satisfaction(client, db):
    html = client.get("/card/download/").content.decode()
    assert 'name="where" value="download"' not in html


def test_a_download_token_comes_back_as_a_cookie_for_the_page_script(signed_in, card):
    token = "0123456789abcdef01234567"
    response = post_choice(signed_in, card, "xlsx", extra={"download_token": token})
    assert response.status_code == 200
    cookie = response.cookies["jobcard_download"]
    assert cookie.value == token and cookie["max-age"] == 120 and cookie["samesite"] == "Lax"
    assert not cookie["httponly"]  # the page's script reads it

    for bad in ("", "not-hex; Path=/", "ab" * 40):
        response = post_choice(signed_in, card, "xlsx", extra={"download_token": bad})
        assert response.status_code == 200 and "jobcard_download" not in response.cookies


def test_the_download_form_has_a_status_line_for_the_script(signed_in, card):
    html = signed_in.get("/card/download/").content.decode()
    assert "data-outputs-status" in html and 'role="status"' in html
    assert "ファイルを作成しています。" in html
