"""「出力する内容を選ぶ」: what is left out is absent from every format, not blank."""

import io
import zipfile

import pytest

from outputs.selection import SheetPick, field_options, filter_data
from tests.markup import squash

from .conftest import definition, entry_of, open_xlsx, pdf_text, post_choice

pytestmark = pytest.mark.django_db

WITHOUT_BIRTH_DATE = ["name", "name_kana", "gender", "address", "address_kana", "phone", "email", "contact"]


def _all_text_xlsx(content: bytes) -> str:
    wb = open_xlsx(content)
    return "\n".join(
        str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None
    )


def _all_text_zip(content: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return "\n".join(archive.read(n).decode("utf-8-sig") for n in archive.namelist())


@pytest.mark.parametrize("fmt", ["xlsx", "pdf", "csv"])
def test_leaving_out_birth_date_removes_it(signed_in, card, fmt):
    with_it = post_choice(signed_in, card, fmt, sheets={"2"})
    without = post_choice(signed_in, card, fmt, sheets={"2"}, profile=WITHOUT_BIRTH_DATE)
    read = {"xlsx": _all_text_xlsx, "pdf": lambda c: "\n".join(pdf_text(c)), "csv": _all_text_zip}[fmt]
    before, after = read(with_it.content), read(without.content)
    assert "1990年4月1日" in before and "生年月日" in before
    assert "1990年4月1日" not in after
    assert "生年月日" not in after  # not even an empty box
    assert "女性" in after and "山田 花子" in after


@pytest.mark.parametrize("fmt", ["xlsx", "pdf", "csv"])
def test_leaving_out_a_column_and_a_row(signed_in, card, fmt):
    response = post_choice(
        signed_in,
        card,
        fmt,
        sheets={"2"},
        omit_fields={("2", "jobs.*.department")},
        rows={("2", "jobs"): [1]},  # only the second job
    )
    # a PDF's table cells wrap their text: compare the PDF's text without line breaks
    read = {
        "xlsx": _all_text_xlsx,
        "pdf": lambda c: "".join("".join(pdf_text(c)).split()),
        "csv": _all_text_zip,
    }[fmt]
    text = read(response.content)
    assert "さくら会計事務所" in text
    assert "株式会社みなと商事" not in text
    assert "総務部" not in text and "所属" not in text


def test_only_offered_sheets_of_the_own_card_are_accepted(signed_in, card, django_user_model):
    from sheets.models import Card
    from sheets.services import save_version, start_entry

    other = Card.objects.create(
        owner=django_user_model.objects.create_user(email="x@example.jp", password="x")
    )
    foreign = start_entry(other, "1-1")
    save_version(foreign, {"strengths": "他人の強み"}, 0)
    response = signed_in.post("/card/download/", {"format": "csv", "s": [str(foreign.pk)]})
    assert response.status_code == 400
    assert "出力する様式を1つ以上選んでください。" in squash(response.content.decode())


def test_nothing_chosen_is_explained_next_to_the_field_and_choices_are_kept(signed_in, card):
    response = signed_in.post("/card/download/", {"format": "xlsx", "p": ["name"]})
    assert response.status_code == 400
    page = squash(response.content.decode())
    assert "出力する様式を1つ以上選んでください。" in page
    assert 'id="format-xlsx" name="format" value="xlsx" checked' in page
    assert 'id="p-name" name="p" value="name" checked' in page
    assert 'id="p-birth_date" name="p" value="birth_date" checked' not in page


def test_field_options_walk_the_definition():
    options = {o.path: o.label for o in field_options(definition("2"))}
    assert options["jobs.*.company_name"] == "職務経歴：会社名"
    assert options["supplement"] == "補足"
    grid = {o.path for o in field_options(definition("3-3-1-1"))}
    assert "basic_abilities" in grid  # the whole grid is one choice


def test_filter_data_keeps_source_indexes():
    data = {"jobs": [{"company_name": "A"}, {"company_name": "B"}, {"company_name": "C"}], "supplement": "x"}
    out, sources = filter_data(definition("2"), data, {"jobs.*.company_name"}, {"jobs": [0, 2]})
    assert out == {"jobs": [{"company_name": "A"}, {"company_name": "C"}]}
    assert sources == {"jobs": [0, 2]}
    pick = SheetPick(definition=definition("2"), data=data)
    assert pick.worksheet_title == "様式2"


def test_download_page_lists_sheets_fields_and_rows(signed_in, card):
    page = squash(signed_in.get("/card/download/?sheet=2").content.decode())
    assert "様式2 職務経歴シート" in page
    assert f'id="s-{entry_of(card, "2").pk}" name="s" value="{entry_of(card, "2").pk}" checked' in page
    assert (
        f'id="s-{entry_of(card, "1-1").pk}" name="s" value="{entry_of(card, "1-1").pk}" data-sheet-toggle'
        in page
    )
    assert "職務経歴：会社名" in page
    assert "2015年4月　2020年3月　株式会社みなと商事" in page
    assert "生年月日" in page and "1990年4月1日" in page
