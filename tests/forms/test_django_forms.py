"""The Django forms built from a definition accept and refuse what the validator does."""

import copy
import datetime

import pytest

from forms.definitions import all_definitions, get_definition
from forms.forms import SheetForms, post_data, repeat_formset_class, section_form_class
from forms.validation import validate

from .examples import GOOD, TODAY

TODAY_DATE = datetime.date.fromisoformat(TODAY)


def bind(code, data):
    definition = get_definition(code)
    return SheetForms(definition, post_data(definition, data), today=TODAY_DATE)


def test_section_form_fields():
    form_class = section_form_class(get_definition("1-1"), "consultant")
    assert list(form_class.base_fields) == [
        "consultant_name",
        "consultant_registration_number",
        "consultant_affiliation",
        "consultation_date",
        "consultant_comment",
        "person_agreed",
    ]
    form = form_class()
    assert form.fields["consultant_comment"].label == "キャリアコンサルティング実施者のコメント"
    assert 'maxlength="1000"' in str(form["consultant_comment"])
    assert all(not f.required for f in form.fields.values())
    nested = section_form_class(get_definition("3-3-1-1"), "basic_abilities")
    assert "basic_abilities__teamwork__c1__self_rating" in nested.base_fields


def test_repeat_formset():
    formset_class = repeat_formset_class(get_definition("2"), "jobs")
    formset = formset_class(initial=GOOD["2"]["jobs"], prefix="jobs")
    assert len(formset.forms) == 2
    assert formset.forms[1]["period_to"].value() == "現在"
    with pytest.raises(ValueError):
        repeat_formset_class(get_definition("2"), "supplement")


@pytest.mark.parametrize("code", sorted(GOOD))
def test_good_data_round_trips(code):
    forms = bind(code, GOOD[code])
    assert forms.is_valid(), forms.errors
    expected = validate(get_definition(code), GOOD[code], today=TODAY_DATE).data
    assert _without_blanks(forms.to_data()) == _without_blanks(expected)


def _without_blanks(value):
    if isinstance(value, dict):
        out = {k: _without_blanks(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, "", False, {}, [])}
    if isinstance(value, list):
        return [_without_blanks(v) for v in value]
    return value


BAD = {
    "1-1": {
        "entry_date": "２０２５年７月１日",
        "strengths": "あ" * 1001,
        "consultation_date": "2025-02-30",
        "consultant_name": "<b>山田</b>\x00",
    },
    "2": {
        "jobs": [
            {"period_from": "2020-04", "period_to": "2019-03", "employment_type": "boss"},
            {"period_from": "２０１９年４月", "period_to": "現在"},
            {"period_from": "2025-12"},
        ],
        "confirmation_phone": "03-12",
    },
    "3-1": {"qualifications": [{"acquired": "2026-01", "status": "acquired"}]},
    "3-2": {"trainings": [{"period_from": "2025-09", "period_to": "2025-08", "status": "scheduled"}]},
    "3-3-1-1": {
        "period_from": "2025-04-01",
        "period_to": "2025-03-01",
        "basic_abilities": {"teamwork": {"c2": {"self_rating": "Z", "company_rating": "A"}}},
        "technical_basic": [{"criterion": "あ" * 301, "self_rating": "A"}],
    },
}


@pytest.mark.parametrize("code", sorted(BAD))
def test_forms_validate_like_the_validator(code):
    definition = get_definition(code)
    expected = validate(definition, BAD[code], today=TODAY_DATE)
    assert expected.errors
    forms = bind(code, BAD[code])
    assert not forms.is_valid()
    assert forms.errors == expected.errors


@pytest.mark.parametrize("definition", all_definitions(), ids=lambda d: d.code)
def test_every_sheet_builds_its_forms(definition):
    forms = SheetForms(definition, initial={}, today=TODAY_DATE)
    assert set(forms.section_forms) == {s.key for s in definition.sections}
    rendered = "".join(str(form) for form in forms.section_forms.values())
    assert rendered


def test_too_many_rows_in_a_formset():
    data = {"jobs": [{"company_name": f"会社{i}"} for i in range(31)]}
    forms = bind("2", data)
    assert not forms.is_valid()
    assert forms.errors == {"jobs": ["30件まで入力できます（いまは31件です）。"]}


def test_deleted_rows_are_left_out():
    definition = get_definition("2")
    post = post_data(definition, copy.deepcopy(GOOD["2"]))
    post["jobs-0-DELETE"] = "on"
    forms = SheetForms(definition, post, today=TODAY_DATE)
    assert forms.is_valid()
    assert [row["company_name"] for row in forms.to_data()["jobs"]] == ["さくら会計事務所"]
