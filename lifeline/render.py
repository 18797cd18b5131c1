"""The lifeline chart as SVG: for the page, for my page, and for the PDF exporter.

``chart_svg(card)`` returns safe SVG markup (``""`` when the card has no points), sized in pixels
(``width`` × ``height``, with a viewBox so CSS may scale it) and self-contained: no CSS classes, no
scripts, fonts named inline (BIZ UDPGothic, vendored for WeasyPrint). It is accessible on its own:
``role="img"`` with a ``<title>`` and a ``<desc>`` that summarises the line in words. Pages also show
the table alternative (``templates/lifeline/includes/chart.html``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .models import MAX_SATISFACTION, MIN_SATISFACTION, LifelinePoint

FONT = "BIZ UDPGothic, BIZ UDGothic, Hiragino Sans, Noto Sans JP, sans-serif"
BLUE = "#0031d8"
TEXT = "#1a1a1a"
MUTED = "#4d4d4d"
GRID = "#d9d9d9"
LABEL_CHARS = 12


@dataclass(frozen=True)
class Point:
    age: int
    satisfaction: int
    event: str = ""


def points_of(card) -> list[Point]:
    """The card's points in age order (as the chart and the table show them)."""
    if card is None or card.pk is None:
        return []
    rows = (
        LifelinePoint.objects.filter(card=card)
        .order_by("age", "pk")
        .values_list("age", "satisfaction", "event")
    )
    return [Point(*row) for row in rows]


def signed(value: int) -> str:
    """「+80」, 「0」, 「−60」 (a real minus sign)."""
    if value > 0:
        return f"+{value}"
    if value < 0:
        return f"\u2212{-value}"
    return "0"


