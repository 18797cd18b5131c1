"""The job tag import: complete (every file, every task), idempotent, versioned, and strict about
incomplete copies. The demo loader has already imported the vendored copy once for the session."""

import io
import json
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from occupations.importer import import_jobtag
from occupations.jobtag import DEFAULT_PATH, DataSetError, read_dataset
from occupations.models import DataVersion, Occupation, OccupationTask

pytestmark = pytest.mark.demo

CREDIT = (
    "『職業情報データベース 簡易版ダウンロードデータ ver.7.00』職業情報提供サイト（job tag）より"
    "2026年3月17日公開版をダウンロード（https://shigoto.mhlw.go.jp/User/download）を加工して作成"
)


def _files():
    return {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((DEFAULT_PATH / "occupations").glob("*.json"))
    }


@pytest.fixture
def copy(tmp_path):
    """A writable copy of the vendored data set."""
    target = tmp_path / "jobtag"
    shutil.copytree(DEFAULT_PATH, target)
    return target


@pytest.mark.django_db
def test_the_import_is_complete():
    assert Occupation.objects.count() == 556
    assert OccupationTask.objects.count() == 7501
    files = _files()
    assert len(files) == 556
    # Every file is an occupation with the same id, title and number of tasks, in order.
    for record in files.values():
        occupation = Occupation.objects.get(pk=record["id"])
        assert occupation.title == record["title_ja"]
        assert occupation.aliases == record["aliases_ja"]
        texts = list(occupation.tasks.values_list("text", flat=True))
        assert texts == [task["description_ja"] for task in record["tasks"]]
    with_interests = Occupation.objects.filter(interests__isnull=False).count()
    with_qualifications = sum(1 for o in Occupation.objects.only("qualifications") if o.qualifications)
    assert (with_interests, with_qualifications) == (482, 365)  # the README's counts


@pytest.mark.django_db
def test_the_data_version_is_recorded():
    version = DataVersion.current()
    assert version.version == "7.00"
    assert version.published_on.isoformat() == "2026-03-17"
    assert version.credit == CREDIT
    assert (version.occupation_count, version.task_count) == (556, 7501)
    assert len(version.checksum) == 64
    assert version.label("interests", "realistic") == "現実的"
    assert version.label("skills", "active_listening") == "傾聴力"
    assert not Occupation.objects.exclude(data_version=version).exists()


@pytest.mark.django_db
def test_a_second_run_changes_nothing():
    before = list(Occupation.objects.values_list("pk", "title", "search_key").order_by("pk"))
    task_ids = set(OccupationTask.objects.values_list("pk", flat=True))
    report = import_jobtag()
    assert report.skipped
    assert DataVersion.objects.count() == 1
    assert list(Occupation.objects.values_list("pk", "title", "search_key").order_by("pk")) == before
    assert set(OccupationTask.objects.values_list("pk", flat=True)) == task_ids


@pytest.mark.django_db
def test_a_forced_run_gives_the_same_rows():
    before = list(Occupation.objects.values_list("pk", "title", "interests", "qualifications").order_by("pk"))
    tasks = list(OccupationTask.objects.values_list("occupation_id", "position", "text").order_by("pk"))
    report = import_jobtag(force=True)
    assert not report.skipped
    assert (report.occupations, report.tasks, report.deleted) == (556, 7501, 0)
    assert DataVersion.objects.count() == 1
    after = list(Occupation.objects.values_list("pk", "title", "interests", "qualifications").order_by("pk"))
    assert after == before
    assert (
        list(OccupationTask.objects.values_list("occupation_id", "position", "text").order_by("pk")) == tasks
    )


@pytest.mark.django_db
def test_a_new_version_updates_in_place_and_removes_what_is_gone(copy):
    readme = copy / "README.md"
    first = copy / "occupations" / "0001.json"
    removed = json.loads(first.read_text(encoding="utf-8"))
    first.unlink()
    text = readme.read_text(encoding="utf-8")
    text = text.replace("556 occupations", "555 occupations").replace(
        "7,501 tasks", f"{7501 - len(removed['tasks']):,} tasks"
    )
    readme.write_text(text, encoding="utf-8")
    second = copy / "occupations" / "0002.json"
    record = json.loads(second.read_text(encoding="utf-8"))
    record["title_ja"] = "パン製造"
    second.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")

    report = import_jobtag(copy)
    assert (report.occupations, report.deleted) == (555, 1)
    assert not Occupation.objects.filter(pk=removed["id"]).exists()
    assert Occupation.objects.get(pk=2).title == "パン製造"
    assert DataVersion.objects.count() == 2  # the history of versions is kept
    assert DataVersion.current() == Occupation.objects.get(pk=2).data_version
    assert OccupationTask.objects.count() == 7501 - len(removed["tasks"])
    assert import_jobtag(copy).skipped


@pytest.mark.django_db
def test_an_incomplete_copy_is_refused(copy):
    (copy / "occupations" / "0003.json").unlink()
    with pytest.raises(DataSetError, match="occupations が 556 件"):
        read_dataset(copy)
    with pytest.raises(CommandError):
        call_command("import_jobtag", str(copy))
    assert Occupation.objects.count() == 556  # nothing changed


def test_a_copy_without_the_credit_line_is_refused(copy):
    readme = copy / "README.md"
    readme.write_text(
        "\n".join(
            line for line in readme.read_text(encoding="utf-8").splitlines() if not line.startswith(">")
        ),
        encoding="utf-8",
    )
    with pytest.raises(DataSetError, match="クレジット表記"):
        read_dataset(copy)


def test_a_broken_file_is_named(copy):
    (copy / "occupations" / "0004.json").write_text("{", encoding="utf-8")
    with pytest.raises(DataSetError, match=r"0004\.json"):
        read_dataset(copy)


@pytest.mark.django_db
def test_the_command_reports_in_japanese():
    out = io.StringIO()
    call_command("import_jobtag", stdout=out)
    assert "取り込み済みのため変更はありません（556 職業、7,501 タスク）" in out.getvalue()
