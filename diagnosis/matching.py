"""Which job tag occupations fit a person's check results — with the score's parts in words.

Inputs are the check scores only (six interest means, eleven value means, the top strengths);
nothing about the person — gender, age, address, name — is an input, so none can sway the result.

**Interest fit (0–100).** Both profiles are centred on their own mean (what matters is which types
stand out, not how generously someone answers), and compared by cosine similarity; negative
similarity counts as 0. An occupation whose six types hardly differ (spread of the centred profile
below ``DISTINCT_PROFILE``) has no clear shape: its fit is scaled down in proportion, and its reason
says so.

**Values fit (0–100).** The same measure on the eleven work values, for occupations that have them.

**Total** = 70 % interest + 30 % values. Without a values result the interest fit counts alone.
An occupation without values data (111 of them) neither gains nor loses by it: its values fit is
the median of the other occupations' fits for this person, marked as an estimate. With an interest
result, occupations without an interest profile are not proposed; with only a values result, the
values fit counts alone. The reason names the types and values that match (and those that do
not), with the occupation's own figures. A strength is mentioned (not scored) when a skill it shows
in is among the occupation's ten most important skills.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.translation import gettext as _

from occupations.models import RIASEC_KEYS, DataVersion, Occupation
from occupations.presentation import top_keys

from .questions import CHECKS, INTEREST, RIASEC, STRENGTHS, VALUES

WEIGHTS = {INTEREST: 0.7, VALUES: 0.3}
DISTINCT_PROFILE = 0.5  # length of a centred six-type profile below which it counts as flat
TOP_SKILLS = 10


@dataclass(frozen=True)
class Part:
    kind: str  # "interest" or "values"
    label: str
    score: int  # 0–100
    weight: float  # share of the total, 0–1 (after missing parts are left out)
    reason: str

    @property
    def percent(self) -> int:
        return round(self.weight * 100)


@dataclass(frozen=True)
class Proposal:
    occupation_id: int
    title: str
    summary: str
    code: str  # the occupation's own three-letter code
    total: int
    parts: tuple[Part, ...]
    strength_note: str = ""
    formula: str = field(default="", compare=False)
    note: str = ""  # why a part is missing


def _centred(values: list[float]) -> list[float]:
    mean = sum(values) / len(values)
    return [value - mean for value in values]


def _cosine(a: list[float], b: list[float]) -> float:
    norm = math.hypot(*a) * math.hypot(*b)
    return sum(x * y for x, y in zip(a, b, strict=True)) / norm if norm else 0.0


@dataclass(frozen=True)
class _Profile:
    id: int
    title: str
    summary: str
    interests: dict | None
    values: dict | None
    top_skills: tuple[str, ...]
    # Precomputed: the centred profiles (None when missing) and the interest damping factor.
    interest_vector: tuple[float, ...] | None
    value_vector: tuple[float, ...] | None
    damping: float


def _profile(pk, title, summary, interests, values, skills) -> _Profile:
    interest_vector = value_vector = None
    damping = 1.0
    if interests and all(interests.get(key) is not None for key in RIASEC_KEYS):
        interest_vector = tuple(_centred([float(interests[key]) for key in RIASEC_KEYS]))
        damping = min(1.0, math.hypot(*interest_vector) / DISTINCT_PROFILE)
    value_keys = [d.key for d in CHECKS[VALUES].dimensions]
    if values and all(values.get(key) is not None for key in value_keys):
        value_vector = tuple(_centred([float(values[key]) for key in value_keys]))
    return _Profile(
        pk,
        title,
        summary,
        interests,
        values,
        tuple(top_keys(skills or {}, TOP_SKILLS)),
        interest_vector,
        value_vector,
        damping,
    )


@lru_cache(maxsize=2)
def _profiles(version_key: tuple) -> tuple[_Profile, ...]:
    rows = Occupation.objects.values_list("id", "title", "summary", "interests", "work_values", "skills")
    profiles = (_profile(*row) for row in rows.order_by("id"))
    return tuple(p for p in profiles if p.interest_vector or p.value_vector)


def occupation_profiles() -> tuple[_Profile, ...]:
    version = DataVersion.current()
    if version is None:
        return ()
    return _profiles((version.pk, version.imported_at, version.occupation_count))


def propose(
    interest_scores: dict[str, float] | None,
    value_scores: dict[str, float] | None = None,
    strengths_top: list[str] | tuple[str, ...] = (),
    *,
    limit: int = 10,
) -> list[Proposal]:
    """The ``limit`` best-fitting occupations, best first (ties: lower job tag id first).

    Every occupation is scored in numbers first; only the ``limit`` best are put into words."""
    version = DataVersion.current()
    if version is None:
        return []
    value_keys = [d.key for d in CHECKS[VALUES].dimensions]
    user_interest = _usable(interest_scores, list(RIASEC_KEYS))
    user_values = _usable(value_scores, value_keys)
    if user_interest is None and user_values is None:
        return []

    scored = []
    for profile in occupation_profiles():
        fits = {}
        if user_interest is not None:
            if profile.interest_vector is None:
                continue  # cannot be compared on interests: not proposed beside those that can
            fits[INTEREST] = 100 * max(0.0, _cosine(user_interest, profile.interest_vector)) * profile.damping
        if user_values is not None and profile.value_vector is not None:
            fits[VALUES] = 100 * max(0.0, _cosine(user_values, profile.value_vector))
        if fits:
            scored.append((profile, fits))
    # An occupation without values data neither gains nor loses by it: its values fit is the
    # median of the others' (for this person), and its reason says so.
    value_fits = sorted(fits[VALUES] for _profile, fits in scored if VALUES in fits)
    typical = statistics.median(value_fits) if value_fits else None
    ranked = []
    for profile, fits in scored:
        estimated = user_values is not None and VALUES not in fits and typical is not None
        if estimated:
            fits[VALUES] = typical
        exact = sum(fit * WEIGHTS[kind] for kind, fit in fits.items()) / sum(WEIGHTS[kind] for kind in fits)
        ranked.append((-exact, profile.id, profile, fits, estimated))
    ranked.sort(key=lambda entry: entry[:2])

    proposals = []
    for minus_exact, _id, profile, fits, estimated in ranked[:limit]:
        weight_sum = sum(WEIGHTS[kind] for kind in fits)
        parts = []
        if INTEREST in fits:
            reason = _interest_reason(interest_scores, profile)
            parts.append(
                Part(INTEREST, _("興味の一致"), round(fits[INTEREST]), WEIGHTS[INTEREST] / weight_sum, reason)
            )
        if VALUES in fits:
            if estimated:
                reason = _(
                    "この職業には仕事価値観のデータがないため、ほかの職業の中央の値（%(score)d）を使っています。"
                ) % {"score": round(fits[VALUES])}
            else:
                reason = _values_reason(value_scores, profile)
            parts.append(
                Part(VALUES, _("価値観の一致"), round(fits[VALUES]), WEIGHTS[VALUES] / weight_sum, reason)
            )
        total = round(-minus_exact)
        proposals.append(
            Proposal(
                profile.id,
                profile.title,
                profile.summary,
                _code(profile.interests),
                total,
                tuple(parts),
                _strength_note(strengths_top, profile, version),
                _formula(total, parts),
                _("価値観の一致は推定値です。") if estimated else "",
            )
        )
    return proposals


def _usable(scores: dict | None, keys: list[str]) -> list[float] | None:
    """The centred profile, or None when missing or without any shape (all answers equal)."""
    if not scores or any(scores.get(key) is None for key in keys):
        return None
    centred = _centred([float(scores[key]) for key in keys])
    return centred if any(abs(x) > 1e-9 for x in centred) else None


def _interest_reason(scores: dict, profile: _Profile) -> str:
    names = {d.key: f"{d.name}（{d.letter}）" for d in RIASEC}
    user_top = _standing_out(scores, RIASEC_KEYS)
    occupation_top = top_keys(profile.interests, 3)
    common = [key for key in user_top if key in occupation_top]
    figures = "、".join(f"{names[key]} {profile.interests[key]:.1f}" for key in (common or occupation_top))
    if common:
        reason = _(
            "あなたの興味の上位にある%(types)sが、この職業でも上位です（この職業の値：%(figures)s／5）。"
        ) % {
            "types": "・".join(f"「{names[key]}」" for key in common),
            "figures": figures,
        }
    else:
        reason = _(
            "あなたの興味の上位の型は、この職業では上位ではありません（この職業の上位：%(figures)s／5）。"
        ) % {"figures": figures}
    if profile.damping < 1:
        reason += _("この職業は6つの型の差が小さく、特徴がはっきりしないため、一致度を控えめにしています。")
    return reason


def _values_reason(scores: dict, profile: _Profile) -> str:
    keys = [d.key for d in CHECKS[VALUES].dimensions]
    mean = sum(float(profile.values[key]) for key in keys) / len(keys)
    names = {d.key: str(d.name) for d in CHECKS[VALUES].dimensions}
    user_top = _standing_out(scores, keys)
    met = [key for key in user_top if profile.values[key] > mean]
    unmet = [key for key in user_top if key not in met]
    parts = []
    if met:
        parts.append(
            _("あなたが大切にしたい%(values)sは、この職業で満たされやすいとされています（%(figures)s／5）。")
            % {
                "values": "・".join(f"「{names[key]}」" for key in met),
                "figures": "、".join(f"{names[key]} {profile.values[key]:.1f}" for key in met),
            }
        )
    if unmet:
        parts.append(
            _("%(values)sは、この職業では平均より低めです（%(figures)s／5）。")
            % {
                "values": "・".join(f"「{names[key]}」" for key in unmet),
                "figures": "、".join(f"{names[key]} {profile.values[key]:.1f}" for key in unmet),
            }
        )
    return "".join(parts)


def _standing_out(scores: dict, keys) -> list[str]:
    """The person's (at most) three highest dimensions that are above their own average."""
    mean = sum(float(scores[key]) for key in keys) / len(keys)
    return [key for key in top_keys({key: scores[key] for key in keys}, 3) if float(scores[key]) > mean]


def _strength_note(strengths_top, profile: _Profile, version) -> str:
    check = CHECKS[STRENGTHS]
    for key in strengths_top or ():
        dimension = check.dimension(key)
        skill = next((s for s in dimension.skills if s in profile.top_skills), None)
        if skill:
            return _(
                "あなたの強み「%(strength)s」は、この職業で特に重要なスキル「%(skill)s」に生かせそうです。"
            ) % {
                "strength": dimension.name,
                "skill": version.label("skills", skill),
            }
    return ""


def _code(interests: dict | None) -> str:
    if not interests:
        return ""
    letters = {d.key: d.letter for d in RIASEC}
    return "".join(letters[key] for key in top_keys({k: interests.get(k) for k in RIASEC_KEYS}, 3))


def _formula(total: int, parts: list[Part]) -> str:
    pieces = " ＋ ".join(f"{part.label} {part.score} × {part.percent}%" for part in parts)
    return _("一致度 %(total)d ＝ %(pieces)s") % {"total": total, "pieces": pieces}
