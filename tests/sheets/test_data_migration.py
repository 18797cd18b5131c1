"""A new sheet version is a new definition plus a data migration of the stored entries."""

import copy

import pytest

from sheets import definitions
from sheets.definitions import get_definition
from sheets.definitions import migrations as data_migrations
from sheets.examples import GOOD
from sheets.models import Card, SheetEntry, SheetRevision
from sheets.services import restore_revision, save_version, start_entry
from sheets.validation import validate

pytestmark = pytest.mark.django_db

NEW = "2099.1"


@pytest.fixture
def sheet_2_v2():
    """A test-only version of 様式2 that renames jobs.*.learnings to jobs.*.skills_gained."""
    old = get_definition("2", "2018.1")
    new = old.evolve(NEW, renames={"jobs.learnings": "skills_gained"})

    def rename_learnings(data):
        for row in data.get("jobs") or []:
            if "learnings" in row:
                row["skills_gained"] = row.pop("learnings")
        return data

    definitions.register(new)
    data_migrations.register("2", "2018.1", NEW)(rename_learnings)
    yield new
    data_migrations.unregister("2", "2018.1", NEW)
    definitions.unregister("2", NEW)


def test_evolve_makes_a_new_definition(sheet_2_v2):
    old = get_definition("2", "2018.1")
    assert get_definition("2") is sheet_2_v2  # the latest by default
    assert [c.key for c in sheet_2_v2.field("jobs").fields][-1] == "skills_gained"
    assert [c.key for c in old.field("jobs").fields][-1] == "learnings"  # the old one is untouched
    assert sheet_2_v2.field_at("jobs.skills_gained").box == old.field_at("jobs.learnings").box


def test_stored_entries_move_and_history_is_kept(sheet_2_v2, django_user_model):
    user = django_user_model.objects.create_user(email="jiro@example.jp", password="x")
    card = Card.objects.create(owner=user)
    entry = start_entry(card, "2", "2018.1")
    v1 = copy.deepcopy(GOOD["2"])
    save_version(entry, v1, 0, user)
    v2 = copy.deepcopy(v1)
    v2["jobs"][0]["learnings"] = "集計の力が付きました。"
    save_version(entry, v2, 1, user)
    draft = copy.deepcopy(v2)
    draft["jobs"][1]["learnings"] = "下書き中"
    from sheets.services import save_draft

    save_draft(entry, draft, 2, user)
    untouched = start_entry(Card.objects.create(owner=user), "1-1")  # another sheet: not moved
    at_old = SheetEntry.objects.filter(sheet_code="2", definition_version="2018.1").count()  # demo cards too

    moved = data_migrations.migrate_stored_entries("2", NEW)

    assert moved == at_old and at_old >= 1
    entry.refresh_from_db()
    assert entry.definition_version == NEW
    assert entry.lock_version == 4  # editors open on the old version must reload
    assert entry.saved_data["jobs"][0]["skills_gained"] == "集計の力が付きました。"
    assert all("learnings" not in row for row in entry.saved_data["jobs"])
    assert entry.draft_data["jobs"][1]["skills_gained"] == "下書き中"
    assert validate(sheet_2_v2, entry.saved_data).errors == {}
    # Every earlier revision is kept as it was written, plus one recording the migration.
    revisions = list(entry.revisions.order_by("pk"))
    assert [(r.kind, r.definition_version) for r in revisions] == [
        ("save", "2018.1"),
        ("save", "2018.1"),
        ("migration", NEW),
    ]
    assert revisions[0].data == v1
    assert "2018.1 → 2099.1" in revisions[2].summary
    # Running it again moves nothing.
    assert data_migrations.migrate_stored_entries("2", NEW) == 0
    untouched.refresh_from_db()
    assert untouched.definition_version == "2018.1"
    # An old revision restored is migrated forward first.
    result = restore_revision(entry, revisions[0], entry.lock_version, user)
    assert result.revision.kind == SheetRevision.Kind.RESTORE
    assert result.revision.definition_version == NEW
    assert entry.saved_data["jobs"][0]["skills_gained"] == v1["jobs"][0]["learnings"]


def test_migration_paths():
    calls = []
    step1 = data_migrations.register("9", "2018.1", "2019.1")(lambda d: calls.append(1) or {**d, "a": 1})
    step2 = data_migrations.register("9", "2019.1", "2020.1")(lambda d: calls.append(2) or {**d, "b": 2})
    try:
        original = {"x": 0}
        assert data_migrations.migrate_data("9", "2018.1", "2020.1", original) == {"x": 0, "a": 1, "b": 2}
        assert original == {"x": 0}
        assert calls == [1, 2]
        assert data_migrations.migrate_data("9", "2020.1", "2020.1", original) == original
        with pytest.raises(data_migrations.NoMigrationPath):
            data_migrations.migrate_data("9", "2020.1", "2021.1", original)
        with pytest.raises(ValueError):
            data_migrations.register("9", "2020.1", "2019.1")
        with pytest.raises(ValueError):
            data_migrations.register("9", "2018.1", "2019.1")(lambda d: d)
    finally:
        assert step1 and step2
        data_migrations.unregister("9", "2018.1", "2019.1")
        data_migrations.unregister("9", "2019.1", "2020.1")


def test_a_version_is_never_redefined():
    old = get_definition("2", "2018.1")
    definitions.register(old)  # the same definition again is harmless
    with pytest.raises(ValueError):
        definitions.register(old.evolve("2018.1", renames={"supplement": "notes"}))
