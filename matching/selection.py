"""Which candidates a company sees for a posting: the best matches, with seats kept for people early
in their working life.

Why: a person's chance to be listed grows with the breadth of their 様式2 — each occupation worked in
makes them a candidate for that occupation's postings — and breadth comes with age. Scored alone, the
fairness report's age-band ratio was 0.31 (docs/features/matching.md). So a share of the list
(``MATCHING_NEWCOMER_SHARE``) goes to the best-scoring people whose 様式2 has at most
``NEWCOMER_MAX_ROWS`` rows — chosen by the card (an allowed field), never by age — provided they
reach ``NEWCOMER_MIN_POINTS``; seats nobody fills go back to the best matches. The list stays in
score order and each seat says which way it was filled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from django.conf import settings

T = TypeVar("T")

NEWCOMER_MAX_ROWS = 1
NEWCOMER_MIN_POINTS = 30.0  # of 100: a newcomer seat still needs a real match


def shortlist(
    ranked: Sequence[T],
    k: int,
    *,
    total: Callable[[T], float],
    rows: Callable[[T], int],
    share: float | None = None,
) -> list[tuple[T, bool]]:
    """The k items to show from ``ranked`` (best first): ``(item, through_newcomer_seat)``."""
    share = settings.MATCHING_NEWCOMER_SHARE if share is None else share
    seats = min(k, round(k * share))
    best = list(ranked[: k - seats])
    chosen = {id(item) for item in best}
    newcomers = []
    for item in ranked[k - seats :]:
        if len(newcomers) == seats:
            break
        if rows(item) <= NEWCOMER_MAX_ROWS and total(item) >= NEWCOMER_MIN_POINTS:
            newcomers.append(item)
            chosen.add(id(item))
    # Seats no newcomer filled go back to the next best matches.
    rest = [item for item in ranked[k - seats :] if id(item) not in chosen][: seats - len(newcomers)]
    marked = {id(item) for item in newcomers}
    out = [(item, id(item) in marked) for item in best + newcomers + rest]
    out.sort(key=lambda pair: -total(pair[0]))  # stable: ties keep the ranked order
    return out
