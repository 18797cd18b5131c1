"""Licence names: normalising them, and which licence counts as another (held / equivalent / missing).

様式3-1 has no fixed licence list: people type the name. The vocabulary here is job tag's related
licences (``Occupation.qualifications``) plus the spellings people use. Two names match when their
normalised forms are equal (NFKC, no spaces or brackets' spacing, 1級/一級 → 1級). A licence counts as
*equivalent* when it is a higher grade of the same licence (甲種 ⊇ 乙種 ⊇ 丙種, 第一種 ⊇ 第二種 ⊇ 第三種,
1級 ⊇ 2級 ⊇ 3級) or is listed in ``EQUIVALENTS``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_KANJI_DIGITS = str.maketrans({"一": "1", "二": "2", "三": "3"})
_GRADE = re.compile(r"(第?[123][種級]|[甲乙丙]種)")
_GRADE_ORDER = {"甲種": 1, "乙種": 2, "丙種": 3}

# name → names it also satisfies (both normalised by ``normalise`` at lookup).
EQUIVALENTS = {
    "普通自動車第一種運転免許": ("普通自動車免許", "普通免許", "普通自動車運転免許"),
    "中型自動車第一種運転免許": ("普通自動車免許", "普通自動車第一種運転免許"),
    "大型自動車第一種運転免許": ("中型自動車第一種運転免許", "普通自動車免許", "普通自動車第一種運転免許"),
    "介護福祉士": ("介護職員初任者研修", "介護職員実務者研修", "ホームヘルパー2級"),
    "介護職員実務者研修": ("介護職員初任者研修", "ホームヘルパー2級"),
    "看護師": ("准看護師",),
    "管理栄養士": ("栄養士",),
    "応用情報技術者": ("基本情報技術者", "ITパスポート"),
    "基本情報技術者": ("ITパスポート",),
}


def normalise(name: str) -> str:
    text = unicodedata.normalize("NFKC", name or "")
    text = re.sub(r"\s+", "", text).replace("資格", "")
    # 一級建築士 → 1級建築士, 第二種 → 第2種 (only in a grade position, not in every word).
    text = re.sub(r"([一二三])(級|種)", lambda m: m.group(1).translate(_KANJI_DIGITS) + m.group(2), text)
    return text


def _grade(name: str) -> tuple[str, int] | None:
    """(the name without its grade, grade rank: 1 is the highest) or None."""
    match = _GRADE.search(name)
    if not match:
        return None
    token = match.group(1)
    rank = _GRADE_ORDER.get(token) or int(re.search(r"[123]", token).group(0))
    return name[: match.start()] + "#" + name[match.end() :], rank


@lru_cache(maxsize=4096)
def _equivalents(held: str) -> frozenset[str]:
    out = {normalise(n) for n in EQUIVALENTS.get(held, ())}
    for key, names in EQUIVALENTS.items():
        if normalise(key) == held:
            out.update(normalise(n) for n in names)
    return frozenset(out)


def status(wanted: str, held: frozenset[str] | set[str]) -> tuple[str, str]:
    """("held" | "equivalent" | "missing", the held licence that satisfies it)."""
    return _status(wanted, frozenset(held))


@lru_cache(maxsize=200000)
def _status(wanted: str, held: frozenset[str]) -> tuple[str, str]:
    target = normalise(wanted)
    if target in held:
        return "held", target
    target_grade = _grade(target)
    for name in sorted(held):
        if target in _equivalents(name):
            return "equivalent", name
        if target_grade:
            grade = _grade(name)
            if grade and grade[0] == target_grade[0] and grade[1] <= target_grade[1]:
                return "equivalent", name
    return "missing", ""


def vocabulary() -> dict[str, str]:
    """Known licence names (normalised → as written): job tag's related licences of every
    occupation and the names in ``EQUIVALENTS`` — the list a posting chooses its licences from."""
    from occupations.models import Occupation

    names: dict[str, str] = {}
    for quals in Occupation.objects.exclude(qualifications=None).values_list("qualifications", flat=True):
        for name in quals or ():
            if isinstance(name, str) and name.strip():
                names.setdefault(normalise(name), unicodedata.normalize("NFKC", name).strip())
    for key, others in EQUIVALENTS.items():
        for name in (key, *others):
            names.setdefault(normalise(name), name)
    return names
