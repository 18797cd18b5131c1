"""Top postings for one person among many, exactly, without scoring every posting in full.

Postings are grouped by what the person-dependent heavy parts read — the occupation, the duty lines
and the experience asked (a *signature*). For one person, each signature's duties + experience +
interests are computed once; a posting then only adds its licences (cached per licence list) and
its conditions (three comparisons). Signatures are visited best upper bound first (their points +
the 20 licence and 15 condition points at most); the walk stops when no remaining signature can beat
the k-th best. The result equals ``scoring.rank`` (tested); see bench/matching.py for the figures.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass

from .features import PersonFeatures
from .scoring import (
    EMPLOYMENT,
    HOURS,
    PLACE,
    _licence_points,
    signature_points,
)


@dataclass
class PostingIndex:
    groups: dict  # signature → list of postings
    representatives: dict  # signature → one posting of it

    @classmethod
    def build(cls, postings) -> PostingIndex:
        groups = defaultdict(list)
        for posting in postings:
            groups[(posting.occupation_id, posting.lines, posting.experience_years)].append(posting)
        return cls(dict(groups), {sig: items[0] for sig, items in groups.items()})


def top_postings(person: PersonFeatures, index: PostingIndex, k: int = 20) -> list[tuple[float, int]]:
    """[(total, posting id)] best first, ties by posting id — as ``scoring.rank``."""
    bounds = sorted(
        ((signature_points(person, rep), sig) for sig, rep in index.representatives.items()),
        key=lambda item: -item[0],
    )
    heap: list[tuple[float, int]] = []  # (total, -id): the smallest is the k-th best
    licence_cache: dict = {}
    prefecture, remote_ok = person.prefecture, person.remote_ok
    types, max_hours = person.employment_types, person.max_hours_per_week
    for base, sig in bounds:
        if len(heap) == k and base + 35 < heap[0][0]:
            break
        for posting in index.groups[sig]:
            key = (posting.required, posting.preferred)
            licence = licence_cache.get(key)
            if licence is None:
                licence = licence_cache[key] = _licence_points(person, posting)
            conditions = 0.0
            if not prefecture or prefecture == posting.prefecture or (posting.remote and remote_ok):
                conditions += PLACE
            if not types or posting.employment_type in types:
                conditions += EMPLOYMENT
            if max_hours is None or posting.hours_per_week <= max_hours:
                conditions += HOURS
            item = (base + licence + conditions, -posting.id)
            if len(heap) < k:
                heapq.heappush(heap, item)
            elif item > heap[0]:
                heapq.heapreplace(heap, item)
    return [(total, -neg) for total, neg in sorted(heap, reverse=True)]
