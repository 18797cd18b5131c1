"""Charts as server-side SVG (no JavaScript, no library): a bar chart and a hexagon (radar) chart.

The SVG is drawn in its own coordinate space (``viewBox``) and scales to its box; text is drawn
large enough to stay readable on a 360 px wide phone. Each chart is an image with a title for
screen readers (``role="img"``); the page shows the same figures in a table beside it, which is
the accessible form of the data. Every label is escaped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import count

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

_ids = count(1)
BLUE = "#0031d8"
BLUE_LIGHT = "#e8f1fe"
ORANGE = "#b35900"
GRID = "#767676"
SOFT = "#d9d9d9"
TEXT = "#1a1a1a"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    strong: bool = False  # drawn in the accent colour (e.g. the person's top types)


def _number(value: float) -> str:
    return f"{value:.1f}"


def _svg(width: int, height: int, title: str, body: list[str], css_class: str) -> SafeString:
    chart_id = f"chart-{next(_ids)}"
    return mark_safe(  # noqa: S308 — every text part is escaped above
        f'<svg class="chart {css_class}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{chart_id}" xmlns="http://www.w3.org/2000/svg" '
        f'preserveAspectRatio="xMinYMin meet">'
        f'<title id="{chart_id}">{escape(title)}</title>{"".join(body)}</svg>'
    )


def bar_chart(
    bars: list[Bar], *, maximum: float, minimum: float = 0, title: str, unit_note: str = ""
) -> SafeString:
    """Horizontal bars, the label above each bar, the value at its end."""
    width, left, right = 400, 4, 44
    row = 46
    top = 8
    span = width - left - right
    body = []
    # Scale lines at each whole step (at most 8 of them).
    steps = int(maximum - minimum)
    height = top + row * len(bars) + (26 if unit_note else 8)
    for step in range(steps + 1):
        x = left + span * step / max(steps, 1)
        body.append(
            f'<line x1="{x:.1f}" y1="{top + 18}" x2="{x:.1f}" y2="{top + row * len(bars)}" '
            f'stroke="{SOFT}" stroke-width="1"/>'
        )
    for index, bar in enumerate(bars):
        y = top + index * row
        body.append(f'<text x="{left}" y="{y + 15}" font-size="15" fill="{TEXT}">{escape(bar.label)}</text>')
        body.append(f'<rect x="{left}" y="{y + 21}" width="{span}" height="16" fill="{BLUE_LIGHT}" rx="3"/>')
        if bar.value is None:
            body.append(f'<text x="{left + 4}" y="{y + 34}" font-size="13" fill="{TEXT}">—</text>')
            continue
        share = (min(max(bar.value, minimum), maximum) - minimum) / ((maximum - minimum) or 1)
        colour = ORANGE if bar.strong else BLUE
        body.append(
            f'<rect x="{left}" y="{y + 21}" width="{max(span * share, 2):.1f}" height="16" '
            f'fill="{colour}" rx="3"/>'
        )
        body.append(
            f'<text x="{width - 2}" y="{y + 34}" font-size="15" font-weight="700" text-anchor="end" '
            f'fill="{TEXT}">{_number(bar.value)}</text>'
        )
    if unit_note:
        body.append(
            f'<text x="{left}" y="{height - 6}" font-size="13" fill="{TEXT}">{escape(unit_note)}</text>'
        )
    return _svg(width, height, title, body, "chart--bars")


def radar_chart(
    axes: list[str],
    series: list[tuple[str, list[float | None]]],
    *,
    maximum: float,
    minimum: float = 0,
    title: str,
) -> SafeString:
    """A polygon chart (six axes make Holland's hexagon). ``series``: (name, values) — the first is
    filled in blue, a second one is drawn as an orange outline."""
    size, centre, radius = 400, 200, 128
    body = []
    n = len(axes)

    def point(index: int, share: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * index / n
        return centre + radius * share * math.cos(angle), centre + radius * share * math.sin(angle)

    rings = int(maximum - minimum) or 1
    for ring in range(1, rings + 1):
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, ring / rings) for i in range(n)))
        body.append(f'<polygon points="{points}" fill="none" stroke="{SOFT}" stroke-width="1"/>')
    for index, label in enumerate(axes):
        x, y = point(index, 1)
        body.append(f'<line x1="{centre}" y1="{centre}" x2="{x:.1f}" y2="{y:.1f}" stroke="{SOFT}"/>')
        lx, ly = point(index, 1.2)
        anchor = "middle" if abs(lx - centre) < 10 else ("start" if lx > centre else "end")
        body.append(
            f'<text x="{lx:.1f}" y="{ly + 6:.1f}" font-size="17" text-anchor="{anchor}" '
            f'fill="{TEXT}">{escape(label)}</text>'
        )
    styles = [
        f'fill="{BLUE}" fill-opacity="0.25" stroke="{BLUE}" stroke-width="3"',
        f'fill="none" stroke="{ORANGE}" stroke-width="3" stroke-dasharray="8 5"',
    ]
    for (_name, values), style in zip(series, styles, strict=False):
        shares = [
            0 if value is None else (min(max(value, minimum), maximum) - minimum) / ((maximum - minimum) or 1)
            for value in values
        ]
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, s) for i, s in enumerate(shares)))
        body.append(f'<polygon points="{points}" {style}/>')
    if len(series) > 1:
        for index, (name, _values) in enumerate(series[:2]):
            y = size - 34 + index * 20
            colour = BLUE if index == 0 else ORANGE
            body.append(f'<rect x="8" y="{y - 11}" width="18" height="6" fill="{colour}"/>')
            body.append(f'<text x="32" y="{y - 3}" font-size="15" fill="{TEXT}">{escape(name)}</text>')
    return _svg(size, size, title, body, "chart--radar")
