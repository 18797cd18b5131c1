"""Which job tag occupations fit a person's check results — with the score's parts in words.

Inputs are the check scores only (six interest means, eleven value means, the top strengths);
nothing about the person — gender, age, address, name — is an input, so none can sway the result.

**Interest fit (0–100).** Both profiles are centred on their own mean (what matters is which types
stand out, not how generously someone answers), and compared by cosine similarity; negative
similarity counts as 0. An occupation whose six types hardly differ (spread of the centred profile
below ``DISTINCT_PROFILE``) has no clear shape: its fit is scaled down in proportion, and its reason
says so.

**Values fit (0–100).** For the values the person rates highest (the three highest and any tied
with the third, above their own average), where the occupation stands among all occupations with
values data (0 = the lowest, 100 = the highest; mid-rank percentile), averaged. The words come from
that number: 70 or more 「満たされやすい」, 40–69 「一部が満たされやすい」, below 40 「満たされにくい」,
followed by each value's position. An occupation without values data has no values number and
says so.

**Total** = the interest fit, adjusted by the values: (values fit − 50) × 30 %, rounded half away
from zero, so at most ±15 points; clamped to 0–100. Without a values result (or without values data
for the occupation) the total is the interest fit. With only a values result, the values fit is the
total. A result without a clear tendency (``scoring.is_clear``) is not used. A strength is
mentioned (not scored) when a skill it shows in is among the occupation's ten most important
skills.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.translation import gettext as _

from occupations.models import RIASEC_KEYS, DataVersion, Occupation
from occupations.presentation import top_keys

from .questions import CHECKS, INTEREST, RIASEC, STRENGTHS, VALUES

VALUES_SHARE = 0.3  # of the values fit's distance from the middle (50) → at most ±15 points
VALUES_MIDDLE = 50
HIGH_FIT = 70  # values fit at or above: 「満たされやすい」
MID_FIT = 40  # at or above (and below HIGH_FIT): 「一部が満たされやすい」
DISTINCT_PROFILE = 0.5  # length of a centred six-type profile below which it counts as flat
TOP_SKILLS = 10


@dataclass(frozen=True)
class Part:
    kind: str  # "interest" or "values"
    label: str
    score: int | None  # 0–100; None: the occupation has no data for this part
    reason: str


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
    adjustment: int | None = None  # points the values added to the interest fit


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
    value_positions: dict | None = None  # value key → 0–100 position among occupations


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
    profiles = [_profile(*row) for row in rows.order_by("id")]
    profiles = [p for p in profiles if p.interest_vector or p.value_vector]
    with_values = [p for p in profiles if p.value_vector is not None]
    keys = [d.key for d in CHECKS[VALUES].dimensions]
    columns = {key: sorted(float(p.values[key]) for p in with_values) for key in keys}
    for profile in with_values:
        positions = {}
        for key in keys:
            column, value = columns[key], float(profile.values[key])
            below = bisect.bisect_left(column, value)
            equal = bisect.bisect_right(column, value) - below
            positions[key] = 100 * (below + equal / 2) / len(column) if len(column) > 1 else 50.0
        object.__setattr__(profile, "value_positions", positions)
    return tuple(profiles)


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

    valued = _valued(value_scores, value_keys) if user_values is not None else []
    ranked = _ranked(user_interest, valued)
    return [
        _proposal(entry, interest_scores, user_values is not None, valued, strengths_top, version)
        for entry in ranked[:limit]
    ]


def _ranked(user_interest, valued: list[str]) -> list[tuple]:
    """Every comparable occupation in numbers, best first (ties: the exact fit, then the lower id)."""
    ranked = []
    for profile in occupation_profiles():
        interest_fit = value_fit = None
        if user_interest is not None:
            if profile.interest_vector is None:
                continue  # cannot be compared on interests: not proposed beside those that can
            interest_fit = 100 * max(0.0, _cosine(user_interest, profile.interest_vector)) * profile.damping
        if valued and profile.value_positions is not None:
            value_fit = sum(profile.value_positions[key] for key in valued) / len(valued)
        if interest_fit is None and value_fit is None:
            continue
        total, adjustment = _combine(interest_fit, value_fit)
        exact = interest_fit if interest_fit is not None else value_fit
        ranked.append((-total, -exact, profile.id, profile, interest_fit, value_fit, adjustment))
    ranked.sort(key=lambda entry: entry[:3])
    return ranked


def _proposal(entry, interest_scores, has_values: bool, valued, strengths_top, version) -> Proposal:
    """One ranked occupation put into words: its parts with their reasons, the strength note, the formula."""
    minus_total, _exact, _id, profile, interest_fit, value_fit, adjustment = entry
    parts = []
    if interest_fit is not None:
        reason = _interest_reason(interest_scores, profile)
        parts.append(Part(INTEREST, _("興味の一致"), round(interest_fit), reason))
    if has_values and valued:
        if value_fit is None:
            reason = _(
                "この職業には仕事価値観のデータがないため、価値観の一致は計算していません（一致度は変わりません）。"
            )
            parts.append(Part(VALUES, _("価値観の一致"), None, reason))
        else:
            score = round(value_fit)
            parts.append(Part(VALUES, _("価値観の一致"), score, _values_reason(score, valued, profile)))
    return Proposal(
        profile.id,
        profile.title,
        profile.summary,
        _code(profile.interests),
        -minus_total,
        tuple(parts),
        _strength_note(strengths_top, profile, version),
        _formula(-minus_total, parts, adjustment),
        adjustment,
    )


def _half_up(number: float) -> int:
    return int(abs(number) + 0.5) * (1 if number >= 0 else -1)


def _combine(interest_fit: float | None, value_fit: float | None) -> tuple[int, int | None]:
    """The total (0–100) and the values adjustment (None when there is none), from the shown numbers."""
    if interest_fit is None:
        return round(value_fit), None
    interest = round(interest_fit)
    if value_fit is None:
        return interest, None
    adjustment = _half_up((round(value_fit) - VALUES_MIDDLE) * VALUES_SHARE)
    return max(0, min(100, interest + adjustment)), adjustment


def _valued(scores: dict, keys: list[str]) -> list[str]:
    """The person's highest values (the top three and any tied with the third), above their average."""
    mean = sum(float(scores[key]) for key in keys) / len(keys)
    ranked = sorted(keys, key=lambda key: (-float(scores[key]), keys.index(key)))
    third = float(scores[ranked[min(2, len(ranked) - 1)]])
    return [key for key in ranked if float(scores[key]) >= third and float(scores[key]) > mean]


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


