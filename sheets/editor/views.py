"""The sheet editor's pages. Every one works with JavaScript off; sheet-editor.js enhances them.

The card is always the request's own (``sheets.cards.get_card``); a sheet is named by its code in
the URL, never by a row id, so nobody reaches another person's card by editing the address.
"""

from __future__ import annotations

import json

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from insights.events import record
from portal.errors import bad_request_page

from ..cards import get_card
from ..definitions import UnknownDefinition, get_definition
from ..definitions.base import FieldType, Writer
from ..models import SheetEntry, SheetRevision
from ..services import (
    PartBeingWritten,
    SheetValidationError,
    StaleEdit,
    restore_revision,
    save_draft,
    save_version,
    start_entry,
)
from ..validation import is_blank, validate
from . import conflicts
from .help import field_help, person_user_type
from .layout import (
    apply_row_action,
    is_row_action,
    name_for_path,
    read_submission,
    rows_over_limit,
    sheet_view,
)
from .status import EDITOR_SHEETS, recommended_next, sheet_statuses

RELOAD_MESSAGE = gettext_lazy("送信された内容が正しくありません。ページを読み込み直してください。")

# 様式1-1 can start from 1-2 (table 2-10): a person who was a student keeps what they wrote.
SYNC_SOURCES = {"1-1": "1-2"}


# Evaluation sheets (様式3-3) are not on the task list: a company or training body fills them (shared
# with it, see sharing/), and the person writes the 自己評価 in the same editor.
EVALUATION_PREFIX = "3-3-"


def editor_definition(code: str):
    if code not in EDITOR_SHEETS and not code.startswith(EVALUATION_PREFIX):
        raise Http404
    try:
        return get_definition(code)
    except UnknownDefinition as exc:
        raise Http404 from exc


def find_entry(card, code: str) -> SheetEntry | None:
    if card is None:
        return None
    return card.entries.filter(sheet_code=code).order_by("pk").first()


def ensure_entry(request, code: str) -> SheetEntry:
    """The card's entry for ``code``, created (with the card) on the first write."""
    card = get_card(request, create=True)
    entry = find_entry(card, code)
    if entry is not None:
        return entry
    try:
        with transaction.atomic():
            entry = start_entry(card, code)
    except IntegrityError:  # another tab started it a moment ago
        return find_entry(card, code)
    record(request, "sheet_started", sheet=code)
    return entry


