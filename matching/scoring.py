"""A match score as a documented sum of parts, each with its words, its source and its gaps.

Points (total 100), see docs/features/matching.md:

- **duties (35)** — each of the posting's duty lines is compared, word by word (SudachiPy normalised
  forms), with the person's 様式2 duties and learnings and with the job tag tasks of the occupations
  the person chose; the part is the mean coverage of the lines × 35.
- **licences (20)** — required ones 15 (shared equally; a missing one costs its share), preferred
  ones 5; *equivalent* (a higher grade, a listed equivalent) counts as held. None asked: 20.
- **experience (15)** — years in the posting's occupation: those the person chose in their matching
  settings, or else the months of the 様式2 rows whose duties cover ≥ 40 % of a line of the
  posting (inferred). 15 × min(1, years / years asked); nothing asked: 15 with any experience, 10
  without (未経験可).
- **interests (15)** — the diagnosis' six RIASEC means against the occupation's profile, both
  centred on their own mean, cosine (negative → 0) × 15. No diagnosis or no profile: 7.5, neutral.
- **conditions (15)** — place 7 (same prefecture, or remote work the person accepts), employment type
  4, hours 4 (at most the person's upper limit). A wish left blank gives the full points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property

from django.utils.translation import gettext as _

from occupations.models import RIASEC_KEYS, RIASEC_LETTERS

from . import licences as lic
from .features import PersonFeatures
from .text import coverage, words

WEIGHTS = {"duties": 35, "licences": 20, "experience": 15, "interests": 15, "conditions": 15}
REQUIRED_SHARE, PREFERRED_SHARE = 15, 5
PLACE, EMPLOYMENT, HOURS = 7, 4, 4
LINE_MATCH = 0.4  # a 様式2 row counts as experience in the occupation when it covers this much of a line
TRAINING_URL = (
    "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/jinzaikaihatsu/hellotraining_top.html"
)

SRC_SHEET2 = "様式2"
SRC_SHEET31 = "様式3-1"
SRC_DIAGNOSIS = "自己診断"
SRC_JOBTAG = "job tag から推定"
SRC_INFERRED = "様式2 と job tag の仕事内容から推定"
SRC_SETTINGS = "マッチングの設定"


@dataclass(frozen=True)
class PostingFeatures:
    """What the score reads of a posting (built once per posting and cached)."""

    id: int
    occupation_id: int
    occupation_title: str
    lines: tuple[tuple[str, frozenset[str]], ...]
    required: tuple[str, ...]
    preferred: tuple[str, ...]
    experience_years: int
    interests: dict[str, float] | None
    prefecture: str
    remote: bool
    employment_type: str
    hours_per_week: int

    @cached_property
    def interest_unit(self):
        return unit_profile(self.interests)


def posting_features(posting) -> PostingFeatures:
    occupation = posting.occupation  # None once job tag dropped it (the posting is then withdrawn)
    return PostingFeatures(
        id=posting.pk,
        occupation_id=posting.occupation_id or 0,
        occupation_title=occupation.title if occupation else "",
        lines=tuple((line, words(line)) for line in posting.duty_lines),
        required=tuple(posting.required_licences or ()),
        preferred=tuple(posting.preferred_licences or ()),
        experience_years=posting.experience_years,
        interests=occupation.interests if occupation else {},
        prefecture=posting.prefecture,
        remote=posting.remote,
        employment_type=posting.employment_type,
        hours_per_week=posting.hours_per_week,
    )


@dataclass(frozen=True)
class Gap:
    text: str
    next_step: str
    url: str = ""


@dataclass(frozen=True)
class Part:
    key: str
    label: str
    points: float
    weight: int
    reason: str
    source: str

    @property
    def rounded(self) -> int:
        return round(self.points)


@dataclass(frozen=True)
class Match:
    posting_id: int
    total: int
    parts: tuple[Part, ...]
    gaps: tuple[Gap, ...] = field(default=())


def unit_profile(profile: dict | None) -> tuple[float, ...] | None:
    """The six RIASEC values centred on their mean and scaled to length 1 (None when flat/absent)."""
    if not profile:
        return None
    x = [float(profile.get(k) or 0) for k in RIASEC_KEYS]
    mean = sum(x) / 6
    x = [v - mean for v in x]
    norm = math.hypot(*x)
    return tuple(v / norm for v in x) if norm else None


def _centred_cosine(a: dict, b: dict) -> float:
    return _unit_cosine(unit_profile(a), unit_profile(b))


def _unit_cosine(x, y) -> float:
    if x is None or y is None:
        return 0.0
    return max(0.0, x[0] * y[0] + x[1] * y[1] + x[2] * y[2] + x[3] * y[3] + x[4] * y[4] + x[5] * y[5])


def _code(profile: dict) -> str:
    ranked = sorted(RIASEC_KEYS, key=lambda k: (-(profile.get(k) or 0), RIASEC_KEYS.index(k)))
    return "".join(RIASEC_LETTERS[k] for k in ranked[:3])


def _duties(person: PersonFeatures, posting: PostingFeatures):
    have = person.history_words | person.task_words
    if not posting.lines:
        return Part("duties", _("仕事の内容"), 0, 35, _("この求人には仕事の内容が書かれていません。"), ""), []
    covered, gaps, best = [], [], []
    for line, line_words in posting.lines:
        share = coverage(line_words, have)
        covered.append(share)
        from_sheet = bool(line_words & person.history_words)
        if share >= 0.5:
            best.append((share, line, from_sheet))
        elif share < 0.2:
            gaps.append(line)
    points = WEIGHTS["duties"] * sum(covered) / len(covered)
    best.sort(key=lambda item: -item[0])
    if best:
        shown = "、".join(f"「{line}」" for _s, line, _f in best[:2])
        reason = _("%(n)d件のうち%(m)d件の仕事に近い経験があります（例：%(lines)s）。") % {
            "n": len(covered),
            "m": len(best),
            "lines": shown,
        }
    else:
        reason = _("仕事の内容と重なる経験は、まだ見つかりませんでした。")
    from_sheet = any(f for _s, _l, f in best)
    source = SRC_SHEET2 if from_sheet else (SRC_JOBTAG if person.task_words else SRC_SHEET2)
    gap_list = [
        Gap(
            _("経験の見つからない仕事：%(line)s") % {"line": line},
            _("経験があれば様式2の職務内容に書き足してください。"),
        )
        for line in gaps[:3]
    ]
    return Part("duties", _("仕事の内容"), points, WEIGHTS["duties"], reason, source), gap_list


def _licences(person: PersonFeatures, posting: PostingFeatures):
    gaps, held_words, points = [], [], 0.0
    if not posting.required and not posting.preferred:
        return Part("licences", _("免許・資格"), 20, 20, _("必要な免許・資格はありません。"), SRC_SHEET31), []
    for group, share, required in (
        (posting.required, REQUIRED_SHARE, True),
        (posting.preferred, PREFERRED_SHARE, False),
    ):
        if not group:
            points += share
            continue
        for name in group:
            state, by = lic.status(name, person.licences)
            if state == "held":
                points += share / len(group)
                held_words.append(_("%(name)sをお持ちです") % {"name": name})
            elif state == "equivalent":
                points += share / len(group)
                held_words.append(_("%(name)sは、お持ちの%(by)sで満たします") % {"name": name, "by": by})
            else:
                kind = _("必須") if required else _("歓迎")
                gaps.append(
                    Gap(
                        _("%(kind)sの免許・資格：%(name)s") % {"kind": kind, "name": name},
                        _(
                            "公的職業訓練（ハロートレーニング）で取得を目指せる場合があります。ハローワークで相談できます。"
                        ),
                        TRAINING_URL,
                    )
                )
    if not posting.required:
        held_words.insert(0, _("必須の免許・資格はありません"))
    if held_words:
        reason = "。".join(held_words) + "。"
    else:
        reason = _("求められている免許・資格は、様式3-1にまだありません。")
    return Part("licences", _("免許・資格"), points, 20, reason, SRC_SHEET31), gaps


def experience_years(person: PersonFeatures, posting: PostingFeatures) -> tuple[float, str]:
    if posting.occupation_id in person.occupation_years:
        return float(person.occupation_years[posting.occupation_id]), SRC_SETTINGS
    months = 0
    for job_words, job_months in person.job_words:
        for _l, lw in posting.lines:
            if lw and len(lw & job_words) >= LINE_MATCH * len(lw):
                months += job_months
                break
    return months / 12, SRC_INFERRED


def _experience(person: PersonFeatures, posting: PostingFeatures):
    years, source = experience_years(person, posting)
    asked = posting.experience_years
    title = posting.occupation_title
    if asked == 0:
        points = 15 if years >= 1 else 10
        reason = (
            _("%(title)sの経験がおよそ%(y)d年あります（経験は問われていません）。")
            % {"title": title, "y": years}
            if years >= 1
            else _("未経験でも応募できる求人です。")
        )
        return Part("experience", _("経験"), points, 15, reason, source), []
    points = 15 * min(1.0, years / asked)
    reason = _("%(title)sの経験：およそ%(y)d年（求める経験%(a)d年）。") % {
        "title": title,
        "y": years,
        "a": asked,
    }
    gaps = []
    if years < asked:
        gaps.append(
            Gap(
                _("求める経験%(a)d年に対しておよそ%(y)d年です。") % {"a": asked, "y": years},
                _("近い仕事の経験を様式2に書くと反映されます。訓練で補える場合もあります。"),
                TRAINING_URL,
            )
        )
    return Part("experience", _("経験"), points, 15, reason, source), gaps


def _interests(person: PersonFeatures, posting: PostingFeatures):
    if not person.interests or not posting.interests:
        if person.interests:
            reason = _("この職業には興味の型のデータがありません。")
        elif person.interests_unclear:
            reason = _("自己診断（興味のタイプ）の答えに、はっきりした傾向が出ていないため使っていません。")
        else:
            reason = _("自己診断（興味のタイプ）をすると、この項目が計算されます。")
        return Part("interests", _("興味"), 7.5, 15, reason + _("（中間の点です）"), SRC_DIAGNOSIS), []
    fit = _centred_cosine(person.interests, posting.interests)
    reason = _("あなたの興味のタイプ %(mine)s と、この職業の型 %(theirs)s の近さは %(fit)d%% です。") % {
        "mine": _code(person.interests),
        "theirs": _code(posting.interests),
        "fit": round(fit * 100),
    }
    return Part("interests", _("興味"), 15 * fit, 15, reason, SRC_DIAGNOSIS), []


def _conditions(person: PersonFeatures, posting: PostingFeatures):
    points, said, gaps = 0.0, [], []
    if not person.prefecture:
        points += PLACE
    elif person.prefecture == posting.prefecture:
        points += PLACE
        said.append(_("勤務地が希望の%(p)sです") % {"p": posting.prefecture})
    elif posting.remote and person.remote_ok:
        points += PLACE
        said.append(_("在宅勤務ができます"))
    else:
        gaps.append(
            Gap(
                _("勤務地（%(p)s）が希望と違います。") % {"p": posting.prefecture},
                _("在宅勤務や通勤の範囲を確かめてください。"),
            )
        )
    if not person.employment_types or posting.employment_type in person.employment_types:
        points += EMPLOYMENT
        if person.employment_types:
            said.append(_("雇用形態が希望に合います"))
    if person.max_hours_per_week is None or posting.hours_per_week <= person.max_hours_per_week:
        points += HOURS
        if person.max_hours_per_week is not None:
            said.append(_("労働時間が希望の範囲です"))
    else:
        gaps.append(
            Gap(
                _("週%(h)d時間で、希望の上限を超えます。") % {"h": posting.hours_per_week},
                _("短時間の働き方ができるか、応募の前に確かめてください。"),
            )
        )
    reason = ("、".join(said) + "。") if said else _("希望の条件が指定されていないため、満点としています。")
    return Part("conditions", _("条件"), points, 15, reason, SRC_SETTINGS), gaps


def score(person: PersonFeatures, posting: PostingFeatures) -> Match:
    parts, gaps = [], []
    for fn in (_duties, _licences, _experience, _interests, _conditions):
        part, part_gaps = fn(person, posting)
        parts.append(part)
        gaps.extend(part_gaps)
    return Match(posting.id, round(sum(p.points for p in parts)), tuple(parts), tuple(gaps))


def rank(person: PersonFeatures, postings, k: int = 20) -> list[Match]:
    matches = [score(person, p) for p in postings]
    matches.sort(key=lambda m: (-m.total, m.posting_id))
    return matches[:k]


def _licence_points(person: PersonFeatures, posting: PostingFeatures) -> float:
    if not posting.required and not posting.preferred:
        return 20.0
    points = 0.0
    for group, share in ((posting.required, REQUIRED_SHARE), (posting.preferred, PREFERRED_SHARE)):
        if not group:
            points += share
            continue
        held = sum(1 for name in group if lic.status(name, person.licences)[0] != "missing")
        points += share * held / len(group)
    return points


def signature_points(person: PersonFeatures, posting: PostingFeatures) -> float:
    """Duties, experience and interests of ``total``: what postings with the same occupation, duty
    lines and years required share (``fast.PostingIndex`` ranks their representatives by it)."""
    have = person.history_words | person.task_words
    duties = 0.0
    if posting.lines:
        for _l, lw in posting.lines:
            if lw:
                duties += len(lw & have) / len(lw)
        duties *= WEIGHTS["duties"] / len(posting.lines)
    years, _source = experience_years(person, posting)
    if posting.experience_years == 0:
        experience = 15 if years >= 1 else 10
    else:
        experience = 15 * min(1.0, years / posting.experience_years)
    if person.interests and posting.interests:
        interests = 15 * _unit_cosine(person.interest_unit, posting.interest_unit)
    else:
        interests = 7.5
    return duties + experience + interests


def total(person: PersonFeatures, posting: PostingFeatures) -> float:
    """The same sum as ``score`` without the words (for ranking many): tested equal to it."""
    conditions = 0.0
    if (
        not person.prefecture
        or person.prefecture == posting.prefecture
        or (posting.remote and person.remote_ok)
    ):
        conditions += PLACE
    if not person.employment_types or posting.employment_type in person.employment_types:
        conditions += EMPLOYMENT
    if person.max_hours_per_week is None or posting.hours_per_week <= person.max_hours_per_week:
        conditions += HOURS
    return signature_points(person, posting) + _licence_points(person, posting) + conditions
