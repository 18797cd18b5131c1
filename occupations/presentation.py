"""What an occupation's page (and the self-diagnosis results) show of its numeric profiles:
rows with Japanese labels, and the charts drawn from the same rows."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .charts import Bar, bar_chart, radar_chart
from .models import RIASEC_KEYS, RIASEC_LETTERS, DataVersion, Occupation

INTEREST_SCALE = (1, 5)
VALUE_SCALE = (1, 5)
SKILL_SCALE = (0, 7)
TOP_SKILLS = 10


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    value: float | None
    strong: bool = False


def interest_rows(profile: dict | None, version: DataVersion) -> list[Row]:
    if not profile:
        return []
    top = set(top_keys(profile, 3))
    return [
        Row(key, f"{version.label('interests', key)}（{RIASEC_LETTERS[key]}）", profile.get(key), key in top)
        for key in RIASEC_KEYS
    ]


def value_rows(profile: dict | None, version: DataVersion) -> list[Row]:
    if not profile:
        return []
    keys = list(version.labels.get("work_values", {})) or list(profile)
    top = set(top_keys(profile, 3))
    return [Row(key, version.label("work_values", key), profile.get(key), key in top) for key in keys]


def skill_rows(profile: dict | None, version: DataVersion, limit: int = TOP_SKILLS) -> list[Row]:
    if not profile:
        return []
    return [Row(key, version.label("skills", key), profile[key]) for key in top_keys(profile, limit)]


def top_keys(profile: dict, limit: int) -> list[str]:
    """Keys of the highest values (ties keep the data set's order)."""
    order = list(profile)
    present = [key for key in order if profile.get(key) is not None]
    return sorted(present, key=lambda key: (-profile[key], order.index(key)))[:limit]


def interest_chart(rows: list[Row], title: str, second: tuple[str, list[Row]] | None = None, first_name=""):
    series = [(first_name, [row.value for row in rows])]
    if second:
        series.append((second[0], [row.value for row in second[1]]))
    axes = [row.label.split("（")[0] for row in rows]
    return radar_chart(axes, series, minimum=INTEREST_SCALE[0], maximum=INTEREST_SCALE[1], title=title)


def rows_chart(rows: list[Row], title: str, scale: tuple[int, int], note: str = ""):
    bars = [Bar(row.label, row.value, row.strong) for row in rows]
    return bar_chart(bars, minimum=scale[0], maximum=scale[1], title=title, unit_note=note)


def occupation_profiles(occupation: Occupation) -> dict:
    version = occupation.data_version
    interests = interest_rows(occupation.interests, version)
    values = value_rows(occupation.work_values, version)
    skills = skill_rows(occupation.skills, version)
    return {
        "interest_rows": interests,
        "interest_chart": interests
        and interest_chart(interests, _("%(title)sの職業興味（6つの型）") % {"title": occupation.title}),
        "value_rows": values,
        "value_chart": values
        and rows_chart(
            values,
            _("%(title)sの仕事価値観") % {"title": occupation.title},
            VALUE_SCALE,
            _("1〜5（5が最も高い）"),
        ),
        "skill_rows": skills,
        "skill_chart": skills
        and rows_chart(
            skills,
            _("%(title)sで重要なスキル（上位%(count)d）") % {"title": occupation.title, "count": len(skills)},
            SKILL_SCALE,
            _("水準（7が最も高い）"),
        ),
    }
