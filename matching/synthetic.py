"""A synthetic population and synthetic postings from the job tag data set (no database needed).

Used by ``manage.py fairness_report`` and ``bench/matching.py``. Every person is a compact record:
the protected attributes the report groups by (gender, age band, a name, a graduation year — the
last a known proxy for age), and the allowed card content the feature builder reads (様式2 rows made
of job tag task lines of the occupations they worked in, 様式3-1 licences, an interest result, wishes).
Deterministic for a seed. The associations are deliberately realistic, not neutral: older people
have more and longer jobs and sometimes licences under their old names (ホームヘルパー2級), women
pick from one half of the occupations a little more often (60 / 40) and more often want short hours.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace

from occupations.jobtag import read_dataset

from .features import Job, PersonFeatures, Sources, build_features
from .postings import COUNT, PREFS, posting_fields
from .scoring import PostingFeatures
from .text import words

GENDERS = (("female", 0.48), ("male", 0.48), ("other", 0.04))
AGE_BANDS = ("20代", "30代", "40代", "50代", "60代")
JOBS_BY_AGE = {"20代": (1, 1), "30代": (1, 2), "40代": (2, 3), "50代": (2, 3), "60代": (2, 4)}
MONTHS_BY_AGE = {"20代": (6, 60), "30代": (12, 96), "40代": (24, 120), "50代": (24, 160), "60代": (24, 180)}
OLD_NAMES = {"介護職員初任者研修": "ホームヘルパー2級"}


@dataclass(frozen=True)
class Occ:
    id: int
    title: str
    interests: dict | None
    tasks: tuple[str, ...]  # by importance
    qualifications: tuple[str, ...]
    details: dict


@dataclass(frozen=True)
class SyntheticPerson:
    id: int
    gender: str
    age_band: str
    name: str
    graduation_year: int
    sources: Sources


@lru_cache(maxsize=1)
def occupations() -> tuple[Occ, ...]:
    out = []
    for record in read_dataset().records:
        interests = record.get("interests") or None
        tasks = [t for t in record.get("tasks") or [] if t.get("description_ja")]
        tasks.sort(key=lambda t: -(t.get("importance") or 0))
        if not interests or len(tasks) < 3:
            continue
        details = {k: record.get(k) for k in ("employment_type", "experience") if record.get(k)}
        out.append(
            Occ(
                id=record["id"],
                title=record["title_ja"].strip(),
                interests={k: v for k, v in interests.items() if isinstance(v, int | float)},
                tasks=tuple(t["description_ja"].strip() for t in tasks),
                qualifications=tuple(q.strip() for q in record.get("related_certs_ja") or [] if q.strip()),
                details=details,
            )
        )
    return tuple(out)


def postings(count: int = COUNT) -> list[PostingFeatures]:
    """Postings built exactly as the demo's (``matching.postings.posting_fields``), ``count`` of them."""
    occs = occupations()
    step = max(1, len(occs) // min(count, len(occs)))
    out = []
    for n in range(count):
        occ = occs[(n * step + n // len(occs)) % len(occs)]
        fake = SimpleNamespace(
            pk=occ.id, title=occ.title, details=occ.details, qualifications=occ.qualifications
        )
        f = posting_fields(fake, list(occ.tasks), n)
        out.append(
            PostingFeatures(
                id=n + 1,
                occupation_id=occ.id,
                occupation_title=occ.title,
                lines=tuple((line, words(line)) for line in f["duties"]),
                required=tuple(f["required_licences"]),
                preferred=tuple(f["preferred_licences"]),
                experience_years=f["experience_years"],
                interests=occ.interests,
                prefecture=f["prefecture"],
                remote=f["remote"],
                employment_type=str(f["employment_type"]),
                hours_per_week=f["hours_per_week"],
            )
        )
    return out


def _pick(rng: random.Random, weighted):
    x, acc = rng.random(), 0.0
    for value, weight in weighted:
        acc += weight
        if x < acc:
            return value
    return weighted[-1][0]


def person(n: int, seed: int = 19) -> SyntheticPerson:
    rng = random.Random(f"{seed}:{n}")
    occs = occupations()
    half = len(occs) // 2
    gender = _pick(rng, GENDERS)
    age = rng.choice(AGE_BANDS)
    lean_first = {"female": 0.6, "male": 0.4}.get(gender, 0.5)
    jobs, licences, worked = [], [], []
    low, high = JOBS_BY_AGE[age]
    for _ in range(rng.randint(low, high)):
        first_half = rng.random() < lean_first
        occ = occs[rng.randrange(0, half) if first_half else rng.randrange(half, len(occs))]
        worked.append(occ)
        lines = rng.sample(occ.tasks, k=min(len(occ.tasks), rng.randint(2, 5)))
        months = rng.randint(*MONTHS_BY_AGE[age])
        jobs.append(Job("\n".join(lines), months, rng.choice(("regular", "contract", "part_time"))))
        if occ.qualifications and rng.random() < 0.6:
            name = occ.qualifications[0]
            if age in ("50代", "60代") and name in OLD_NAMES:
                name = OLD_NAMES[name]
            licences.append(name)
    if rng.random() < 0.7:
        licences.append("普通自動車第一種運転免許")
    interests = ()
    if rng.random() < 0.7:
        base = worked[-1].interests
        interests = tuple(
            (k, round(min(5.0, max(1.0, (base.get(k) or 3) + rng.gauss(0, 0.5))), 2)) for k in sorted(base)
        )
    short_hours = rng.random() < {"female": 0.2, "male": 0.1}.get(gender, 0.15)
    sources = Sources(
        jobs=tuple(jobs),
        licence_names=tuple(licences),
        interest_scores=interests,
        prefecture=rng.choice(PREFS) if rng.random() < 0.8 else "",
        remote_ok=rng.random() < 0.3,
        employment_types=tuple(
            rng.sample(("regular", "contract", "part_time", "dispatched"), k=rng.randint(1, 3))
        ),
        max_hours_per_week=30 if short_hours else None,
    )
    birth_decade = {"20代": 2000, "30代": 1990, "40代": 1980, "50代": 1970, "60代": 1960}[age]
    return SyntheticPerson(
        id=n,
        gender=gender,
        age_band=age,
        name=f"合成{n}",
        graduation_year=birth_decade + rng.randint(18, 27),
        sources=sources,
    )


def population(size: int, seed: int = 19) -> list[SyntheticPerson]:
    return [person(n, seed) for n in range(size)]


def features(p: SyntheticPerson) -> PersonFeatures:
    # Synthetic people choose no occupations in their matching settings: experience is inferred.
    return build_features(p.sources, task_words=frozenset())
