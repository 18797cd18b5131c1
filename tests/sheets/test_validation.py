"""The validator: good data passes unchanged; bad data gets a plain Japanese message per field."""

import copy
import datetime

import pytest

from sheets.definitions import all_definitions, get_definition
from sheets.definitions.base import FieldType
from sheets.examples import GOOD, TODAY
from sheets.validation import changed_paths, sanitise_text, summarise_changes, validate

TODAY_DATE = datetime.date.fromisoformat(TODAY)


def check(code, data):
    return validate(get_definition(code), data, today=TODAY_DATE)


@pytest.mark.parametrize("code", sorted(GOOD))
def test_good_data_is_valid_and_unchanged(code):
    result = check(code, GOOD[code])
    assert result.errors == {}
    assert result.data == GOOD[code]


@pytest.mark.parametrize("definition", all_definitions(), ids=lambda d: d.code)
def test_every_sheet_accepts_empty_and_minimal_data(definition):
    # Nothing is mandatory.
    assert validate(definition, {}, today=TODAY_DATE).errors == {}
    assert validate(definition, None, today=TODAY_DATE).errors == {}
    # One plausible value in every scalar of every sheet (repeat groups get one row).
    data = {}
    for f in definition.fields:
        data[f.key] = _fill(f)
    result = validate(definition, data, today=TODAY_DATE)
    assert result.errors == {}, result.errors


def _fill(f):
    if f.type == FieldType.GROUP:
        return {c.key: _fill(c) for c in f.fields}
    if f.type == FieldType.REPEAT:
        return [{c.key: _fill(c) for c in f.fields}]
    return {
        FieldType.TEXT: "あ" * (f.max_length or 1),
        FieldType.TEXTAREA: "行1\n行2",
        FieldType.DATE: "2020-01-01",
        FieldType.YEAR_MONTH: "2020-01",
        FieldType.CHOICE: f.choices[0].value if f.choices else None,
        FieldType.BOOLEAN: True,
        FieldType.TEL: "03-1234-5678",
    }[f.type]


def test_unknown_key_and_wrong_shapes():
    result = check("2", {"jobs": "not a list", "nickname": "x"})
    assert result.errors == {
        "jobs": ["一覧の形式が正しくありません。"],
        "nickname": ["この様式にない項目です。"],
    }
    assert result.data == {}
    result = check("2", {"jobs": [{"period_from": "2020-01", "salary": 1}, "row"]})
    assert result.errors == {
        "jobs.0.salary": ["この様式にない項目です。"],
        "jobs.1": ["入力の形式が正しくありません。"],
    }
    assert result.data == {"jobs": [{"period_from": "2020-01"}, {}]}
    assert check("1-1", ["a list"]).errors == {"": ["入力の形式が正しくありません。"]}
    assert check("1-1", {"strengths": 42}).errors == {"strengths": ["文字で入力してください。"]}
    assert check("1-1", {"person_agreed": "yes"}).errors == {
        "person_agreed": ["「はい」か「いいえ」で指定してください。"]
    }


def test_over_long_text_is_refused_but_kept():
    long = "あ" * 1001
    result = check("1-1", {"strengths": long})
    assert result.errors == {"strengths": ["1000文字以内で入力してください（いまは1001文字です）。"]}
    assert result.data["strengths"] == long  # the draft keeps what was typed
    assert check("1-1", {"strengths": "あ" * 1000}).errors == {}
    # Windows newlines count as one character.
    assert check("1-1", {"strengths": "あ\r\n" * 500}).errors == {}


def test_control_characters_are_stripped_newlines_kept():
    result = check(
        "1-1",
        {
            "strengths": "一行目\r\n二行目\x00\x07\x1b[31m\u0085\ud800\ufffe三",
            "consultant_name": "山田\n花子\t",
        },
    )
    assert result.errors == {}
    assert result.data["strengths"] == "一行目\n二行目[31m三"
    assert result.data["consultant_name"] == "山田 花子 "  # one-line text: newline and tab → space
    assert sanitise_text("絵文字👩‍💻もそのまま", multiline=True) == "絵文字👩‍💻もそのまま"


