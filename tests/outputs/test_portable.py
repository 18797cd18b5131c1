"""Portable formats (#18 item 5): the card as JSON per the published JSON Schemas and as JSON Resume v1,
downloaded from the download page; a JSON Resume file imported into drafts through the same preview as a
workbook (field by field, errors by field in Japanese, nothing kept without the person); and the round
trip card → JSON Resume → import as a property."""

from __future__ import annotations

import datetime
import json

import jsonschema
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outputs import portable
from sheets.definitions import get_definition
from sheets.definitions.base import PRESENT
from sheets.models import Card, SheetEntry
from sheets.schema import json_schema
from sheets.services import tidy
from sheets.validation import is_blank, validate

from .conftest import entry_of

pytestmark = pytest.mark.django_db


def upload(client, content: bytes, name="resume.json"):
    return client.post(
        "/card/upload/json-resume/", {"file": SimpleUploadedFile(name, content, "application/json")}
    )


# Downloads ------------------------------------------------------------------------------------------


def test_the_download_page_offers_both_formats_and_the_import(signed_in, card):
    html = signed_in.get("/card/download/").content.decode()
    assert 'href="/card/download/card.json"' in html
    assert 'href="/card/download/resume.json"' in html
    assert 'href="/card/upload/json-resume/"' in html
    assert "JSON Resume 形式でダウンロード" in html


def test_card_json_follows_the_published_schemas(signed_in, card):
    response = signed_in.get("/card/download/card.json")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="jobcard.json"'
    assert response["Content-Type"].startswith("application/json")
    document = json.loads(response.content)
    assert document["api_version"] == "1" and document["format"] == "jobcard-card"
    assert document["profile"]["last_name"] == "山田" and document["profile"]["first_name"] == "花子"
    sheets = {sheet["sheet"]: sheet for sheet in document["sheets"]}
    assert {"1-1", "2", "3-1", "3-2"} <= set(sheets)
    for code in ("1-1", "2", "3-1", "3-2"):
        sheet = sheets[code]
        definition = get_definition(code)
        assert sheet["schema"] == {
            "$id": f"http://testserver/api/v1/schemas/{code}/{definition.version}.json",
            "version": definition.version,
        }
        assert sheet["entries"][0]["data"] == entry_of(card, code).saved_data
        # The data validates against the schema the site publishes at that address.
        published = signed_in.get(f"/api/v1/schemas/{code}/{definition.version}.json").json()
        jsonschema.validate(sheet["entries"][0]["data"], published)
    assert set(sheets["2"]) == {"sheet", "title", "schema", "entries"}


def test_card_json_leaves_out_unsaved_drafts(signed_in, card):
    from sheets.services import save_draft

    entry = entry_of(card, "2")
    save_draft(entry, {**entry.saved_data, "supplement": "下書きだけの文"}, entry.lock_version)
    document = json.loads(signed_in.get("/card/download/card.json").content)
    sheet = next(s for s in document["sheets"] if s["sheet"] == "2")
    assert "下書きだけの文" not in json.dumps(sheet, ensure_ascii=False)


