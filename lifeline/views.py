"""/lifeline/: add, change and remove the points of the request's own card (works without JS).

The card comes from ``sheets.cards.get_card`` — never from an id in the URL — and is created (for an
anonymous visitor too) only when something is saved. Submitting with 「行を追加」 keeps what was typed
and shows three more empty rows, without saving.
"""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from sheets.cards import get_card

from .forms import EXTRA_ROWS, point_formset_class
from .models import MAX_POINTS, LifelinePoint
from .render import points_of

PREFIX = "points"


def _queryset(card):
    if card is None:
        return LifelinePoint.objects.none()
    return LifelinePoint.objects.filter(card=card).order_by("age", "pk")


@never_cache
@require_http_methods(["GET", "POST"])
def edit(request):
    card = get_card(request, create=False)
    if request.method == "POST":
        if "add" in request.POST:
            return _add_rows(request, card)
        formset = point_formset_class()(request.POST, queryset=_queryset(card), prefix=PREFIX)
        if formset.is_valid():
            with transaction.atomic():
                if card is None:
                    card = get_card(request, create=True)
                for point in formset.save(commit=False):
                    point.card = card
                    point.save()
                for point in formset.deleted_objects:
                    point.delete()
            messages.success(request, _("ライフラインチャートを保存しました。"))
            return redirect("lifeline:edit")
        return _render(request, card, formset, show_errors=True)
    formset = point_formset_class(EXTRA_ROWS if _queryset(card).exists() else EXTRA_ROWS + 2)(
        queryset=_queryset(card), prefix=PREFIX
    )
    return _render(request, card, formset)


def _add_rows(request, card):
    data = request.POST.copy()
    try:
        total = int(data.get(f"{PREFIX}-TOTAL_FORMS", "0"))
    except ValueError:
        total = 0
    data[f"{PREFIX}-TOTAL_FORMS"] = str(min(max(total, 0) + EXTRA_ROWS, MAX_POINTS))
    formset = point_formset_class()(data, queryset=_queryset(card), prefix=PREFIX)
    return _render(request, card, formset, focus_row=total)


def _render(request, card, formset, show_errors=False, focus_row=None):
    points = points_of(card)
    non_form_errors = formset.non_form_errors() if show_errors else []
    return render(
        request,
        "lifeline/edit.html",
        {
            "card": card,
            "points": points,
            "formset": formset,
            "show_errors": show_errors,
            "has_errors": show_errors and (any(form.errors for form in formset.forms) or non_form_errors),
            "non_form_errors": non_form_errors,
            "focus_row": focus_row,
            "max_points": MAX_POINTS,
        },
    )