def test_html_is_kept_as_text():
    html = '<script>alert("x")</script><b onclick="x()">太字</b> &amp;'
    result = check("1-1", {"strengths": html})
    assert result.errors == {}
    assert result.data["strengths"] == html


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2024-04-01", "2024-04-01"),
        ("２０２４－０４－０１", "2024-04-01"),
        ("２０２４年４月１日", "2024-04-01"),
        ("2024/4/1", "2024-04-01"),
        (" 2024.04.01 ", "2024-04-01"),
    ],
)
def test_dates_are_normalised(typed, stored):
    result = check("1-1", {"entry_date": typed})
    assert result.errors == {}
    assert result.data["entry_date"] == stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("２０１９年４月", "2019-04"), ("2019/4", "2019-04"), ("現在", "present"), ("present", "present")],
)
def test_year_months_are_normalised(typed, stored):
    result = check("2", {"jobs": [{"period_to": typed}]})
    assert result.errors == {}
    assert result.data["jobs"][0]["period_to"] == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("昨日", "日付は「2024-04-01」のように、年・月・日の順に入力してください。"),
        ("2024-02-30", "存在しない日付です。2024年2月は29日までです（「30日」になっています）。"),
        ("2026-13-40", "存在しない日付です。月は1から12までで入力してください（「13月」になっています）。"),
        ("2026-04-31", "存在しない日付です。2026年4月は30日までです（「31日」になっています）。"),
        ("1800-01-01", "1900年以降の日付を入力してください。"),
        ("2025-06-16", "未来の日付は入力できません。"),
    ],
)
def test_bad_dates(typed, message):
    result = check("1-1", {"entry_date": typed})
    assert result.errors == {"entry_date": [message]}
    assert result.data["entry_date"] == typed  # kept for the draft


def test_present_only_where_allowed():
    result = check("2", {"jobs": [{"period_from": "現在"}]})
    assert result.errors == {
        "jobs.0.period_from": ["年月は「2024-04」のように、年・月の順に入力してください。"]
    }
    assert check("2", {"jobs": [{"period_from": "2024-13"}]}).errors == {
        "jobs.0.period_from": ["月は1から12までで入力してください。"]
    }


def test_job_in_the_future_is_refused():
    result = check("2", {"jobs": [{"period_from": "2025-07", "period_to": "2025-08"}]})
    assert result.errors == {
        "jobs.0.period_from": ["未来の年月は入力できません。"],
        "jobs.0.period_to": ["未来の年月は入力できません。続いている場合は「現在」と入力してください。"],
    }
    assert check("2", {"jobs": [{"period_from": "2025-06", "period_to": "現在"}]}).errors == {}


def test_end_before_start_is_refused_per_row():
    data = copy.deepcopy(GOOD["2"])
    data["jobs"].append({"period_from": "2020-04", "period_to": "2019-03"})
    result = check("2", data)
    assert result.errors == {
        "jobs.2.period_to": ["期間（終了）は期間（開始）と同じか、それより後にしてください。"]
    }
    # Same month is fine; 「現在」 is always after.
    assert check("2", {"jobs": [{"period_from": "2020-04", "period_to": "2020-04"}]}).errors == {}
    # One problem at a time: an unreadable end is reported as such, not also as out of order.
    result = check("2", {"jobs": [{"period_from": "2020-04", "period_to": "昔"}]})
    assert list(result.errors) == ["jobs.0.period_to"]
    assert len(result.errors["jobs.0.period_to"]) == 1


