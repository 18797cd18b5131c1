"""Reading the job tag data set from a folder (no database here).

The folder is the one described in its README: ``README.md`` (with the credit line and the counts),
``occupations/NNNN.json`` (one occupation each) and ``labels/<dimension>.ja-en.json``. A copy is
vendored at ``occupations/data/jobtag/`` so a fresh clone works without ``../shared``.

``read_dataset`` checks what the site relies on and refuses an incomplete or inconsistent copy:
the credit line must be present (job tag's terms require it wherever the data is shown), every
file must parse, ids must be unique, and the number of occupations and tasks must equal the counts
the README states.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "jobtag"
SOURCE = "jobtag"


class DataSetError(Exception):
    """The folder is not a complete job tag data set; the message says why (in Japanese)."""


@dataclass
class DataSet:
    path: Path
    version: str
    published_on: datetime.date | None
    credit: str
    checksum: str
    records: list[dict] = field(default_factory=list)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def task_count(self) -> int:
        return sum(len(record.get("tasks") or []) for record in self.records)


def read_dataset(path: Path | str | None = None) -> DataSet:
    path = Path(path) if path else DEFAULT_PATH
    readme_path = path / "README.md"
    occupation_dir = path / "occupations"
    if not readme_path.is_file() or not occupation_dir.is_dir():
        raise DataSetError(f"{path} に README.md と occupations/ が見つかりません。")
    readme = readme_path.read_text(encoding="utf-8")
    credit = credit_line(readme)
    if not credit:
        raise DataSetError("README.md にクレジット表記（> で始まる行）が見つかりません。")

    digest = hashlib.sha256()
    digest.update(readme.encode("utf-8"))
    records = []
    for file in sorted(occupation_dir.glob("*.json")):
        raw = file.read_bytes()
        digest.update(file.name.encode() + b"\0" + raw)
        try:
            records.append(json.loads(raw))
        except ValueError as exc:
            raise DataSetError(f"{file.name} を JSON として読めません（{exc}）。") from exc
    labels = {}
    for file in sorted((path / "labels").glob("*.ja-en.json")):
        raw = file.read_bytes()
        digest.update(file.name.encode() + b"\0" + raw)
        data = json.loads(raw)
        labels[data["dimension"]] = {key: value["ja"] for key, value in data["labels"].items()}

    ids = [record.get("id") for record in records]
    if not records or len(set(ids)) != len(ids) or not all(isinstance(i, int) and i > 0 for i in ids):
        raise DataSetError("職業の番号（id）が欠けているか重複しています。")
    versions = {record.get("schema_version") for record in records}
    if len(versions) != 1:
        raise DataSetError(f"版の異なるファイルが混ざっています（{', '.join(sorted(map(str, versions)))}）。")

    dataset = DataSet(
        path=path,
        version=versions.pop(),
        published_on=_published_on(readme),
        credit=credit,
        checksum=digest.hexdigest(),
        records=records,
        labels=labels,
    )
    expected = expected_counts(readme)
    found = {"occupations": len(records), "tasks": dataset.task_count}
    for name, count in expected.items():
        if found[name] != count:
            raise DataSetError(
                f"README.md では {name} が {count:,} 件ですが、ファイルには {found[name]:,} 件あります。"
            )
    return dataset


def credit_line(readme: str) -> str:
    """The quoted credit line of the README (its ``>`` lines joined)."""
    lines = [line[1:].strip() for line in readme.splitlines() if line.startswith(">")]
    return "".join(lines)


def expected_counts(readme: str) -> dict[str, int]:
    counts = {}
    if match := re.search(r"^(\d[\d,]*) occupations", readme, re.MULTILINE):
        counts["occupations"] = int(match.group(1).replace(",", ""))
    if match := re.search(r"(\d[\d,]*) tasks in all", readme):
        counts["tasks"] = int(match.group(1).replace(",", ""))
    return counts


def _published_on(readme: str) -> datetime.date | None:
    match = re.search(r"published (\d{4}-\d{2}-\d{2})", readme)
    return datetime.date.fromisoformat(match.group(1)) if match else None
