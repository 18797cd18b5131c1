"""``{% load lifeline_tags %}``: the chart of a card, for templates/lifeline/includes/chart.html."""

from django import template

from ..render import points_of, render_points, signed

register = template.Library()


@register.simple_tag
def lifeline_points(card):
    """The card's points in age order (``[]`` for no card)."""
    return points_of(card)


@register.simple_tag
def lifeline_svg(points, id_prefix="lifeline"):
    return render_points(points, id_prefix=id_prefix)


@register.filter
def satisfaction(value):
    """「+80」「0」「−60」."""
    try:
        return signed(int(value))
    except (TypeError, ValueError):
        return ""
