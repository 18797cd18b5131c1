"""Class/team codes: the organisation's pages (/supporter/classes/) and the person's (/sharing/classes/)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from outputs.csv_export import csv_bytes
from sheets.definitions import get_definition
from sheets.editor.status import EDITOR_SHEETS

from . import groups
from .access import memberships, supporter_required
from .forms import GroupForm, JoinGroupForm
from .models import GroupMember
from .services import CodeRefused

SESSION_GROUP_CODES = "sharing:group-codes"  # group id → code, shown once


def _remember_code(request, group_id: int, code: str) -> None:
    request.session.setdefault(SESSION_GROUP_CODES, {})[str(group_id)] = code
    request.session.modified = True


def _group(request, group_id: int):
    group = groups.groups_for(request.user).filter(pk=group_id).select_related("organisation").first()
    if group is None:
        raise Http404
    return group


# The organisation's side -------------------------------------------------------------------------


@never_cache
@supporter_required
def group_list(request):
    mine = list(memberships(request.user))
    form = GroupForm(request.POST or None, memberships=mine)
    if request.method == "POST" and form.is_valid():
        membership = form.memberships.get(form.cleaned_data["membership"])
        if membership is None:
            form.add_error("membership", _("組織を選んでください。"))
        else:
            group, code = groups.create(membership.organisation, form.cleaned_data["name"], request.user)
            _remember_code(request, group.pk, code)
            return redirect("supporter:group", group_id=group.pk)
    return render(
        request,
        "sharing/supporter/groups.html",
        {"groups": groups.groups_for(request.user).select_related("organisation"), "form": form},
        status=400 if form.errors else 200,
    )


@never_cache
@supporter_required
def group_detail(request, group_id: int):
    group = _group(request, group_id)
    code = request.session.get(SESSION_GROUP_CODES, {}).pop(str(group.pk), None)
    request.session.modified = True
    rows = groups.progress(group, request.user) if group.is_open else []
    return render(
        request,
        "sharing/supporter/group.html",
        {
            "group": group,
            "code": code,
            "rows": rows,
            "sheets": [(c, get_definition(c).title) for c in EDITOR_SHEETS],
        },
    )


@never_cache
@supporter_required
def group_csv(request, group_id: int):
    group = _group(request, group_id)
    if not group.is_open:
        raise Http404
    body = csv_bytes(groups.progress_csv_rows(groups.progress(group, request.user)))
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="progress-{group.pk}-{stamp}.csv"'
    return response


@require_POST
@supporter_required
def group_new_code(request, group_id: int):
    group = _group(request, group_id)
    if not group.is_open:
        raise Http404
    _remember_code(request, group.pk, groups.new_code(group))
    messages.success(request, _("新しい参加コードを発行しました。前のコードはもう使えません。"))
    return redirect("supporter:group", group_id=group.pk)


@require_POST
@supporter_required
def group_close(request, group_id: int):
    group = _group(request, group_id)
    groups.close(group)
    messages.success(
        request,
        _("「%(name)s」を終了しました。参加した方の進捗はもう表示されません。") % {"name": group.name},
    )
    return redirect("supporter:groups")


# The person's side --------------------------------------------------------------------------------


@never_cache
@login_required
def join(request):
    form = JoinGroupForm(request.POST or None, initial={"code": request.GET.get("code", "")})
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            group = groups.find(request, form.cleaned_data["code"])
        except CodeRefused as exc:
            form.add_error("code", exc.message)
            status = exc.status
        else:
            if request.POST.get("action") == "confirm":
                groups.join(group, request.user)
                messages.success(
                    request,
                    _("「%(org)s %(name)s」に参加しました。")
                    % {"org": group.organisation.name, "name": group.name},
                )
                return redirect("sharing:index")
            # Before joining, the person sees who will see what.
            return render(request, "sharing/group_preview.html", {"form": form, "group": group})
    if form.errors and status == 200:
        status = 400
    return render(request, "sharing/group_join.html", {"form": form}, status=status)


@require_POST
@login_required
def leave(request, member_id: int):
    member = (
        GroupMember.objects.filter(pk=member_id, person=request.user, left_at__isnull=True)
        .select_related("group")
        .first()
    )
    if member is None:
        raise Http404
    groups.leave(member)
    messages.success(
        request, _("「%(name)s」から抜けました。進捗はもう表示されません。") % {"name": member.group.name}
    )
    return redirect("sharing:index")