def test_json_resume_maps_the_card(signed_in, card):
    response = signed_in.get("/card/download/resume.json")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="jobcard-resume.json"'
    resume = json.loads(response.content)
    assert resume["$schema"] == portable.JSON_RESUME_SCHEMA
    assert resume["basics"]["name"] == "山田 花子"
    assert resume["basics"]["email"] == "hanako@example.jp"
    assert resume["basics"]["phone"] == "03-1234-5678"
    assert resume["basics"]["location"]["postalCode"] == "1000013"
    assert resume["basics"]["x-jobcard"]["name_kana"] == "やまだ はなこ"
    first, second = resume["work"]
    assert first["name"] == "株式会社みなと商事" and first["position"] == "総務部"
    assert first["startDate"] == "2015-04" and first["endDate"] == "2020-03"
    assert first["summary"].startswith("請求書の発行")
    assert first["highlights"] == ["表計算ソフトを使った集計と、期日を守る段取りの力が身に付きました。"]
    assert first["x-jobcard"] == {"employment_type": "regular"}
    assert "endDate" not in second  # 「現在」: still going on
    education = resume["education"]
    assert education[0]["institution"] == "東都大学" and education[0]["studyType"] == "卒業"
    assert education[1]["institution"] == "ポリテクセンター東京"
    assert education[1]["studyType"] == "職業訓練" and education[1]["x-jobcard"]["kind"] == "training"
    boki = next(c for c in resume["certificates"] if c["name"] == "日商簿記検定3級")
    assert boki["issuer"] == "日本商工会議所" and boki["date"] == "2019-11"
    assert boki["x-jobcard"] == {"status": "acquired", "notes": "商業簿記の基礎"}
    assert resume["skills"] == [{"name": entry_of(card, "1-1").saved_data["strengths"]}]


# Import ---------------------------------------------------------------------------------------------


def test_import_previews_field_by_field_and_keeps_nothing_until_confirmed(signed_in, card, client):
    exported = signed_in.get("/card/download/resume.json").content
    # Someone else (a fresh anonymous visitor) imports it.
    client.logout()
    entries_before = SheetEntry.objects.count()
    response = upload(client, exported)
    assert response.status_code == 200
    html = response.content.decode()
    assert "取り込む内容の確認" in html and "まだ何も反映していません" in html
    assert "work[0].name" in html and "職務経歴 1行目：会社名" in html and "株式会社みなと商事" in html
    assert "certificates[0].name" in html and "education[1].institution" in html
    assert "基本情報（basics）は取り込みません" in html
    assert "この内容で下書きに取り込む" in html
    assert SheetEntry.objects.count() == entries_before  # nothing kept yet
    token = response.context["token"]
    assert token

    applied = client.post("/card/upload/json-resume/apply/", {"token": token})
    assert applied.status_code == 302 and applied["Location"] == "/card/"
    new_card = Card.objects.filter(owner__isnull=True).latest("pk")
    jobs = entry_of(new_card, "2")
    assert jobs.saved_data is None  # a draft: the person saves it in the editor
    assert [row["company_name"] for row in jobs.draft_data["jobs"]] == [
        "株式会社みなと商事",
        "さくら会計事務所",
    ]
    assert jobs.draft_data["jobs"][1]["period_to"] == PRESENT
    assert [r["name"] for r in entry_of(new_card, "3-1").draft_data["qualifications"]] == [
        r["name"] for r in entry_of(card, "3-1").saved_data["qualifications"]
    ]
    assert entry_of(new_card, "3-2").draft_data["trainings"][0]["institution"] == "ポリテクセンター東京"
    assert entry_of(new_card, "1-1").draft_data["strengths"] == entry_of(card, "1-1").saved_data["strengths"]


def test_importing_what_the_card_already_holds_changes_nothing(signed_in, card):
    exported = signed_in.get("/card/download/resume.json").content
    response = upload(signed_in, exported)
    assert response.status_code == 200
    html = response.content.decode()
    assert "変更なし" in html
    assert response.context["token"] == ""


def test_new_rows_are_added_after_the_persons_own_into_the_draft(signed_in, card):
    resume = {"work": [{"name": "みらい物流株式会社", "position": "配送課", "startDate": "2021-05-10"}]}
    response = upload(signed_in, json.dumps(resume).encode())
    html = response.content.decode()
    assert "職務経歴 3行目：会社名" in html and "work[0].name" in html
    signed_in.post("/card/upload/json-resume/apply/", {"token": response.context["token"]})
    entry = entry_of(card, "2")
    assert len(entry.saved_data["jobs"]) == 2  # the saved version is untouched
    assert entry.draft_data["jobs"][2] == {
        "company_name": "みらい物流株式会社",
        "department": "配送課",
        "period_from": "2021-05",
        "period_to": PRESENT,
    }


