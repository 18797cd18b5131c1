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
    completed_at: datetime.datetime | None


def part_view(kind: str, part: dict | None) -> PartView | None:
    if not part:
        return None
    check = CHECKS[kind]
    scores = part["scores"]
    top = part.get("top", [])
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
        code=part.get("code", ""),
        tied=part.get("tied", False),
        flat=part.get("flat", False),
        completed_at=datetime.datetime.fromisoformat(completed) if completed else None,
    )


def result_context(result: DiagnosisResult | None, *, limit: int = 10) -> dict:
    parts = {kind: part_view(kind, result.part(kind) if result else None) for kind in KINDS}
    interest = result.interest if result else None
    values = result.values if result else None
    strengths = result.strengths if result else None
    proposals = propose(
        interest["scores"] if interest else None,
        values["scores"] if values else None,
        strengths.get("top", []) if strengths else (),
        limit=limit,
    )
    return {
        "parts": parts,
        "interest": parts[INTEREST],
        "values": parts[VALUES],
        "strengths": parts[STRENGTHS],
        "proposals": proposals,
        "data_version": DataVersion.current() if proposals else None,
        "has_result": any(parts.values()),
        "missing": [CHECKS[kind] for kind in KINDS if not parts[kind]],
    }
