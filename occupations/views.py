"""Public pages: ``/occupations/`` (search and browse by group) and ``/occupations/<id>/``.

Both show the credit line job tag's terms require. Nothing personal is read or written.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from . import search
from .labels import GROUPS
from .models import DataVersion, Occupation
from .presentation import occupation_profiles

PER_PAGE = 20


def occupation_list(request):
    query = request.GET.get("q", "").strip()
    group = request.GET.get("group", "")
    group = group if group in GROUPS else ""
    error = ""
    if len(query) > search.MAX_QUERY_LENGTH:
        error = _("検索する言葉は%(max)d文字以内で入力してください。") % {"max": search.MAX_QUERY_LENGTH}
    elif "q" in request.GET and not query and not group:
        error = _("職業名や仕事の名前を入力してください。")

    queryset = Occupation.objects.all()
    if group:
        queryset = queryset.filter(group=group)
    hits = None
    if query and not error:
        hits = search.search(query, queryset=queryset)
    elif group:
        hits = [search.Hit(occupation, search.Match.TITLE) for occupation in queryset.order_by("id")]
    page = Paginator(hits or [], PER_PAGE).get_page(request.GET.get("page"))

    counts = dict(Occupation.objects.values_list("group").annotate(n=Count("id")))
    groups = [{"code": code, "name": name, "count": counts.get(code, 0)} for code, name in GROUPS.items()]
    return render(
        request,
        "occupations/occupation_list.html",
        {
            "q": query,
            "error": error,
            "group": group,
            "group_name": GROUPS.get(group, ""),
            "groups": groups,
            "searched": hits is not None,
            "page_obj": page,
            "result_count": len(hits or []),
            "data_version": DataVersion.current(),
            "max_length": search.MAX_QUERY_LENGTH,
        },
    )


def occupation_detail(request, pk: int):
    occupation = get_object_or_404(Occupation.objects.select_related("data_version"), pk=pk)
    tasks = list(occupation.tasks.all())
    return render(
        request,
        "occupations/occupation_detail.html",
        {
            "occupation": occupation,
            "tasks": tasks,
            "group_name": GROUPS.get(occupation.group, ""),
            "data_version": occupation.data_version,
            **occupation_profiles(occupation),
        },
    )
