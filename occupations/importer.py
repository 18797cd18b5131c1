"""Import the job tag data set into the database (``manage.py import_jobtag``, the demo loader).

Idempotent: a data set whose files have the same checksum as an already imported version, with
every row in place, is skipped. Otherwise, in one transaction, occupations are upserted by their
job tag id (one ``bulk_create(update_conflicts=True)``), occupations no longer in the data set are
deleted, and the task lines are replaced (one ``bulk_create``). The ``DataVersion`` row records
version, publication date, credit line, checksum and counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from . import search
from .jobtag import SOURCE, DataSet, read_dataset
from .models import DataVersion, Occupation, OccupationTask

_DETAIL_KEYS = (
    "work_characteristics",
    "work_activities",
    "education_distribution",
    "training_pre",
    "training_post",
    "experience",
    "employment_type",
)


@dataclass
class ImportReport:
    version: DataVersion
    skipped: bool
    occupations: int
    tasks: int
    deleted: int = 0

    def __str__(self):
        if self.skipped:
            return (
                f"job tag {self.version.version}: 取り込み済みのため変更はありません"
                f"（{self.occupations:,} 職業、{self.tasks:,} タスク）。"
            )
        return (
            f"job tag {self.version.version} を取り込みました：{self.occupations:,} 職業、"
            f"{self.tasks:,} タスク（削除 {self.deleted:,} 職業）。"
        )


def import_jobtag(path: Path | str | None = None, *, force: bool = False) -> ImportReport:
    dataset = read_dataset(path)
    with transaction.atomic():
        version = DataVersion.objects.filter(source=SOURCE, checksum=dataset.checksum).first()
        if version is not None and not force and _in_place(version):
            return ImportReport(version, True, version.occupation_count, version.task_count)
        version = _save_version(version, dataset)
        occupations = [_occupation(record, version) for record in dataset.records]
        fields = [f.name for f in Occupation._meta.concrete_fields if not f.primary_key]
        Occupation.objects.bulk_create(
            occupations, batch_size=200, update_conflicts=True, unique_fields=["id"], update_fields=fields
        )
        ids = [occupation.pk for occupation in occupations]
        _count, by_model = Occupation.objects.exclude(pk__in=ids).delete()
        deleted = by_model.get(Occupation._meta.label, 0)
        OccupationTask.objects.all().delete()
        tasks = [task for record in dataset.records for task in _tasks(record)]
        OccupationTask.objects.bulk_create(tasks, batch_size=1000)
    return ImportReport(version, False, len(occupations), len(tasks), deleted=deleted)


def _in_place(version: DataVersion) -> bool:
    return (
        Occupation.objects.count() == version.occupation_count
        and not Occupation.objects.exclude(data_version=version).exists()
        and OccupationTask.objects.count() == version.task_count
        and DataVersion.current() == version
    )


def _save_version(version: DataVersion | None, dataset: DataSet) -> DataVersion:
    version = version or DataVersion(source=SOURCE, checksum=dataset.checksum)
    version.version = dataset.version
    version.published_on = dataset.published_on
    version.credit = dataset.credit
    version.occupation_count = len(dataset.records)
    version.task_count = dataset.task_count
    version.labels = dataset.labels
    version.save()  # imported_at is auto_now: this version becomes the current one
    return version


def _occupation(record: dict, version: DataVersion) -> Occupation:
    description = record.get("description") or {}
    classifications = record.get("classifications") or {}
    mhlw_code = classifications.get("mhlw_main") or ""
    title = record["title_ja"].strip()
    aliases = [alias.strip() for alias in record.get("aliases_ja") or [] if alias and alias.strip()]
    summary = (description.get("summary_ja") or "").strip()
    return Occupation(
        id=record["id"],
        ipd_id=record.get("ipd_id") or f"jobtag-{record['id']}",
        title=title,
        aliases=aliases,
        summary=summary,
        description=(description.get("what_it_is_ja") or "").strip(),
        how_to_become=(description.get("how_to_become_ja") or "").strip(),
        working_conditions=(description.get("working_conditions_ja") or "").strip(),
        tasks_lead=(record.get("tasks_lead_ja") or "").strip(),
        mhlw_code=mhlw_code,
        group=mhlw_code[:2],
        jsoc_code=classifications.get("jsoc_main") or "",
        interests=_profile(record.get("interests")),
        work_values=_profile(record.get("work_values")),
        skills=_profile(record.get("skills")),
        knowledge=_profile(record.get("knowledge")),
        abilities=_profile(record.get("abilities")),
        details={key: record[key] for key in _DETAIL_KEYS if record.get(key)},
        qualifications=list(
            dict.fromkeys(q.strip() for q in record.get("related_certs_ja") or [] if q.strip())
        ),
        related_orgs=record.get("related_orgs") or [],
        jobtag_url=record.get("url") or "",
        search_key=search.names_key(title, aliases),
        search_reading=search.readings_key(title, aliases),
        search_body=search.fold(summary),
        data_version=version,
    )


def _profile(values: dict | None) -> dict | None:
    """A numeric profile without its missing values; ``None`` when nothing is left."""
    if not values:
        return None
    kept = {key: value for key, value in values.items() if isinstance(value, int | float)}
    return kept or None


def _tasks(record: dict) -> list[OccupationTask]:
    return [
        OccupationTask(
            occupation_id=record["id"],
            number=task.get("task_id") or position,
            position=position,
            text=task["description_ja"].strip(),
            execution_rate=task.get("execution_rate"),
            importance=task.get("importance"),
        )
        for position, task in enumerate(record.get("tasks") or [], start=1)
        if (task.get("description_ja") or "").strip()
    ]
