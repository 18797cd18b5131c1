"""What the results page shows of a stored result: rows, charts, top dimensions and proposals."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from occupations.charts import Bar, bar_chart, radar_chart
from occupations.models import DataVersion
from occupations.presentation import Row

from .matching import propose
from .models import DiagnosisResult
from .questions import CHECKS, INTEREST, KINDS, STRENGTHS, VALUES
from .scoring import is_clear


@dataclass
class PartView:
    kind: str
    check: object
    rows: list[Row]
    chart: str
    top: list  # Dimension objects, best first
    code: str
    tied: bool
    flat: bool
    clear: bool  # False: no code, no top list, not used for the proposals
    completed_at: datetime.datetime | None


def part_view(kind: str, part: dict | None) -> PartView | None:
    if not part:
        return None
    check = CHECKS[kind]
    scores = part["scores"]
    clear = is_clear(scores) if scores else False
    top = part.get("top", []) if clear else []  # older results stored a top list for flat answers
    rows = []
    for dimension in check.dimensions:
        label = f"{dimension.name}（{dimension.letter}）" if dimension.letter else str(dimension.name)
        rows.append(Row(dimension.key, label, scores.get(dimension.key), dimension.key in top))
    if kind == INTEREST:
        chart = radar_chart(
            [str(d.name) for d in check.dimensions],
            [(_("あなた"), [row.value for row in rows])],
            minimum=1,
            maximum=5,
            title=_("あなたの興味の6つの型（1〜5）"),
        )
    else:
        chart = bar_chart(
            [Bar(row.label, row.value, row.strong) for row in rows],
            minimum=1,
            maximum=5,
            title=_("あなたの%(name)s（1〜5）") % {"name": check.short_title},
            unit_note=_("1〜5（5が最も高い）"),
        )
    completed = part.get("completed_at")
    return PartView(
        kind=kind,
        check=check,
        rows=rows,
        chart=chart,
        top=[check.dimension(key) for key in top],
        code=part.get("code", "") if clear else "",
        tied=part.get("tied", False),
        flat=part.get("flat", False),
        clear=clear,
        completed_at=datetime.datetime.fromisoformat(completed) if completed else None,
    )


def result_context(result: DiagnosisResult | None, *, limit: int = 10) -> dict:
    parts = {kind: part_view(kind, result.part(kind) if result else None) for kind in KINDS}
    interest, values, strengths = parts[INTEREST], parts[VALUES], parts[STRENGTHS]
    proposals = propose(
        result.interest["scores"] if interest and interest.clear else None,
        result.values["scores"] if values and values.clear else None,
        strengths.top and [d.key for d in strengths.top] if strengths else (),
        limit=limit,
    )
    data_version = DataVersion.current()
    return {
        "parts": parts,
        "interest": parts[INTEREST],
        "values": parts[VALUES],
        "strengths": parts[STRENGTHS],
        "proposals": proposals,
        "data_version": data_version if proposals else None,
        "no_occupation_data": data_version is None,
        # Which of the two checks that propose occupations were taken, and which showed a tendency.
        "basis": _basis(interest, values),
        "has_result": any(parts.values()),
        "missing": [CHECKS[kind] for kind in KINDS if not parts[kind]],
    }


def _basis(interest: PartView | None, values: PartView | None) -> str:
    """What the proposals rest on: none / interest / values / both, or why not ("*_unclear")."""
    taken = [kind for kind, part in ((INTEREST, interest), (VALUES, values)) if part]
    used = [kind for kind, part in ((INTEREST, interest), (VALUES, values)) if part and part.clear]
    if not taken:
        return "none"
    if len(used) == 2:
        return "both"
    if len(taken) == 2:
        return f"{used[0]}_other_unclear" if used else "both_unclear"
    return used[0] if used else f"{taken[0]}_unclear"
