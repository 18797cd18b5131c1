"""resumes/mapping.py is the one place that names sheet fields: every name must exist."""

import pytest

from resumes import mapping
from sheets.definitions import get_definition
from sheets.definitions.base import FieldType


@pytest.mark.parametrize(("sheet", "path"), mapping.named_paths())
def test_every_named_path_exists_in_the_latest_definition(sheet, path):
    field = get_definition(sheet).field_at(path)
    assert field.type.is_scalar


def test_rows_point_at_repeats_with_year_month_dates():
    for source in mapping.WORDINGS:
        definition = get_definition(source.sheet)
        assert definition.field(source.repeat).type == FieldType.REPEAT
        assert definition.field_at((source.repeat, source.start)).type == FieldType.YEAR_MONTH
        if source.end:
            assert definition.field_at((source.repeat, source.end)).allow_present


@pytest.mark.parametrize(
    ("source", "wording"), mapping.status_fields(), ids=lambda v: getattr(v, "repeat", "")
)
def test_every_status_choice_has_a_wording(source, wording):
    """A new status added to a sheet must be given its 履歴書 wording here, not dropped silently."""
    assert mapping.is_choice(source, source.status)
    values = set(source.choice_labels(source.status))
    assert set(wording.end) == values
    assert wording.dated_end <= values
    assert wording.single_line <= values
    assert wording.excluded_by_default <= values


def test_boxes_are_found_through_the_definition():
    assert mapping.box_key("2", mapping.JOB_DUTIES_BOX, within="jobs") == ("jobs", "duties")
    assert mapping.box_key("2", mapping.JOB_LEARNINGS_BOX, within="jobs") == ("jobs", "learnings")
    for code in mapping.STRENGTHS_SHEETS:
        assert mapping.box_key(code, mapping.STRENGTHS_BOX) == ("strengths",)


def test_employment_types_come_from_the_definition():
    assert mapping.is_choice(mapping.JOBS, mapping.JOB_EMPLOYMENT)


def test_rows_are_read_in_date_order_with_stable_ids():
    sheets = {
        "3-1": {
            "qualifications": [
                {"name": "B", "acquired": "2020-01", "status": "acquired"},
                {"name": "A", "acquired": "2010-05", "status": "expired"},
                {"name": "", "acquired": ""},  # an empty row is skipped
                {"name": "C", "acquired": ""},
            ]
        }
    }
    rows = mapping.rows(sheets, mapping.QUALIFICATIONS)
    assert [r.title for r in rows] == ["A", "B", "C"]
    assert rows[0].excluded_by_default and not rows[1].excluded_by_default
    again = mapping.rows(sheets, mapping.QUALIFICATIONS)
    assert [r.id for r in rows] == [r.id for r in again]
    assert len({r.id for r in rows}) == 3


def test_strengths_fall_back_to_sheet_1_2():
    assert mapping.strengths({"1-2": {"strengths": "粘り強い"}}) == "粘り強い"
    assert mapping.strengths({"1-1": {"strengths": "正確"}, "1-2": {"strengths": "粘り強い"}}) == "正確"
    assert mapping.strengths({}) == ""