def test_date_order_in_a_section():
    result = check("3-3-1-1", {"period_from": "2025-04-01", "period_to": "2025-03-31"})
    assert result.errors == {"period_to": ["期間（終了）は期間（開始）と同じか、それより後にしてください。"]}
    # OJT periods are planned before the training: the future is fine.
    assert check("3-3-1-1", {"period_from": "2025-10-01", "period_to": "2026-03-31"}).errors == {}
    # ...but not for the evaluation of experience already gained.
    assert check("3-3-1-2", {"period_from": "2025-10-01"}).errors == {
        "period_from": ["未来の日付は入力できません。"]
    }
    assert check("3-3-1-1", {"period_from": "2070-01-01"}).errors == {
        "period_from": ["遠い先の日付は入力できません。年を確かめてください。"]
    }


def test_future_only_when_scheduled():
    scheduled = {"qualifications": [{"acquired": "2025-11", "status": "scheduled"}]}
    assert check("3-1", scheduled).errors == {}
    acquired = {"qualifications": [{"acquired": "2025-11", "status": "acquired"}]}
    assert check("3-1", acquired).errors == {
        "qualifications.0.acquired": ["未来の年月は、状態が「受験予定」のときだけ入力できます。"]
    }
    studying = {"studies": [{"period_from": "2023-04", "period_to": "2027-03", "status": "expected"}]}
    assert check("3-2", studying).errors == {}
    graduated = {"studies": [{"period_from": "2023-04", "period_to": "2027-03", "status": "graduated"}]}
    assert check("3-2", graduated).errors == {
        "studies.0.period_to": ["未来の年月は、状態が「在学中」「卒業見込み」のときだけ入力できます。"]
    }


def test_choices():
    assert check("2", {"jobs": [{"employment_type": "boss"}]}).errors == {
        "jobs.0.employment_type": ["選択肢の中から選んでください。"]
    }
    # The label is read as its code; blank is "not chosen".
    result = check("2", {"jobs": [{"employment_type": "派遣社員"}, {"employment_type": ""}]})
    assert result.errors == {}
    assert result.data["jobs"] == [{"employment_type": "dispatched"}, {"employment_type": None}]
    assert check("3-3-1-1", {"basic_abilities": {"teamwork": {"c1": {"self_rating": "D"}}}}).errors == {
        "basic_abilities.teamwork.c1.self_rating": ["選択肢の中から選んでください。"]
    }
    assert check("3-3-1-1", {"basic_abilities": {"teamwork": {"c9": {}}}}).errors == {
        "basic_abilities.teamwork.c9": ["この様式にない項目です。"]
    }


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("０３ー１２３４ー５６７８", "03-1234-5678"),
        ("090 1234 5678", "09012345678"),
        ("+81-3-1234-5678", "+81-3-1234-5678"),
    ],
)
def test_phone_numbers_are_normalised(typed, stored):
    result = check("2", {"confirmation_phone": typed})
    assert result.errors == {}
    assert result.data["confirmation_phone"] == stored


def test_bad_phone_numbers():
    assert check("2", {"confirmation_phone": "03-1234-567８x"}).errors == {
        "confirmation_phone": ["電話番号は数字とハイフン（-）で入力してください。"]
    }
    assert check("2", {"confirmation_phone": "1234-5678"}).errors == {
        "confirmation_phone": ["電話番号の桁数が正しくありません。市外局番から入力してください。"]
    }


def test_too_many_rows():
    result = check("2", {"jobs": [{} for _ in range(31)]})
    assert result.errors == {"jobs": ["30件まで入力できます（いまは31件です）。"]}


def test_changed_paths_and_summary():
    d = get_definition("2")
    before = GOOD["2"]
    after = copy.deepcopy(before)
    after["jobs"][1]["duties"] = "変更"
    after["supplement"] = None  # "" → None is not a change
    assert changed_paths(d, before, after) == ["jobs.1.duties"]
    assert summarise_changes(d, ["jobs.1.duties", "entry_date"]) == "記入日、職務経歴を変更"
    assert summarise_changes(d, []) == "変更なし"
