"""The definitions load, and each is internally consistent."""

import pytest

from content.taxonomy import Sheet, SheetBox
from sheets.definitions import UnknownDefinition, all_definitions, get_definition, sheet_codes
from sheets.definitions.base import KEY_RE, VERSION_RE, FieldType, Writer
from sheets.definitions.evaluation import BASIC_ABILITY_UNITS

DEFINITIONS = all_definitions()
IDS = [f"{d.code}@{d.version}" for d in DEFINITIONS]

EXPECTED_CODES = ["1-1", "1-2", "2", "3-1", "3-2", "3-3-1-1", "3-3-1-2", "3-3-2-1", "3-3-2-2", "3-3-2-3"]


def test_every_sheet_is_defined():
    codes = sheet_codes()
    for code in [*EXPECTED_CODES, "3-3-3", "3-3-4"]:
        assert code in codes
    # The sheets guidance pages can embed are the same codes.
    for sheet in Sheet:
        assert get_definition(sheet.value).code == sheet.value


def test_registry_latest_and_lookup_errors():
    assert get_definition("1-1").version == "2018.1"
    assert get_definition("1-1", "2018.1") is get_definition("1-1")
    with pytest.raises(UnknownDefinition) as exc:
        get_definition("9-9")
    assert "見つかりません" in exc.value.message
    with pytest.raises(UnknownDefinition):
        get_definition("1-1", "1999.1")


def test_official_captions():
    assert get_definition("1-1").title == "様式1-1 キャリア・プランシート（就業経験がある方用）"
    assert get_definition("1-2").title == "様式1-2 キャリア・プランシート（就業経験がない方、学卒者等用）"
    assert get_definition("2").title == "様式2 職務経歴シート"
    assert get_definition("3-1").title == "様式3-1 職業能力証明（免許・資格）シート"
    assert get_definition("3-2").title == "様式3-2 職業能力証明（学習歴・訓練歴）シート"
    assert get_definition("3-3-1-1").title == (
        "様式3-3-1-1 職業能力証明（訓練成果・実務成果）シート（企業実習・OJT用）"
    )
    for d in DEFINITIONS:
        assert d.title.startswith(f"様式{d.code} ")


@pytest.mark.parametrize("definition", DEFINITIONS, ids=IDS)
def test_definition_is_consistent(definition):
    assert VERSION_RE.match(definition.version)
    assert definition.description
    section_keys = [s.key for s in definition.sections]
    assert len(section_keys) == len(set(section_keys)), "section keys repeat"
    top_keys = [f.key for f in definition.fields]
    assert len(top_keys) == len(set(top_keys)), "top-level field keys repeat across sections"

    def check(field, nested_in_repeat=False):
        assert KEY_RE.match(field.key), field.key
        assert field.label
        if field.type.is_text:
            assert field.max_length, f"{field.key}: text without a length limit"
        if field.type == FieldType.CHOICE:
            values = [c.value for c in field.choices]
            assert values and len(values) == len(set(values))
        if field.allow_present:
            assert field.type == FieldType.YEAR_MONTH
        if field.type in (FieldType.GROUP, FieldType.REPEAT):
            keys = [c.key for c in field.fields]
            assert keys and len(keys) == len(set(keys)), f"{field.key}: child keys repeat"
            if field.type == FieldType.REPEAT:
                assert not nested_in_repeat, "no repeat inside a repeat"
                assert field.max_rows and 0 <= field.min_rows <= field.max_rows
                assert field.min_rows == 0, "nothing is mandatory"
                assert set(field.order_by) <= set(keys)
                # Rows hold scalars only (one formset per repeat).
                assert all(c.type.is_scalar for c in field.fields)
            for rule in field.rules:
                assert set(rule.keys) <= set(keys)
            for child in field.fields:
                check(child, nested_in_repeat or field.type == FieldType.REPEAT)
        else:
            assert not field.fields and not field.rules

    for section in definition.sections:
        assert isinstance(section.writer, Writer)
        for f in section.fields:
            check(f)
        for rule in section.rules:
            assert set(rule.keys) <= {f.key for f in section.fields}
        if section.consent_field:
            consent = definition.field(section.consent_field)
            assert consent.type == FieldType.BOOLEAN
            assert definition.writer_at(section.consent_field) == Writer.PERSON
            assert definition.section_of(section.consent_field) is section

    for leaf in definition.leaves():
        assert isinstance(leaf.writer, Writer), f"{leaf.dotted}: nobody writes it"
        assert definition.writer_at(leaf.path) == leaf.writer
        assert definition.field_at(leaf.dotted) is leaf.field