def test_a_file_from_another_tool_is_read_with_its_own_words():
    """No x-jobcard: an older "company" key, a status in studyType, a day in the dates."""
    resume = {
        "basics": {"name": "Taro"},
        "work": [{"company": "旧形式株式会社", "startDate": "2010-04-01", "endDate": "2012-03-31"}],
        "education": [
            {"institution": "北大学", "studyType": "卒業", "startDate": "2006-04", "endDate": "2010-03"}
        ],
        "volunteer": [{"organization": "地域の会"}],
    }
    result, notes = portable.read_json_resume(json.dumps(resume).encode(), None, today=TODAY)
    assert not result.errors
    data = {sheet.definition.code: sheet.data for sheet in result.sheets}
    assert data["2"]["jobs"] == [
        {"company_name": "旧形式株式会社", "period_from": "2010-04", "period_to": "2012-03"}
    ]
    assert data["3-2"]["studies"][0]["status"] == "graduated"
    assert any("basics" in note for note in notes)
    assert any("volunteer" in note for note in notes)


def test_errors_are_given_by_field_in_japanese_and_nothing_is_kept(signed_in, card):
    resume = {
        "work": [{"name": "会社", "startDate": "2024-13"}, {"name": 12}],
        "certificates": [{"name": "あ" * 101}],
        "skills": "たくさん",
    }
    response = upload(signed_in, json.dumps(resume).encode())
    assert response.status_code == 400
    html = response.content.decode()
    assert "読み込めない項目が" in html
    assert "work[0].startDate" in html and "月は1から12までで入力してください" in html
    assert "work[1].name" in html and "文字で書いてください" in html
    assert "certificates[0].name" in html and "100文字以内で入力してください" in html
    assert "skills" in html and "配列（[ ]）で書いてください" in html
    assert response.context["token"] == ""
    assert entry_of(card, "2").draft_data is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "JSONファイルとして読み込めませんでした"),
        (b"[1, 2]", "JSON Resume 形式ではありません"),
        ("{}".encode("utf-16"), "UTF-8"),
        (b"[" * 100000 + b"]" * 100000, "JSONファイルとして読み込めませんでした"),
    ],
)
def test_files_that_are_not_json_resume_are_refused(client, content, message):
    response = upload(client, content)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_the_size_is_bounded(client, settings):
    settings.OUTPUTS_MAX_JSON_BYTES = 100
    response = upload(client, json.dumps({"work": [{"name": "x" * 200}]}).encode())
    assert response.status_code == 400
    assert "ファイルが大きすぎます" in response.content.decode()


def test_a_forged_or_workbook_token_is_refused(signed_in, card):
    from outputs.importer import ImportResult, preview_token

    workbook_token = preview_token(card, ImportResult([]))
    for token in ("forged", workbook_token):
        response = signed_in.post("/card/upload/json-resume/apply/", {"token": token})
        assert response.status_code == 400
        assert "確認の情報が正しくありません" in response.content.decode()


# Round trip -----------------------------------------------------------------------------------------

TODAY = datetime.date(2026, 12, 1)
TEXT = st.text(st.sampled_from(list("あいう漢字カナｶﾅ aZ09-・、。&<>\"'😀")), min_size=1, max_size=30).map(
    str.strip
)
LINES = st.lists(TEXT.filter(bool), min_size=1, max_size=4).map("\n".join)
MONTHS = st.dates(datetime.date(1990, 1, 1), datetime.date(2024, 12, 31)).map(lambda d: f"{d:%Y-%m}")


@st.composite
def period(draw):
    start = draw(MONTHS)
    end = draw(st.one_of(st.none(), st.just(PRESENT), MONTHS.filter(lambda m: m >= start)))
    return {"period_from": start, "period_to": end}


