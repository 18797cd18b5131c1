"""Where each part of the 履歴書 and the 職務経歴書 comes from in the Job Card sheets.

This is the one module outside ``sheets/definitions`` that names a sheet's fields: everything else
in ``resumes`` asks it. The free-text boxes are found through their ``SheetBox`` (so a renamed
key still resolves); the dated rows (期間, 学校名, 会社名, 取得年月 …) have no box and are named
here, once. ``tests/resumes/test_mapping.py`` checks every path against the current definitions
and that every choice of a status field has a wording below, so a new version of a sheet that
moves or renames a field fails the tests instead of silently dropping a line.

| 書類の部分 | 様式 | where |
| --- | --- | --- |
| 履歴書 学歴 | 3-2 | ``studies`` (入学 / 卒業…), then ``trainings`` (入校 / 修了…) |
| 履歴書 職歴, 職務経歴書 職務経歴 | 2 | ``jobs``: 期間, 会社名, 所属, 雇用形態; 職務内容, 学んだこと by box |
| 履歴書 免許・資格, 職務経歴書 資格 | 3-1 | ``qualifications``: 名称, 取得年月, 状態 |
| 履歴書 アピールポイント, 職務経歴書 自己PR | 1-1 (else 1-2) | the box ``SheetBox.STRENGTHS`` |
| 職務経歴書 職務要約 | 2 | built from ``jobs`` (+ ``supplement``) |
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from content.taxonomy import Sheet, SheetBox
from sheets.definitions import PRESENT, get_definition
from sheets.definitions.base import FieldType


@dataclass(frozen=True)
class Rows:
    """A repeat field of a sheet read as dated rows of a résumé."""

    sheet: str  # sheet code
    repeat: str  # key of the repeat field
    start: str  # child key: the year-month the row starts (or was obtained)
    end: str | None  # child key: the year-month it ended (may be 「現在」)
    title: tuple[str, ...]  # child keys joined with a full-width space to name the row
    status: str | None = None  # child key of a choice field
    extra: tuple[str, ...] = ()  # other child keys the documents read (see ``JOB_*`` below)

    @property
    def child_keys(self) -> tuple[str, ...]:
        keys = (self.start, self.end, *self.title, self.status, *self.extra)
        return tuple(k for k in keys if k)

    def paths(self) -> list[str]:
        return [f"{self.repeat}.{key}" for key in self.child_keys]

    def definition(self):
        return get_definition(self.sheet)

    def choice_labels(self, key: str) -> dict[str, str]:
        return self.definition().field_at((self.repeat, key)).choice_labels


# 学歴 ----------------------------------------------------------------------------------------
STUDIES = Rows(
    Sheet.LEARNING.value,
    "studies",
    start="period_from",
    end="period_to",
    title=("school_name", "faculty"),
    status="status",
)
TRAININGS = Rows(
    Sheet.LEARNING.value,
    "trainings",
    start="period_from",
    end="period_to",
    title=("institution", "course"),
    status="status",
)

# 職歴 ----------------------------------------------------------------------------------------
JOB_COMPANY = "company_name"
JOB_DEPARTMENT = "department"
JOB_EMPLOYMENT = "employment_type"
JOBS = Rows(
    Sheet.WORK_HISTORY.value,
    "jobs",
    start="period_from",
    end="period_to",
    title=(JOB_COMPANY,),
    extra=(JOB_DEPARTMENT, JOB_EMPLOYMENT),
)
JOB_DUTIES_BOX = SheetBox.JOB_DUTIES
JOB_LEARNINGS_BOX = SheetBox.JOB_LEARNINGS
WORK_SUPPLEMENT = (Sheet.WORK_HISTORY.value, "supplement")

# 免許・資格 ------------------------------------------------------------------------------------
QUALIFICATIONS = Rows(
    Sheet.QUALIFICATIONS.value,
    "qualifications",
    start="acquired",
    end=None,
    title=("name",),
    status="status",
)

# アピールポイント / 自己PR: the first of these sheets that has the box filled in.
STRENGTHS_BOX = SheetBox.STRENGTHS
STRENGTHS_SHEETS = (Sheet.CAREER_PLAN_EXPERIENCED.value, Sheet.CAREER_PLAN_STUDENT.value)

# Every sheet the documents read.
SHEETS = (
    Sheet.CAREER_PLAN_EXPERIENCED.value,
    Sheet.CAREER_PLAN_STUDENT.value,
    Sheet.WORK_HISTORY.value,
    Sheet.QUALIFICATIONS.value,
    Sheet.LEARNING.value,
)


# The words a 履歴書 uses (by the status choice's stored value) --------------------------------
@dataclass(frozen=True)
class Wording:
    start: str  # the word after the name on the start line (入学, 入社 …); "" for none
    end: dict[str, str] = field(default_factory=dict)  # status value → word on the end line
    end_default: str = ""  # when the row has no status
    dated_end: frozenset[str] = frozenset()  # statuses whose end line carries the end year-month
    single_line: frozenset[str] = frozenset()  # statuses written as one line on the start month
    excluded_by_default: frozenset[str] = frozenset()  # statuses left out unless chosen


STUDY_WORDING = Wording(
    start=_("入学"),
    end={
        "graduated": _("卒業"),
        "completed": _("修了"),
        "withdrew": _("中途退学"),
        "enrolled": _("在学中"),
        "expected": _("卒業見込み"),
    },
    end_default=_("卒業"),
    dated_end=frozenset({"graduated", "completed", "withdrew", "expected"}),
)
TRAINING_WORDING = Wording(
    start=_("入校"),
    end={
        "completed": _("修了"),
        "withdrew": _("中途退校"),
        "attending": _("受講中"),
        "scheduled": _("受講予定"),
    },
    end_default=_("修了"),
    dated_end=frozenset({"completed", "withdrew"}),
    single_line=frozenset({"scheduled"}),
    excluded_by_default=frozenset({"scheduled"}),
)
JOB_WORDING = Wording(start=_("入社"), end_default=_("退社"))
QUALIFICATION_WORDING = Wording(
    start="",
    end={
        "acquired": _("取得"),
        "scheduled": _("受験予定"),
        "expired": _("失効"),
        "partial": _("一部合格"),
    },
    end_default=_("取得"),
    excluded_by_default=frozenset({"expired"}),
)
WORDINGS = {
    STUDIES: STUDY_WORDING,
    TRAININGS: TRAINING_WORDING,
    JOBS: JOB_WORDING,
    QUALIFICATIONS: QUALIFICATION_WORDING,
}


# Reading stored sheet data -------------------------------------------------------------------
@dataclass(frozen=True)
class SourceRow:
    """One row of a repeat, read through ``Rows``. ``id`` is stable while its dates and name are."""

    id: str
    source: Rows
    start: str  # "YYYY-MM" or ""
    end: str  # "YYYY-MM", ``PRESENT`` or ""
    title: str
    status: str
    values: dict  # the whole stored row

    @property
    def is_present(self) -> bool:
        return self.end == PRESENT

    @property
    def excluded_by_default(self) -> bool:
        return self.status in WORDINGS[self.source].excluded_by_default

    def get(self, key: str) -> str:
        value = self.values.get(key)
        return value if isinstance(value, str) else ""


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def row_id(source: Rows, row: dict) -> str:
    basis = [source.sheet, source.repeat, _text(row.get(source.start))]
    basis += [_text(row.get(key)) for key in source.title]
    digest = hashlib.sha256(json.dumps(basis, ensure_ascii=False).encode()).hexdigest()
    return f"{source.repeat}-{digest[:10]}"


def rows(sheets: dict[str, dict], source: Rows) -> list[SourceRow]:
    """The non-empty rows of ``source`` in ``sheets`` (code → stored data), oldest first."""
    data = sheets.get(source.sheet) or {}
    found = []
    seen: dict[str, int] = {}
    for row in data.get(source.repeat) or []:
        if not isinstance(row, dict):
            continue
        title = "　".join(t for t in (_text(row.get(key)) for key in source.title) if t)
        start = _text(row.get(source.start))
        if not title and not start:
            continue
        rid = row_id(source, row)
        seen[rid] = seen.get(rid, 0) + 1
        if seen[rid] > 1:  # two identical rows: keep both, with distinct ids
            rid = f"{rid}-{seen[rid]}"
        found.append(
            SourceRow(
                id=rid,
                source=source,
                start=start,
                end=_text(row.get(source.end)) if source.end else "",
                title=title,
                status=_text(row.get(source.status)) if source.status else "",
                values=row,
            )
        )
    # Stable: rows without a start date keep their place after the dated ones.
    found.sort(key=lambda r: (r.start == "", r.start))
    return found


def box_key(sheet: str, box: SheetBox, within: str | None = None) -> tuple[str, ...] | None:
    """The path (without row indexes) of the field that is ``box`` in the sheet's latest version."""
    for leaf in get_definition(sheet).leaves():
        if leaf.field.box == box and (within is None or leaf.path[0] == within):
            return tuple(p for p in leaf.path if p != "*")
    return None


