"""The supporter's workspace: receive a code, list the people who shared, read, write their part."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from insights.events import record
from sheets.definitions import get_definition
from sheets.definitions.base import Writer
from sheets.editor.layout import apply_row_action, is_row_action, read_submission, sheet_view
from sheets.editor.status import SheetStatus, sheet_statuses
from sheets.editor.views import error_items

from . import documents, services
from .access import memberships, share_for, shares_for, supporter_required
from .forms import CodeForm, CommentForm
from .models import AccessRecord, Comment
from .views import COMPANY_SHEETS


def person_name(user) -> str:
    """姓 名, as a Japanese name is written; the e-mail when the account has no name."""
    return f"{user.last_name} {user.first_name}".strip() or user.email


@never_cache
@supporter_required
def workspace(request):
    shares = shares_for(request.user).order_by("-received_at")
    return render(
        request,
        "sharing/supporter/workspace.html",
        {"shares": [(s, person_name(s.owner)) for s in shares], "memberships": memberships(request.user)},
    )


@never_cache
@supporter_required
def receive(request):
    mine = list(memberships(request.user))
    form = CodeForm(request.POST or None, memberships=mine, initial={"code": request.GET.get("code", "")})
    status = 200
    if request.method == "POST" and form.is_valid():
        membership = form.memberships.get(form.cleaned_data["membership"])
        if membership is None:
            form.add_error("membership", _("受け取る組織を選んでください。"))
        else:
            try:
                share = services.receive(request, form.cleaned_data["code"], membership)
                record(request, "share_received", kind=membership.organisation.kind)
            except services.CodeRefused as exc:
                form.add_error("code", exc.message)
                status = exc.status
            else:
                messages.success(
                    request,
                    _("%(name)s さんのジョブ・カードを受け取りました。") % {"name": person_name(share.owner)},
                )
                return redirect("supporter:person", share_id=share.pk)
    if form.errors and status == 200:
        status = 400
    return render(request, "sharing/supporter/receive.html", {"form": form}, status=status)


@never_cache
@supporter_required
def person(request, share_id: int):
    share = share_for(request.user, share_id)
    statuses = [s for s in sheet_statuses(share.card) if s.code in share.sheets]
    listed = {s.code for s in statuses}
    for code in share.sheets:  # sheets outside the person's task list (3-3, which a company starts)
        if code not in listed and not documents.is_document(code):
            definition = get_definition(code)
            entry = services.entry_for(share, code)
            statuses.append(SheetStatus(code=code, title=definition.title, description="", entry=entry))
    writer = share.organisation.writer
    return render(
        request,
        "sharing/supporter/person.html",
        {
            "share": share,
            "name": person_name(share.owner),
            "statuses": statuses,
            "startable": {c for c in share.sheets if c in COMPANY_SHEETS and writer == Writer.COMPANY},
            "documents": [(c, documents.label(c)) for c in share.sheets if documents.is_document(c)],
        },
    )


@require_safe
@never_cache
@supporter_required
def document(request, share_id: int, code: str):
    """A shared 履歴書, 職務経歴書 or diagnosis result, read-only; recorded for the person."""
    share = share_for(request.user, share_id)
    if not documents.is_document(code) or code not in share.sheets:
        raise Http404
    html = documents.render(code, share.card, share.owner, request)
    if html is None:
        raise Http404
    services.note(share, request.user, AccessRecord.Action.READ, documents.label(code))
    return render(
        request,
        "sharing/supporter/document.html",
        {"share": share, "name": person_name(share.owner), "title": documents.label(code), "html": html},
    )


def _writes_any(definition, writer) -> bool:
    return writer is not None and any(leaf.writer == writer for leaf in definition.leaves())


@never_cache
@supporter_required
def sheet(request, share_id: int, code: str):
    share = share_for(request.user, share_id)
    if code not in share.sheets:
        raise Http404
    entry = services.entry_for(share, code)
    writer = share.organisation.writer
    starts = code in COMPANY_SHEETS and writer == Writer.COMPANY
    if (entry is None or entry.saved_data is None) and not starts:
        raise Http404
    definition = get_definition(code, entry.definition_version) if entry else get_definition(code)
    can_write = _writes_any(definition, writer)
    saved = (entry.saved_data if entry else None) or {}
    data, errors, status = saved, {}, 200
    sections = [section.title for section in definition.sections]
    comment_form = CommentForm(
        request.POST if request.POST.get("action") == "comment" else None, sections=sections, prefix="comment"
    )
    if request.method == "POST" and request.POST.get("action") == "comment":
        if comment_form.is_valid():
            services.supporter_comment(
                share,
                request.user,
                code,
                comment_form.cleaned_data["section"],
                comment_form.cleaned_data["text"],
            )
            record(request, "supporter_commented", kind=share.organisation.kind)
            messages.success(request, _("コメントを送りました。ご本人に通知しました。"))
            return redirect(f"{request.path}#comments")
        status = 400
    elif request.method == "POST" and can_write and request.POST.get("action") == "hold":
        # 「記入欄に記入する」: the supporter takes the sheet; the person's changes wait (#15 item 3).
        if entry is None:
            entry = services.start_company_sheet(share, code)
        held, why = services.hold_writing(share, entry, request.user)
        if not held:
            messages.error(request, why)
        return redirect("supporter:sheet", share_id=share.pk, code=code)
    elif request.method == "POST" and can_write and request.POST.get("action") == "release":
        if entry is not None:
            services.release_writing(entry, request.user)
        messages.success(request, _("記入をやめました。ご本人が様式を変更できるようになりました。"))
        return redirect("supporter:sheet", share_id=share.pk, code=code)
    elif request.method == "POST" and can_write and is_row_action(request.POST.get("action", "")):
        # 「行を追加」 and the like without JavaScript: the form comes back with the row, unsaved.
        data = read_submission(definition, request.POST, saved, role=writer, keep_blank_rows=True)
        apply_row_action(definition, data, request.POST["action"], role=writer)
    elif request.method == "POST" and can_write:
        data = read_submission(definition, request.POST, saved, role=writer)
        if entry is None:
            entry = services.start_company_sheet(share, code)
        try:
            expected = int(request.POST.get("lock_version", ""))
        except ValueError:
            expected = -1
        try:
            services.save_supporter_part(share, entry, data, expected, request.user)
        except services.PersonIsEditing as exc:
            messages.error(request, exc.message)
            status = 409
        except services.PartBeingWritten as exc:  # another member of staff holds the sheet
            messages.error(request, exc.message)
            status = 423
        except services.StaleEdit:
            messages.error(
                request,
                _(
                    "ご本人がこの様式をいま保存しました。最新の内容を表示しています。記入した内容を確認して、もう一度保存してください。"
                ),
            )
            entry.refresh_from_db()
            status = 409
        except services.SheetValidationError as exc:
            errors, status = exc.errors, 400
        else:
            record(request, "supporter_wrote", kind=share.organisation.kind, sheet=code)
            messages.success(request, _("記入欄を保存しました。ご本人が同意すると確定します。"))
            return redirect("supporter:sheet", share_id=share.pk, code=code)
    elif request.method == "POST":
        raise Http404
    else:
        services.note(share, request.user, AccessRecord.Action.READ, code)
    holder = entry.writer_now() if entry is not None else None
    holding = bool(holder and holder[0] == request.user.pk)
    writing_post = request.method == "POST" and request.POST.get("action") != "comment"
    if can_write and entry is not None and (holding or writing_post):
        # Coming back to the form, or a refused save, renews the hold (when it can be had).
        holding = services.hold_writing(share, entry, request.user)[0]
    show_form = can_write and (holding or writing_post)
    return render(
        request,
        "sharing/supporter/sheet.html",
        {
            "share": share,
            "name": person_name(share.owner),
            "definition": definition,
            "entry": entry,
            "summary": sheet_view(definition, saved),
            "view": sheet_view(definition, data, errors, role=writer) if show_form else None,
            "can_write": can_write,
            "writing_minutes": services.WRITING_MINUTES,
            "errors": error_items(definition, errors) if errors else [],
            "lock_version": entry.lock_version if entry else 0,
            "person_is_editing": entry is not None and entry.draft_data is not None,
            "holding_until": entry.writing_until if holding else None,
            "held_by_other": holder[1] if holder and not holding else "",
            "held_until": holder[2] if holder and not holding else None,
            "writer": writer,
            "comments": Comment.objects.filter(card=share.card, sheet_code=code),
            "comment_form": comment_form,
        },
        status=status,
    )


DOWNLOAD_FORMATS = ("pdf", "xlsx")


@never_cache
@supporter_required
def download(request, share_id: int, code: str, fmt: str):
    """One shared sheet as PDF or Excel — only what was shared: that sheet's saved version, without
    the person's 基本情報 (address, phone) that the share does not include. Recorded for the person."""
    from outputs.exports import card_picks, export_pdf, export_xlsx, file_stem
    from outputs.views import _file_response

    share = share_for(request.user, share_id)
    if fmt not in DOWNLOAD_FORMATS or code not in share.sheets:
        raise Http404
    picks = [pick for pick in card_picks(share.card) if pick.code == code]
    if not picks:
        raise Http404
    content = export_pdf(picks, []) if fmt == "pdf" else export_xlsx(picks, [])
    services.note(share, request.user, AccessRecord.Action.DOWNLOAD, code)
    record(request, "download", format=fmt, document=code, where="supporter")
    return _file_response(content, fmt, file_stem(picks))