def rows(fields: dict, choices: dict, with_period=True):
    def build(values):
        return {k: v for k, v in values.items() if v is not None}

    strategies = {key: st.one_of(st.none(), strategy) for key, strategy in fields.items()}
    strategies |= {key: st.one_of(st.none(), st.sampled_from(values)) for key, values in choices.items()}
    first = next(iter(fields))
    strategies[first] = fields[first].filter(bool)
    row = st.fixed_dictionaries(strategies).map(build)
    if with_period:
        row = st.tuples(row, period()).map(lambda pair: pair[0] | build(pair[1]))
    return st.lists(row, max_size=4, unique_by=lambda r: json.dumps(r, sort_keys=True))


def _choice_values(code, table, key):
    return [c.value for c in get_definition(code).field(table).child(key).choices]


CARDS = st.fixed_dictionaries(
    {
        "1-1": st.one_of(st.just({}), LINES.map(lambda text: {"strengths": text})),
        "2": rows(
            {"company_name": TEXT, "department": TEXT, "duties": LINES, "learnings": LINES},
            {"employment_type": _choice_values("2", "jobs", "employment_type")},
        ).map(lambda jobs: {"jobs": jobs}),
        "3-1": rows(
            {"name": TEXT, "acquired": MONTHS, "authority": TEXT, "notes": LINES},
            {"status": ["acquired", "expired", "partial"]},
            with_period=False,
        ).map(lambda items: {"qualifications": items}),
        "3-2": st.tuples(
            rows(
                {"school_name": TEXT, "faculty": TEXT, "content": LINES},
                {"status": ["graduated", "completed", "withdrew"]},
            ),
            rows(
                {"institution": TEXT, "course": TEXT, "content": LINES},
                {"status": ["completed", "withdrew"]},
            ),
        ).map(lambda pair: {"studies": pair[0], "trainings": pair[1]}),
    }
)
MAPPED = {"1-1": ["strengths"], "2": ["jobs"], "3-1": ["qualifications"], "3-2": ["studies", "trainings"]}


def _stored(card: dict) -> dict:
    """What 「保存」 would keep: validated and tidied (the generator only makes valid cards)."""
    out = {}
    for code, data in card.items():
        result = validate(get_definition(code), data, today=TODAY)
        assert not result.errors, result.errors
        tidied = tidy(get_definition(code), result.data)
        for key, value in tidied.items():  # identical rows are imported once (documented)
            if isinstance(value, list):
                unique = []
                for row in value:
                    if _mapped_row(row) not in [_mapped_row(r) for r in unique]:
                        unique.append(row)
                tidied[key] = unique
        out[code] = tidied
    return out


def _mapped_row(row: dict) -> dict:
    return {k: v for k, v in row.items() if not is_blank(v)}


def _mapped(code: str, data: dict) -> dict:
    def clean(value):
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if not is_blank(v)}
        return value

    return {
        key: clean(data.get(key)) for key in MAPPED[code] if not is_blank(data.get(key)) and data.get(key)
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CARDS)
def test_round_trip_card_to_json_resume_and_back(card):
    stored = _stored(card)
    exported = portable.dumps(portable.resume_from(stored))
    result, _notes = portable.read_json_resume(exported, None, today=TODAY)
    assert not result.errors, [(e.cell, e.message) for e in result.errors]
    imported = {sheet.definition.code: sheet.data for sheet in result.sheets}
    for code, data in stored.items():
        assert _mapped(code, imported.get(code, {})) == _mapped(code, data), code
    # And the file validates as JSON Resume's basic shape: arrays of objects with string dates.
    document = json.loads(exported)
    for section in ("work", "education", "certificates", "skills"):
        assert isinstance(document[section], list)


def test_the_sheets_schemas_accept_imported_drafts():
    """What an import keeps is ordinary sheet data: it validates against the published schema."""
    resume = {"work": [{"name": "会社", "startDate": "2020-04", "endDate": "2021-03"}]}
    result, _notes = portable.read_json_resume(json.dumps(resume).encode(), None, today=TODAY)
    jsonschema.validate(result.sheets[0].data, json_schema(get_definition("2")))