def _values_reason(score: int, valued: list[str], profile: _Profile) -> str:
    names = {d.key: str(d.name) for d in CHECKS[VALUES].dimensions}
    values = "・".join(f"「{names[key]}」" for key in valued)
    if score >= HIGH_FIT:
        verdict = _("あなたが特に大切にしたい%(values)sは、この職業で満たされやすいとされています。")
    elif score >= MID_FIT:
        verdict = _("あなたが特に大切にしたい%(values)sは、この職業では一部が満たされやすいとされています。")
    else:
        verdict = _("あなたが特に大切にしたい%(values)sは、この職業では満たされにくいとされています。")
    positions = "、".join(
        f"{names[key]} {round(profile.value_positions[key])}（{float(profile.values[key]):.1f}／5）"
        for key in valued
    )
    explanation = _(
        "ほかの職業の中での位置（0＝最も低い、100＝最も高い）：%(positions)s。この平均が %(score)d です。"
    ) % {"positions": positions, "score": score}
    return verdict % {"values": values} + explanation


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


def _formula(total: int, parts: list[Part], adjustment: int | None) -> str:
    by_kind = {part.kind: part for part in parts}
    interest, values = by_kind.get(INTEREST), by_kind.get(VALUES)
    if interest is None:
        return _("一致度 %(total)d ＝ 価値観の一致 %(values)d") % {"total": total, "values": values.score}
    if adjustment is None:
        text = _("一致度 %(total)d ＝ 興味の一致 %(interest)d") % {"total": total, "interest": interest.score}
        if values is not None:
            text += _("（価値観のデータがないため、調整なし）")
        return text
    return _(
        "一致度 %(total)d ＝ 興味の一致 %(interest)d %(sign)s 価値観による調整 %(points)d"
        "（価値観の一致 %(values)d と中央の 50 との差 %(difference)+d の30%%。最大±15点、0〜100の範囲）"
    ) % {
        "total": total,
        "interest": interest.score,
        "sign": "＋" if adjustment >= 0 else "−",
        "points": abs(adjustment),
        "values": values.score,
        "difference": values.score - VALUES_MIDDLE,
    }
