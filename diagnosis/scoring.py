"""Scoring a check: the mean answer per dimension (1–5), its top dimensions and, for the
interest check, the three-letter code.

Every item must be answered with one of the scale's values (the form makes sure); ``score``
refuses anything else. Ties keep the checks' own dimension order (R, I, A, S, E, C for interests)
and are reported, so the page can say that the order of tied types could go either way.
"""

from __future__ import annotations

from dataclasses import dataclass

from .questions import CHECKS, INTEREST, Check

# A profile whose highest and lowest dimension differ by less than this has no clear shape.
FLAT_SPREAD = 0.5
# The highest and the fourth-highest dimension closer than this: no three stand out (near-tied).
NEAR_TIE = 0.3


def is_clear(scores: dict[str, float]) -> bool:
    """Whether the answers show a tendency: not flat, and the top three stand out from the fourth."""
    ranked = sorted((float(value) for value in scores.values()), reverse=True)
    if not ranked or ranked[0] - ranked[-1] < FLAT_SPREAD:
        return False
    return len(ranked) < 4 or ranked[0] - ranked[3] >= NEAR_TIE


class IncompleteAnswers(ValueError):
    pass


@dataclass(frozen=True)
class CheckResult:
    kind: str
    version: str
    scores: dict[str, float]  # dimension key → mean answer, 1.0–5.0 (2 decimals)
    top: tuple[str, ...]  # the three highest dimension keys; () when the answers are not clear
    code: str  # interest check: e.g. "SAE"; other checks and unclear answers: ""
    tied: bool  # the third and fourth places (or places within the top three) are equal
    flat: bool  # all dimensions within FLAT_SPREAD of each other
    clear: bool = True  # see is_clear(): no code, no top list and no ranking when False

    def as_json(self) -> dict:
        return {
            "version": self.version,
            "scores": self.scores,
            "top": list(self.top),
            "code": self.code,
            "tied": self.tied,
            "flat": self.flat,
            "clear": self.clear,
        }


def score(kind: str, answers: dict[str, int]) -> CheckResult:
    check: Check = CHECKS[kind]
    allowed = {value for value, _label in check.scale}
    totals: dict[str, list[int]] = {key: [] for key in check.keys}
    for item in check.items:
        value = answers.get(item.id)
        if value not in allowed:
            raise IncompleteAnswers(item.id)
        totals[item.dimension].append(value)
    scores = {key: round(sum(values) / len(values), 2) for key, values in totals.items()}
    ranked = sorted(check.keys, key=lambda key: (-scores[key], check.keys.index(key)))
    top = tuple(ranked[:3])
    ranked_scores = [scores[key] for key in ranked]
    tied = len(set(ranked_scores[:4])) < 4
    flat = max(scores.values()) - min(scores.values()) < FLAT_SPREAD
    clear = is_clear(scores)
    if not clear:
        top = ()
    code = "".join(check.dimension(key).letter for key in top) if kind == INTEREST else ""
    return CheckResult(kind, check.version, scores, top, code, tied, flat, clear)
