"""The generated JSON Schemas are valid draft 2020-12 and agree with the validator."""

import copy

import pytest
from jsonschema import Draft202012Validator

from sheets.definitions import all_definitions, get_definition
from sheets.examples import GOOD
from sheets.schema import json_schema


def schema_validator(code):
    schema = json_schema(get_definition(code))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.mark.parametrize("definition", all_definitions(), ids=lambda d: d.code)
def test_schema_is_valid_draft_2020_12(definition):
    schema = json_schema(definition, "https://example.test")
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"https://example.test/api/v1/schemas/{definition.code}/{definition.version}.json"
    assert schema["title"] == definition.title
    assert schema["x-version"] == definition.version
    assert set(schema["properties"]) == {f.key for f in definition.fields}
    assert Draft202012Validator(schema).is_valid({})


@pytest.mark.parametrize("code", sorted(GOOD))
def test_schema_accepts_good_examples(code):
    errors = list(schema_validator(code).iter_errors(GOOD[code]))
    assert errors == []


def _bad(code, mutate):
    data = copy.deepcopy(GOOD[code])
    mutate(data)
    return data


BAD = [
    ("1-1", lambda d: d.update(strengths="あ" * 1001)),
    ("1-1", lambda d: d.update(person_agreed="yes")),
    ("1-1", lambda d: d.update(unknown="x")),
    ("2", lambda d: d["jobs"][0].update(period_from="現在")),
    ("2", lambda d: d["jobs"][0].update(period_to="2020-13")),
    ("2", lambda d: d["jobs"][0].update(employment_type="boss")),
    ("2", lambda d: d.update(jobs=[{}] * 31)),
    ("3-1", lambda d: d["qualifications"][0].update(extra=1)),
    ("3-3-1-1", lambda d: d["basic_abilities"]["work_attitude"]["c1"].update(self_rating="D")),
    ("3-3-1-1", lambda d: d["basic_abilities"].update(work_attitude={"c6": {}})),
    ("3-3-1-1", lambda d: d.update(technical_basic="x")),
]


@pytest.mark.parametrize(("code", "mutate"), BAD, ids=[f"{c}-{i}" for i, (c, _m) in enumerate(BAD)])
def test_schema_rejects_bad_data_the_validator_rejects(code, mutate):
    from sheets.validation import validate

    data = _bad(code, mutate)
    assert not schema_validator(code).is_valid(data)
    assert validate(get_definition(code), data).errors


def test_schema_annotations():
    schema = json_schema(get_definition("1-1"))
    assert schema["properties"]["strengths"]["x-box"] == "strengths"
    assert schema["properties"]["strengths"]["x-writer"] == "person"
    assert schema["properties"]["consultant_comment"]["x-writer"] == "consultant"
    consultant = next(s for s in schema["x-sections"] if s["key"] == "consultant")
    assert consultant["x-consent-field"] == "person_agreed"
    jobs = json_schema(get_definition("2"))["properties"]["jobs"]
    assert jobs["maxItems"] == 30
    assert jobs["items"]["x-rules"] == [{"rule": "date_order", "start": "period_from", "end": "period_to"}]
    ratings = json_schema(get_definition("3-3-1-1"))["properties"]["basic_abilities"]
    c1 = ratings["properties"]["teamwork"]["properties"]["c1"]
    assert c1["properties"]["self_rating"]["x-writer"] == "person"
    assert {"const": "A", "title": "常にできている"} in c1["properties"]["company_rating"]["oneOf"]


# Input the validator normalises: the schema (which describes stored data) refuses it as typed and
# accepts what the validator stores.
NORMALISED = [
    ("1-1", lambda d: d.update(strengths="制御\x07文字")),
    ("1-1", lambda d: d.update(entry_date="２０２４/04/01")),
    ("2", lambda d: d["jobs"][1].update(period_to="現在")),
    ("2", lambda d: d.update(confirmation_phone="０３ １２３４ ５６７８")),
    ("2", lambda d: d["jobs"][0].update(employment_type="正社員")),
]


@pytest.mark.parametrize(
    ("code", "mutate"), NORMALISED, ids=[f"{c}-{i}" for i, (c, _m) in enumerate(NORMALISED)]
)
def test_validator_output_fits_the_schema(code, mutate):
    from sheets.validation import validate

    data = _bad(code, mutate)
    assert not schema_validator(code).is_valid(data)
    result = validate(get_definition(code), data)
    assert result.errors == {}
    assert schema_validator(code).is_valid(result.data)
