"""What the score may read about a person — built from allowed fields only.

Fair by construction: ``Sources`` is the *only* input of ``build_features`` and it has no place for
a name, birth date or age, gender, photo, address or nationality (``PROTECTED``). ``sources_for``
fills it from 様式2 (duties, learnings, periods, employment type — not the company name), 様式3-1
(licence names and status), the diagnosis' interest scores and the person's ``MatchingProfile``
wishes; it never opens ``accounts.Profile``, the résumé photo or the sheet headers. The tests check
both the field names and counterfactuals (changing a protected attribute changes no score).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, fields
from functools import cached_property

from content.taxonomy import Sheet

from . import licences
from .text import words

PROTECTED = frozenset(
    {"name", "first_name", "last_name", "birth_date", "age", "gender", "photo", "address", "nationality"}
)


@dataclass(frozen=True)
class Job:
    """One 様式2 row, without the company name."""

    duties: str
    months: int
    employment_type: str = ""


@dataclass(frozen=True)
class Sources:
    jobs: tuple[Job, ...] = ()
    licence_names: tuple[str, ...] = ()  # acquired (取得) licences only
    interest_scores: tuple[tuple[str, float], ...] = ()  # RIASEC key → 1–5 mean
    # The interest check was taken but shows no tendency (diagnosis.scoring.is_clear: e.g. every
    # answer 「どちらともいえない」): its scores are not used, and the interest part says why.
    interest_unclear: bool = False
    occupations: tuple[tuple[int, int], ...] = ()  # (job tag id, years) chosen by the person
    prefecture: str = ""  # the *wished* workplace, not the address
    remote_ok: bool = False
    employment_types: tuple[str, ...] = ()
    max_hours_per_week: int | None = None


@dataclass(frozen=True)
class PersonFeatures:
    job_words: tuple[tuple[frozenset[str], int], ...]  # per 様式2 row: its words, its months
    history_words: frozenset[str]  # all 様式2 words
    task_words: frozenset[str]  # words of the job tag tasks of the occupations the person chose
    licences: frozenset[str]  # normalised names
    licence_labels: tuple[str, ...]
    interests: dict[str, float] | None
    occupation_years: dict[int, int]
    prefecture: str
    remote_ok: bool
    employment_types: frozenset[str]
    max_hours_per_week: int | None
    interests_unclear: bool = False  # taken, but no tendency: ``interests`` is None

    @cached_property
    def interest_unit(self):
        from .scoring import unit_profile

        return unit_profile(self.interests)


def field_names() -> set[str]:
    return {f.name for f in fields(Sources)} | {f.name for f in fields(PersonFeatures)}


def _months(start: str, end: str, today: datetime.date) -> int:
    def parse(value):
        try:
            year, month = str(value).split("-")[:2]
            return int(year) * 12 + int(month)
        except (TypeError, ValueError):
            return None

    a = parse(start)
    b = parse(end) if end and end != "present" else today.year * 12 + today.month
    return max(0, b - a + 1) if a and b else 0


def _task_words(occupation_ids) -> frozenset[str]:
    from occupations.models import OccupationTask

    out: set[str] = set()
    for text in OccupationTask.objects.filter(occupation_id__in=list(occupation_ids)).values_list(
        "text", flat=True
    ):
        out |= words(text)
    return frozenset(out)


def build_features(sources: Sources, task_words: frozenset[str] | None = None) -> PersonFeatures:
    job_words = tuple((words(job.duties), job.months) for job in sources.jobs)
    history = frozenset().union(*(w for w, _m in job_words)) if job_words else frozenset()
    if task_words is None:
        task_words = (
            _task_words(oid for oid, _y in sources.occupations) if sources.occupations else frozenset()
        )
    return PersonFeatures(
        job_words=job_words,
        history_words=history,
        task_words=task_words,
        licences=frozenset(licences.normalise(n) for n in sources.licence_names if n.strip()),
        licence_labels=tuple(n for n in sources.licence_names if n.strip()),
        interests=dict(sources.interest_scores) or None,
        interests_unclear=sources.interest_unclear and not sources.interest_scores,
        occupation_years=dict(sources.occupations),
        prefecture=sources.prefecture,
        remote_ok=sources.remote_ok,
        employment_types=frozenset(sources.employment_types),
        max_hours_per_week=sources.max_hours_per_week,
    )


def sources_for(user, today: datetime.date | None = None) -> Sources:
    """Read the allowed fields of a signed-in person's card, diagnosis and matching settings."""
    from diagnosis.models import DiagnosisResult
    from diagnosis.scoring import is_clear
    from sheets.models import SheetEntry

    from .models import MatchingProfile

    today = today or datetime.date.today()
    entries = {
        e.sheet_code: (e.saved_data or {})
        for e in SheetEntry.objects.filter(
            card__owner=user, sheet_code__in=[Sheet.WORK_HISTORY.value, Sheet.QUALIFICATIONS.value]
        ).only("sheet_code", "saved_data")
    }
    history = entries.get(Sheet.WORK_HISTORY.value, {}).get("jobs") or []
    jobs = tuple(
        Job(
            duties="\n".join(filter(None, [row.get("duties") or "", row.get("learnings") or ""])),
            months=_months(row.get("period_from"), row.get("period_to"), today),
            employment_type=row.get("employment_type") or "",
        )
        for row in history
        if isinstance(row, dict)
    )
    quals = entries.get(Sheet.QUALIFICATIONS.value, {}).get("qualifications") or []
    names = tuple(
        row.get("name") or ""
        for row in quals
        if isinstance(row, dict) and (row.get("status") or "acquired") == "acquired"
    )
    result = DiagnosisResult.objects.filter(owner=user).only("interest").first()
    stored = (result.interest or {}) if result else {}
    scores = stored.get("scores") or {}
    # An answerer without a tendency (all 「どちらともいえない」, or nearly flat) has no interest
    # type: as on the result page (diagnosis.presentation), the scores are not used.
    unclear = bool(scores) and (stored.get("clear") is False or not is_clear(scores))
    interest = () if unclear else tuple(sorted(scores.items()))
    profile = MatchingProfile.objects.filter(user=user).first()
    if profile is None:
        return Sources(jobs=jobs, licence_names=names, interest_scores=interest, interest_unclear=unclear)
    occupations = tuple(
        (int(item["id"]), int(item.get("years") or 0))
        for item in profile.occupations or []
        if isinstance(item, dict) and str(item.get("id", "")).isdigit()
    )
    return Sources(
        jobs=jobs,
        licence_names=names,
        interest_scores=interest,
        interest_unclear=unclear,
        occupations=occupations,
        prefecture=profile.prefecture,
        remote_ok=profile.remote_ok,
        employment_types=tuple(profile.employment_types or ()),
        max_hours_per_week=profile.max_hours_per_week,
    )
