"""CSV exports: a zip of UTF-8 (BOM) files, one per repeating table, formulas neutralised, and the
column reference in docs/ kept up to date."""

import csv
import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from outputs.csv_export import csv_columns_doc, escape_cell
from sheets.services import save_version

from .conftest import entry_of, post_choice

pytestmark = pytest.mark.django_db


def _files(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rows(raw: bytes) -> list[list[str]]:
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM"
    text = raw[3:].decode("utf-8")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text)))


def test_zip_has_one_file_per_table(signed_in, card):
    response = post_choice(signed_in, card, "csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].endswith('.zip"')
    files = _files(response.content)
    assert set(files) == {
        "profile.csv",
        "sheet_1-1.csv",
        "sheet_1-2.csv",
        "sheet_2.csv",
        "sheet_2_jobs.csv",
        "sheet_3-1.csv",
        "sheet_3-1_qualifications.csv",
        "sheet_3-2.csv",
        "sheet_3-2_studies.csv",
        "sheet_3-2_trainings.csv",
        "sheet_3-3-1-1.csv",
        "sheet_3-3-1-1_technical_basic.csv",
        "sheet_3-3-1-1_technical_specialised.csv",
    }
    jobs = _rows(files["sheet_2_jobs.csv"])
    assert jobs[0] == [
        "行",
        "期間（開始）",
        "期間（終了）",
        "会社名",
        "所属",
        "雇用形態",
        "職務内容",
        "職務の中で学んだこと、得られた知識・技能等",
    ]
    assert jobs[1][:6] == ["1", "2015-04", "2020-03", "株式会社みなと商事", "総務部", "正社員"]
    assert jobs[2][2] == "現在"
    single = _rows(files["sheet_1-1.csv"])
    assert single[0] == ["項目キー", "項目名", "値"]
    assert ["entry_date", "記入日", "2025-06-01"] in single
    assert ["person_agreed", "本人同意済み", "はい"] in single
    grid = _rows(files["sheet_3-3-1-1.csv"])
    assert [
        "basic_abilities.communication.c3.company_rating",
        "職務遂行のための基本的能力／コミュニケーション／報告・連絡・相談を、適切な時機に行っている。／企業評価",
        "C",
    ] in grid
    profile = _rows(files["profile.csv"])
    assert ["生年月日", "1990年4月1日"] in profile


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_starts_are_escaped(start):
    assert escape_cell(start + "cmd|' /C calc'!A0") == "'" + start + "cmd|' /C calc'!A0"
    assert escape_cell("株式会社=") == "株式会社="


def test_user_text_that_looks_like_a_formula_is_neutralised_in_the_file(signed_in, card):
    entry = entry_of(card, "2")
    jobs = entry.saved_data["jobs"]
    jobs[0]["company_name"] = '=HYPERLINK("http://evil.example")'
    jobs[0]["duties"] = "-2+3\n二行目"
    jobs[1]["company_name"] = "@SUM(A1:A9)"
    save_version(entry, dict(entry.saved_data, jobs=jobs), entry.lock_version, card.owner)
    rows = _rows(_files(post_choice(signed_in, card, "csv", sheets={"2"}).content)["sheet_2_jobs.csv"])
    assert rows[1][3] == '\'=HYPERLINK("http://evil.example")'
    assert rows[1][6] == "'-2+3\n二行目"  # the newline stays inside the quoted cell
    assert rows[2][3] == "'@SUM(A1:A9)"


def test_column_reference_in_docs_is_up_to_date():
    doc = Path(settings.BASE_DIR) / "docs" / "exports-csv.md"
    assert doc.read_text(encoding="utf-8") == csv_columns_doc(), "run: python manage.py write_exports_csv_doc"
    call_command("write_exports_csv_doc", "--check")
    row = "| 雇用形態 | `jobs.*.employment_type` | 「正社員」「契約社員」"
    assert row in doc.read_text(encoding="utf-8")
