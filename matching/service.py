"""Recommendations for one person: build their features once, score the published postings."""

from __future__ import annotations

from .features import build_features, sources_for
from .models import JobPosting
from .scoring import Match, posting_features, rank, score


def published():
    return JobPosting.objects.filter(status=JobPosting.Status.PUBLISHED).select_related("occupation")


def recommendations(user, k: int = 20) -> list[tuple[JobPosting, Match]]:
    person = build_features(sources_for(user))
    postings = {p.pk: p for p in published()}
    matches = rank(person, (posting_features(p) for p in postings.values()), k=k)
    return [(postings[m.posting_id], m) for m in matches]


def match_for(user, posting: JobPosting) -> Match:
    return score(build_features(sources_for(user)), posting_features(posting))