def row_box_text(row: SourceRow, box: SheetBox) -> str:
    path = box_key(row.source.sheet, box, within=row.source.repeat)
    return _text(row.values.get(path[-1])) if path else ""


def strengths(sheets: dict[str, dict]) -> str:
    """The 強み等 box of 1-1, else of 1-2."""
    for code in STRENGTHS_SHEETS:
        path = box_key(code, STRENGTHS_BOX)
        if path and len(path) == 1:
            value = _text((sheets.get(code) or {}).get(path[0]))
            if value:
                return value
    return ""


def work_supplement(sheets: dict[str, dict]) -> str:
    code, key = WORK_SUPPLEMENT
    return _text((sheets.get(code) or {}).get(key))


def employment_label(row: SourceRow) -> str:
    return JOBS.choice_labels(JOB_EMPLOYMENT).get(row.get(JOB_EMPLOYMENT), "")


def named_paths() -> list[tuple[str, str]]:
    """Every (sheet, dotted path) this module names, for the test that they exist."""
    paths = [(source.sheet, path) for source in WORDINGS for path in source.paths()]
    paths.append(WORK_SUPPLEMENT)
    return paths


def status_fields() -> list[tuple[Rows, Wording]]:
    return [(source, wording) for source, wording in WORDINGS.items() if source.status]


def is_choice(source: Rows, key: str) -> bool:
    return source.definition().field_at((source.repeat, key)).type == FieldType.CHOICE