def test_every_sheet_box_is_used_somewhere():
    used = set()
    for d in DEFINITIONS:
        used |= d.boxes()
    assert used == set(SheetBox)


def test_boxes_sit_where_the_taxonomy_says():
    where = {
        SheetBox.SCHOOL_ACTIVITIES: {"1-2"},
        SheetBox.VALUES_INTERESTS: {"1-1", "1-2"},
        SheetBox.JOB_DUTIES: {"2"},
        SheetBox.QUALIFICATION_NOTES: {"3-1"},
        SheetBox.STUDY_CONTENT: {"3-2"},
    }
    for box, codes in where.items():
        assert {d.code for d in DEFINITIONS if box in d.boxes()} == codes


def test_who_writes_what_follows_the_spec():
    for code in ("1-1", "1-2"):
        d = get_definition(code)
        assert d.section("career_plan").writer == Writer.PERSON
        assert d.writer_at("consultant_comment") == Writer.CONSULTANT
        assert d.writer_at("person_agreed") == Writer.PERSON
        assert d.section("consultant").consent_field == "person_agreed"
    d = get_definition("3-3-1-1")
    assert d.writer_at("duty_content") == Writer.COMPANY
    assert d.writer_at("basic_abilities.teamwork.c1.self_rating") == Writer.PERSON
    assert d.writer_at("basic_abilities.teamwork.c1.company_rating") == Writer.COMPANY
    assert d.writer_at("technical_basic.0.self_rating") == Writer.PERSON
    assert d.writer_at("technical_basic.0.criterion") == Writer.COMPANY
    assert d.writer_at("overall_comment") == Writer.COMPANY
    for code in ("2", "3-1", "3-2"):
        writers = {
            leaf.writer
            for leaf in get_definition(code).leaves()
            if leaf.section.key != "employer_confirmation"
        }
        assert writers == {Writer.PERSON}


def test_3_3_1_1_in_full():
    d = get_definition("3-3-1-1")
    units = d.field("basic_abilities").fields
    assert [u.label for u in units] == [
        "働く意識と取組",
        "責任感",
        "ビジネスマナー",
        "コミュニケーション",
        "チームワーク",
        "チャレンジ意欲",
        "考える力",
    ]
    for unit in units:
        assert 1 <= len(unit.fields) <= 5
        for criterion in unit.fields:
            assert criterion.label.endswith("。")
            ratings = {c.key: c for c in criterion.fields}
            assert set(ratings) == {"self_rating", "company_rating"}
            for rating in ratings.values():
                assert [(c.value, c.label) for c in rating.choices] == [
                    ("A", "常にできている"),
                    ("B", "大体できている"),
                    ("C", "評価しない"),
                ]
    assert len(BASIC_ABILITY_UNITS) == 7
    assert d.field("technical_basic").label == "（1）基本的事項"
    assert d.field("technical_specialised").label == "（2）専門的事項"
    role_labels = [f.label for f in d.section("roles").fields]
    for role in ("指導担当者", "評価担当者", "評価責任者"):
        assert any(label.startswith(role) for label in role_labels)
    assert d.field("overall_comment").label == "総評"


def test_definitions_are_immutable():
    d = get_definition("2")
    with pytest.raises(AttributeError):
        d.version = "2099.1"
