"""Server-side SVG charts for the dashboard: no JavaScript, no library, a data table beside each.

Each chart is an ``<svg role="img">`` with a ``<title>`` and a ``<desc>`` summarising it; the
numbers themselves are in the table next to it (and in the CSV export). Colours come from a small
palette that keeps 3:1 against white, and every series is also named in a legend.
"""

from __future__ import annotations

import math

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

PALETTE = ("#0031d8", "#197a4b", "#b35900", "#c20000", "#5c10be", "#4d4d4d", "#00707a", "#8a4400")
WIDTH = 640


def _short(label: str, limit: int = 14) -> str:
    label = str(label)
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _number(value: float) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    return f"{int(value):,}"


def nice_max(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above ``value``, so axis ticks are round numbers."""
    if value <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _svg(
    chart_id: str, title: str, desc: str, height: int, body: list[str], width: int = WIDTH
) -> SafeString:
    head = (
        f'<svg class="insights-chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" preserveAspectRatio="xMinYMin meet" '
        f'xmlns="http://www.w3.org/2000/svg" font-size="13">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>'
    )
    return mark_safe(head + "".join(body) + "</svg>")  # noqa: S308 — every text part is escaped above


def hbar(
    chart_id: str,
    title: str,
    items: list[tuple[str, float]],
    unit: str = "",
    max_value=None,
    width: int = WIDTH,
    label_width: int = 190,
    label_chars: int = 14,
) -> SafeString:
    """Horizontal bars, one per (label, value)."""
    row, label_w, top = 30, label_width, 8
    bar_w = width - label_w - 90
    peak = max_value or max((value or 0 for _label, value in items), default=0) or 1
    height = top * 2 + row * max(1, len(items))
    body = []
    for index, (label, value) in enumerate(items):
        y = top + index * row
        length = max(0.0, (value or 0) / peak * bar_w)
        text = escape(_short(label, label_chars))
        body.append(
            f'<text x="{label_w - 8}" y="{y + 19}" text-anchor="end" fill="currentColor">{text}</text>'
            f'<rect x="{label_w}" y="{y + 5}" width="{length:.1f}" height="20" fill="{PALETTE[0]}" rx="2">'
            "</rect>"
            f'<text x="{label_w + length + 6:.1f}" y="{y + 19}" fill="currentColor">'
            f"{escape(_number(value))}{escape(unit)}</text>"
        )
    desc = "、".join(f"{label} {_number(value)}{unit}" for label, value in items[:12])
    return _svg(chart_id, title, desc, height, body, width)


def line(
    chart_id: str, title: str, points: list[tuple[str, float | None]], unit: str = "", max_value=None
) -> SafeString:
    """A line over time; None leaves a gap (no data in that period)."""
    height, left, right, top, bottom = 230, 56, 16, 16, 40
    plot_w, plot_h = WIDTH - left - right, height - top - bottom
    values = [value for _label, value in points if value is not None]
    peak = max_value or nice_max(max([*values, 4]))  # at least 0–4, so small counts get whole ticks
    body = []
    for step in range(5):
        value = peak * step / 4
        y = top + plot_h - plot_h * step / 4
        body.append(
            f'<line x1="{left}" x2="{WIDTH - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d9d9d9"></line>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="currentColor">'
            f"{escape(_number(round(value, 1)))}{escape(unit)}</text>"
        )
    count = len(points)
    every = max(1, -(-count // 8))
    segments, current = [], []
    for index, (label, value) in enumerate(points):
        x = left + (plot_w * (index + 0.5) / max(count, 1))
        if index % every == 0:
            body.append(
                f'<text x="{x:.1f}" y="{height - bottom + 18}" text-anchor="middle" fill="currentColor">'
                f"{escape(_short(label, 10))}</text>"
            )
        if value is None:
            if current:
                segments.append(current)
            current = []
            continue
        y = top + plot_h - plot_h * value / peak
        current.append((x, y))
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{PALETTE[0]}"></circle>')
    if current:
        segments.append(current)
    for segment in segments:
        if len(segment) > 1:
            coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in segment)
            body.insert(
                0,
                f'<polyline points="{coords}" fill="none" stroke="{PALETTE[0]}" stroke-width="2.5">'
                "</polyline>",
            )
    shown = [f"{label} {_number(value)}{unit}" for label, value in points if value is not None]
    desc = "、".join(shown[:12]) + ("…" if len(shown) > 12 else "") if shown else _("データがありません")
    return _svg(chart_id, title, desc, height, body)


def columns(
    chart_id: str, title: str, labels: list[str], series: list[tuple[str, list[float]]]
) -> SafeString:
    """Stacked columns: one column per label, one colour per series (with a legend)."""
    height, left, right, top, bottom = 260, 56, 16, 40, 40
    plot_w, plot_h = WIDTH - left - right, height - top - bottom
    totals = [sum(values[i] or 0 for _name, values in series) for i in range(len(labels))]
    peak = nice_max(max([*totals, 4]))
    body = []
    x_legend = left
    for index, (name, _values) in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        body.append(
            f'<rect x="{x_legend}" y="8" width="12" height="12" fill="{colour}"></rect>'
            f'<text x="{x_legend + 16}" y="19" fill="currentColor">{escape(name)}</text>'
        )
        x_legend += 24 + 14 * len(str(name))
    for step in range(5):
        y = top + plot_h - plot_h * step / 4
        body.append(
            f'<line x1="{left}" x2="{WIDTH - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d9d9d9"></line>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="currentColor">'
            f"{escape(_number(round(peak * step / 4)))}</text>"
        )
    count = len(labels)
    slot = plot_w / max(count, 1)
    bar = max(2.0, slot * 0.7)
    every = max(1, -(-count // 8))
    for index, label in enumerate(labels):
        x = left + slot * index + (slot - bar) / 2
        base = top + plot_h
        for series_index, (_name, values) in enumerate(series):
            value = values[index] or 0
            h = plot_h * value / peak
            base -= h
            colour = PALETTE[series_index % len(PALETTE)]
            body.append(
                f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour}"></rect>'
            )
        if index % every == 0:
            body.append(
                f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 18}" text-anchor="middle" '
                'fill="currentColor">'
                f"{escape(_short(label, 10))}</text>"
            )
    desc = "、".join(
        f"{label}：" + "・".join(f"{name} {_number(values[i])}" for name, values in series)
        for i, label in enumerate(labels[:12])
    )
    return _svg(chart_id, title, desc or _("データがありません"), height, body)