def short(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(points: list[Point]) -> str:
    """One or two sentences that say what the chart shows."""
    if not points:
        return _("まだ出来事が入力されていません。")
    first, last = points[0], points[-1]
    high = max(points, key=lambda p: p.satisfaction)
    low = min(points, key=lambda p: p.satisfaction)
    text = _(
        "%(start)d歳から%(end)d歳までの%(n)d件の出来事の満足度を、−100から＋100の折れ線で表しています。"
    ) % {
        "start": first.age,
        "end": last.age,
        "n": len(points),
    }

    def point_text(point):
        event = f"「{point.event}」" if point.event else ""
        return _("%(age)d歳%(event)s（%(value)s）") % {
            "age": point.age,
            "event": event,
            "value": signed(point.satisfaction),
        }

    if len(points) > 1:
        text += _("最も高いのは%(high)s、最も低いのは%(low)sです。") % {
            "high": point_text(high),
            "low": point_text(low),
        }
    return text


def _age_axis(points: list[Point]) -> tuple[int, int, int]:
    """(start, end, step) of the age axis: whole 5-year marks around the points."""
    low = min(p.age for p in points)
    high = max(p.age for p in points)
    start = max(0, math.floor(low / 5) * 5)
    end = min(120, math.ceil(high / 5) * 5)
    if end - start < 10:
        end = min(120, start + 10)
        start = max(0, end - 10)
    span = end - start
    step = 5 if span <= 30 else 10 if span <= 70 else 20
    return start, end, step


def render_points(
    points: Iterable[Point], *, width: int = 640, height: int = 360, id_prefix: str = "lifeline"
) -> SafeString:
    points = list(points)
    if not points:
        return mark_safe("")
    left, right, top, bottom = 56, 20, 28, 52
    plot_w, plot_h = width - left - right, height - top - bottom
    start, end, step = _age_axis(points)

    def x(age: float) -> float:
        return left + (age - start) / (end - start) * plot_w

    def y(value: float) -> float:
        return top + (MAX_SATISFACTION - value) / (MAX_SATISFACTION - MIN_SATISFACTION) * plot_h

    pid = escape(id_prefix)
    title = escape(_("ライフラインチャート"))
    desc = escape(describe(points))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{pid}-title {pid}-desc" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-family="{FONT}" font-size="13" class="lifeline-svg">',
        f'<title id="{pid}-title">{title}</title>',
        f'<desc id="{pid}-desc">{desc}</desc>',
        # Above zero a pale blue, below it a pale grey: the sign is also in the labels and the axis.
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h / 2:.1f}" fill="#f3f7fe"/>',
        f'<rect x="{left}" y="{y(0):.1f}" width="{plot_w}" height="{plot_h / 2:.1f}" fill="#f7f7f7"/>',
    ]
    for value in (100, 50, 0, -50, -100):
        weight = 'stroke-width="2"' if value == 0 else 'stroke-width="1" stroke-dasharray="4 4"'
        color = MUTED if value == 0 else GRID
        out.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y(value):.1f}" y2="{y(value):.1f}" '
            f'stroke="{color}" {weight}/>'
        )
        out.append(
            f'<text x="{left - 8}" y="{y(value) + 4:.1f}" text-anchor="end" fill="{TEXT}">'
            f"{escape(signed(value))}</text>"
        )
    for age in range(math.ceil(start / step) * step, end + 1, step):
        out.append(
            f'<line x1="{x(age):.1f}" x2="{x(age):.1f}" y1="{top + plot_h}" y2="{top + plot_h + 6}" '
            f'stroke="{MUTED}"/>'
        )
        out.append(
            f'<text x="{x(age):.1f}" y="{top + plot_h + 22}" text-anchor="middle" fill="{TEXT}">{age}</text>'
        )
    out.append(
        f'<text x="{left + plot_w / 2:.1f}" y="{height - 8}" text-anchor="middle" fill="{TEXT}">'
        f"{escape(_('年齢（歳）'))}</text>"
    )
    out.append(
        f'<text x="{left}" y="{top - 10}" text-anchor="start" fill="{TEXT}">{escape(_("満足度"))}</text>'
    )
    path = " ".join(
        f"{'M' if i == 0 else 'L'}{x(p.age):.1f},{y(p.satisfaction):.1f}" for i, p in enumerate(points)
    )
    out.append(f'<path d="{path}" fill="none" stroke="{BLUE}" stroke-width="3" stroke-linejoin="round"/>')
    # Labels: above a point at or over zero, below one under it; crowded neighbours step further out.
    last_x: dict[bool, float] = {}
    level: dict[bool, int] = {}
    for point in points:
        px, py = x(point.age), y(point.satisfaction)
        out.append(
            f'<circle cx="{px:.1f}" cy="{py:.1f}" r="5" fill="#fff" stroke="{BLUE}" stroke-width="3"/>'
        )
        if not point.event:
            continue
        up = point.satisfaction >= 0
        crowded = up in last_x and px - last_x[up] < 96
        level[up] = (level.get(up, 0) + 1) % 3 if crowded else 0
        last_x[up] = px
        offset = 14 + level[up] * 16
        ly = py - offset if up else py + offset + 10
        ly = min(max(ly, top + 12), top + plot_h - 4)
        anchor = "start" if px < left + 40 else "end" if px > left + plot_w - 40 else "middle"
        out.append(
            # A white outline behind the letters keeps a label legible where it crosses the line.
            f'<text x="{px:.1f}" y="{ly:.1f}" text-anchor="{anchor}" fill="{TEXT}" font-size="12" '
            'stroke="#fff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">'
            f"{escape(short(point.event))}</text>"
        )
    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308 — every text above is escaped


def chart_svg(card, *, width: int = 640, height: int = 360, id_prefix: str = "lifeline") -> SafeString:
    """The card's lifeline chart as SVG markup (``""`` when it has no points). For the PDF export."""
    return render_points(points_of(card), width=width, height=height, id_prefix=id_prefix)


def chart_data(card, *, width: int = 640, height: int = 360) -> dict | None:
    """The chart for the card's PDF (Typst): the SVG, the sentence that describes it (its alt text)
    and the points as rows of a data table; None when the card has no points."""
    points = points_of(card)
    if not points:
        return None
    return {
        "svg": str(render_points(points, width=width, height=height, id_prefix="lifeline-pdf")),
        "description": describe(points),
        "points": [
            {
                "age": _("%(age)d歳") % {"age": p.age},
                "satisfaction": signed(p.satisfaction),
                "event": p.event or "—",
            }
            for p in points
        ],
    }