def safe_next(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


def _lock_version(request) -> int | None:
    try:
        return int(request.POST.get("lock_version", ""))
    except ValueError:
        return None


def count_write(request, entry: SheetEntry, had_draft: bool, was_saved: bool, saved: bool) -> None:
    """Statistics: the first draft of a sheet, its first save and each later save."""
    if saved:
        record(request, "sheet_updated" if was_saved else "sheet_saved", sheet=entry.sheet_code)
    elif not had_draft and not was_saved:
        record(request, "sheet_draft", sheet=entry.sheet_code)


# Task list --------------------------------------------------------------------------------------


@never_cache
def task_list(request):
    card = get_card(request)
    statuses = sheet_statuses(card)
    by_code = {s.code: s for s in statuses}
    sync_offers = [
        {"target": by_code[target], "source": by_code[source]}
        for target, source in SYNC_SOURCES.items()
        if by_code[source].status != "not_started" and by_code[target].status == "not_started"
    ]
    return render(
        request,
        "jobcard/task_list.html",
        {
            "statuses": statuses,
            "recommended": recommended_next(statuses, person_user_type(request)),
            "sync_offers": sync_offers,
            "anonymous": not request.user.is_authenticated,
        },
    )


# Editing ----------------------------------------------------------------------------------------


def error_items(definition, errors: dict) -> list[dict]:
    """The error summary: each message with the field's label (and row) and the input to jump to."""
    items = []
    for path, path_messages in errors.items():
        name = name_for_path(definition, path)
        try:
            label = definition.field_at(path).label
        except KeyError:
            label = ""
        parts = path.split(".")
        if len(parts) > 1 and parts[1].isdigit():
            top = definition.field(parts[0]).label
            label = _("%(table)s %(n)s件目：%(label)s") % {
                "table": top,
                "n": int(parts[1]) + 1,
                "label": label,
            }
        target = f"id_{name}" if name else f"repeat-{parts[0]}"
        items.extend({"target": target, "label": label, "message": m} for m in path_messages)
    return items


def render_editor(request, definition, entry, data, errors, *, status=200, show_summary=False):
    view = sheet_view(definition, data, errors)
    writer = entry.writer_now() if entry else None
    return render(
        request,
        "jobcard/edit.html",
        {
            "definition": definition,
            "entry": entry,
            "view": view,
            "lock_version": entry.lock_version if entry else 0,
            "errors": error_items(definition, errors) if show_summary else [],
            "help": field_help(request, definition),
            "anonymous": not request.user.is_authenticated,
            "next": safe_next(request, ""),
            # A supporter writing their part now: the person is told before typing (#15).
            "writing": {"who": writer[1], "until": writer[2]} if writer else None,
        },
        status=status,
    )


def offer_occupation_row(request, definition, data: dict) -> dict:
    """Started from an occupation (``?occupation=<job tag id>``, 「この職業で様式2の職務を書き始める」):
    one blank row after the person's own to write the duties in — shown, not saved — whose 職務内容
    picker opens on the occupation's task lines (``occupations.templatetags``,
    ``request.occupation_start_target``)."""
    if not request.GET.get("occupation", "").isdigit():
        return data
    from .tools import OCCUPATION_TASK_BOXES

    for f in definition.fields:
        if f.type != FieldType.REPEAT:
            continue
        duties = next((c for c in f.fields if c.box in OCCUPATION_TASK_BOXES), None)
        if duties is None:
            continue
        rows = list(data.get(f.key) or [])
        if f.max_rows is not None and len(rows) >= f.max_rows:
            return data
        request.occupation_start_target = f"id_{f.key}-{len(rows)}-{duties.key}"
        return {**data, f.key: [*rows, {}]}
    return data


@never_cache
@require_http_methods(["GET", "POST"])
def edit(request, code: str):
    definition = editor_definition(code)
    if request.method == "GET":
        entry = find_entry(get_card(request), code)
        data = entry.current_data if entry else {}
        errors = validate(definition, data).errors if entry and entry.has_draft else {}
        data = offer_occupation_row(request, definition, data)
        return render_editor(request, definition, entry, data, errors, show_summary=bool(errors))

    expected = _lock_version(request)
    if expected is None:
        return bad_request_page(request, RELOAD_MESSAGE)
    entry = ensure_entry(request, code)
    only = request.POST.getlist("_fields") or None
    action = request.POST.get("action", "draft")

    def submitted(current):
        data = read_submission(
            definition, request.POST, current, only=only, keep_blank_rows=is_row_action(action)
        )
        return data, apply_row_action(definition, data, action)

    data, anchor = submitted(entry.current_data)
    had_draft, was_saved = entry.has_draft, entry.saved_data is not None
    try:
        try:
            result = save_draft(entry, data, expected, request.user)
        except StaleEdit as exc:
            # Saved elsewhere meanwhile. If what the person sent is what is stored now (an autosave
            # of this very page got there first, say), there is nothing to choose between.
            data, anchor = submitted(exc.current_data)
            if conflicts.differences(definition, data, exc.current_data):
                raise
            result = save_draft(entry, data, exc.current_lock_version, request.user)
    except StaleEdit as exc:
        return conflicts.render_conflict(request, definition, entry, data, exc)
    except PartBeingWritten as exc:
        messages.error(request, exc.message)  # what was typed comes back in the form, unsaved
        return render_editor(request, definition, entry, data, {}, status=423)
    except SheetValidationError as exc:
        return render_editor(request, definition, entry, data, exc.errors, show_summary=True)
    count_write(request, entry, had_draft, was_saved, saved=False)
    for dropped in rows_over_limit(definition, request.POST, only=only):  # #14 item 9
        messages.warning(request, dropped["message"])
    edit_url = reverse("jobcard_edit", args=[code])
    if anchor:
        return redirect(f"{edit_url}#{anchor}")
    if action == "check":
        if result.errors:
            return render_editor(request, definition, entry, data, result.errors, show_summary=True)
        return redirect("jobcard_check", code=code)
    messages.success(request, _("下書きを保存しました。"))
    return redirect(safe_next(request, edit_url))


@never_cache
@require_http_methods(["GET", "POST"])
def check(request, code: str):
    """「入力内容の確認」: everything on one page before 「保存する」."""
    definition = editor_definition(code)
    entry = find_entry(get_card(request), code)
    if entry is None:
        return redirect("jobcard_edit", code=code)
    data = entry.current_data
    if request.method == "POST":
        expected = _lock_version(request)
        if expected is None:
            return bad_request_page(request, RELOAD_MESSAGE)
        had_draft, was_saved = entry.has_draft, entry.saved_data is not None
        try:
            result = save_version(entry, data, expected, request.user)
        except StaleEdit:
            messages.error(request, StaleEdit.message)
            return redirect("jobcard_check", code=code)
        except PartBeingWritten as exc:
            messages.error(request, exc.message)
            return redirect("jobcard_check", code=code)
        except SheetValidationError as exc:
            return render_editor(request, definition, entry, data, exc.errors, show_summary=True)
        if result.revision is None:
            messages.info(request, _("前回保存した内容から変更はありませんでした。"))
        else:
            count_write(request, entry, had_draft, was_saved, saved=True)
            messages.success(request, _("「%(title)s」を保存しました。") % {"title": definition.title})
        return redirect("jobcard_tasks")
    errors = validate(definition, data).errors
    return render(
        request,
        "jobcard/check.html",
        {
            "definition": definition,
            "entry": entry,
            "view": sheet_view(definition, data, errors),
            "errors": error_items(definition, errors),
            "anonymous": not request.user.is_authenticated,
        },
    )


@never_cache
@require_POST
def resolve(request, code: str):
    """The person chose, field by field, between their text and the version saved elsewhere."""
    definition = editor_definition(code)
    entry = find_entry(get_card(request), code)
    expected = _lock_version(request)
    if entry is None or expected is None:
        return redirect("jobcard_edit", code=code)
    mine = conflicts.read_mine(request.POST.get("mine", ""))
    if mine is None:
        return bad_request_page(request, RELOAD_MESSAGE)
    merged = conflicts.merge(definition, mine, entry.current_data, request.POST)
    try:
        save_draft(entry, merged, expected, request.user)
    except StaleEdit as exc:
        return conflicts.render_conflict(request, definition, entry, merged, exc)
    except SheetValidationError as exc:
        return render_editor(request, definition, entry, merged, exc.errors, show_summary=True)
    messages.success(request, _("選んだ内容で下書きを保存しました。確認してから保存してください。"))
    return redirect("jobcard_edit", code=code)


@never_cache
@require_POST
def start_from(request, code: str, source: str):
    """Start a sheet from another sheet's matching boxes (様式1-2 → 1-1)."""
    if SYNC_SOURCES.get(code) != source:
        raise Http404
    definition = editor_definition(code)
    source_entry = find_entry(get_card(request), source)
    if source_entry is None:
        return redirect("jobcard_edit", code=code)
    entry = ensure_entry(request, code)
    data = json.loads(json.dumps(entry.current_data))
    source_data = source_entry.saved_data or source_entry.current_data
    copied = 0
    for section in definition.sections:
        for f in section.fields:
            if (f.writer or section.writer) != Writer.PERSON or f.type != FieldType.TEXTAREA:
                continue
            value = source_data.get(f.key)
            if not is_blank(value) and is_blank(data.get(f.key)):
                data[f.key] = value
                copied += 1
    try:
        save_draft(entry, data, entry.lock_version, request.user)
    except (StaleEdit, SheetValidationError):
        messages.error(request, _("引き継げませんでした。もう一度お試しください。"))
        return redirect("jobcard_tasks")
    messages.success(
        request,
        _("様式%(source)sから%(count)d項目を引き継ぎました。内容を見直してください。")
        % {"source": source, "count": copied},
    )
    return redirect("jobcard_edit", code=code)


# History ----------------------------------------------------------------------------------------


@never_cache
def history(request, code: str):
    definition = editor_definition(code)
    entry = find_entry(get_card(request), code)
    revisions = entry.revisions.select_related("author") if entry else SheetRevision.objects.none()
    return render(
        request,
        "jobcard/history.html",
        {"definition": definition, "entry": entry, "revisions": revisions},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def revision(request, code: str, revision_id: int):
    definition = editor_definition(code)
    entry = find_entry(get_card(request), code)
    if entry is None:
        raise Http404
    rev = get_object_or_404(SheetRevision, pk=revision_id, entry=entry)
    if request.method == "POST":
        expected = _lock_version(request)
        try:
            if expected is None:
                raise StaleEdit(entry, -1, None)
            restore_revision(entry, rev, expected, request.user)
        except StaleEdit:
            messages.error(request, StaleEdit.message)
            return redirect("jobcard_history", code=code)
        except PartBeingWritten as exc:
            messages.error(request, exc.message)
            return redirect("jobcard_history", code=code)
        except SheetValidationError:
            messages.error(request, _("この版は、いまの様式の決まりに合わないため復元できません。"))
            return redirect("jobcard_history", code=code)
        record(request, "sheet_updated", sheet=code)
        messages.success(request, _("選んだ版を復元し、保存しました。"))
        return redirect("jobcard_history", code=code)
    rev_definition = get_definition(code, rev.definition_version)
    return render(
        request,
        "jobcard/revision.html",
        {
            "definition": definition,
            "entry": entry,
            "revision": rev,
            "view": sheet_view(rev_definition, rev.data),
            "is_current": rev.data == entry.saved_data,
        },
    )


# The sheet-form block -----------------------------------------------------------------------------


@never_cache
def fragment(request, code: str):
    """The fields of a sheet (or of some of its boxes) for a guidance page's sheet-form block.

    Guidance pages are cached and shared, so the block's HTML holds no personal data: the page's
    script fetches this fragment, which holds the person's own values and posts to the editor."""
    definition = editor_definition(code)
    keys = [k for k in request.GET.get("fields", "").split(",") if k]
    known = {f.key for f in definition.fields}
    only = [k for k in keys if k in known] or None
    entry = find_entry(get_card(request), code)
    data = entry.current_data if entry else {}
    return render(
        request,
        "jobcard/fragment.html",
        {
            "definition": definition,
            "entry": entry,
            "view": sheet_view(definition, data, {}, only=only),
            "lock_version": entry.lock_version if entry else 0,
            "help": field_help(request, definition, only),
            "next": safe_next(request, ""),
            "anonymous": not request.user.is_authenticated,
            "embedded": True,  # no field tools in a page block: the full editor has them
        },
    )
