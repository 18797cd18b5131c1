"""The person's side: share, see who read and wrote what, stop sharing."""

from __future__ import annotations

import io

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from insights.events import record
from sheets.cards import get_card
from sheets.definitions import get_definition, sheet_codes
from sheets.editor.layout import sheet_view
from sheets.editor.status import sheet_statuses

from . import documents, services
from .forms import CommentForm, ShareForm
from .models import AccessRecord, Comment, GroupMember, Share

SESSION_CODES = "sharing:codes"  # share id → code, shown once after creating


# Sheets a company or training body starts on the person's card: shared before anything is in them —
# every 様式3-3 variant (3-3-1-1 OJT, 3-3-1-2 在職者, 3-3-2-x 離職者・学卒者訓練, 3-3-3, 3-3-4).
COMPANY_SHEETS = tuple(code for code in sheet_codes() if code.startswith("3-3"))


def _sheet_choices(card):
    """The sheets the person has saved (only saved contents are shared), and the evaluation sheet a
    company fills (様式3-3-1-1: the company writes its parts, the person the 自己評価)."""
    choices = [
        (s.code, f"様式{s.code} {s.title}") for s in sheet_statuses(card) if s.entry and s.entry.saved_data
    ]
    for code in COMPANY_SHEETS:
        label = _("様式%(code)s %(title)s（企業・訓練実施機関が評価を記入します）")
        choices.append((code, label % {"code": code, "title": get_definition(code).title}))
    return choices + documents.available(card, card.owner)


def _previews(card, codes, request=None):
    out = []
    for code in codes:
        if documents.is_document(code):
            html = documents.render(code, card, card.owner, request)
            out.append({"document": documents.label(code), "html": html, "title_id": f"doc-{code}-title"})
            continue
        entry = card.entries.filter(sheet_code=code).order_by("pk").first()
        if entry is None or entry.saved_data is None:
            if code in COMPANY_SHEETS:
                definition = get_definition(code)
                out.append(
                    {
                        "definition": definition,
                        "view": None,
                        "id_prefix": "",
                        "title_id": f"sheet{code}-title",
                    }
                )
            continue
        definition = get_definition(code, entry.definition_version)
        out.append(
            {
                "definition": definition,
                "view": sheet_view(definition, entry.saved_data),
                "id_prefix": f"sheet{code}-",
                "title_id": f"sheet{code}-title",
            }
        )
    return out


@never_cache
@login_required
def index(request):
    card = get_card(request)
    shares = Share.objects.filter(owner=request.user).select_related("organisation", "member")
    records = AccessRecord.objects.filter(owner=request.user)[:200]
    threads = (
        Comment.objects.filter(card=card)
        .values("sheet_code")
        .annotate(count=Count("pk"))
        .order_by("sheet_code")
        if card
        else []
    )
    return render(
        request,
        "sharing/index.html",
        {
            "active": [s for s in shares if s.is_active],
            "ended": [s for s in shares if not s.is_active][:20],
            "records": records,
            "threads": threads,
            "groups": GroupMember.objects.filter(
                person=request.user, left_at__isnull=True, group__closed_at__isnull=True
            ).select_related("group__organisation"),
            "has_card": card is not None
            and any(code not in COMPANY_SHEETS for code, _label in _sheet_choices(card)),
        },
    )


@never_cache
@login_required
def new(request):
    card = get_card(request)
    choices = _sheet_choices(card) if card else []
    has_sheets = any(code not in COMPANY_SHEETS for code, _label in choices)
    form = ShareForm(request.POST or None, sheet_choices=choices if has_sheets else [])
    if request.method == "POST" and form.is_valid():
        if request.POST.get("action") == "confirm":
            share, code = services.create_share(
                card,
                sheets=form.cleaned_data["sheets"],
                expires_at=form.expires_at(),
                scope=form.cleaned_data["scope"],
                note=form.cleaned_data["note"],
            )
            record(request, "share_created", where=share.scope)
            request.session.setdefault(SESSION_CODES, {})[str(share.pk)] = code
            request.session.modified = True
            return redirect("sharing:code", share_id=share.pk)
        # Before confirming, the person sees exactly what the supporter will see.
        return render(
            request,
            "sharing/preview.html",
            {"form": form, "previews": _previews(card, form.cleaned_data["sheets"], request)},
        )
    return render(
        request,
        "sharing/new.html",
        {"form": form, "has_sheets": has_sheets},
        status=400 if form.errors else 200,
    )


def _qr_svg(text: str) -> str:
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    return svg[svg.index("<svg") :]


@never_cache
@login_required
def code(request, share_id: int):
    """The code, shown once: reloading shows that it was shown (the person can make a new share)."""
    share = get_object_or_404(Share, pk=share_id, owner=request.user)
    code_text = request.session.get(SESSION_CODES, {}).pop(str(share.pk), None)
    request.session.modified = True
    context = {"share": share, "code": code_text}
    if code_text:
        link = request.build_absolute_uri(reverse("supporter:receive") + "?" + urlencode({"code": code_text}))
        context.update(link=link, qr=mark_safe(_qr_svg(link)))  # noqa: S308 - SVG made by qrcode from our URL
    return render(request, "sharing/code.html", context)


@require_POST
@login_required
def stop(request, share_id: int):
    share = Share.objects.filter(pk=share_id, owner=request.user).first()
    if share is None:
        raise Http404
    services.revoke(share)
    record(request, "share_stopped", where=share.scope)
    who = share.organisation.name if share.organisation else _("コードを受け取る前の相手")
    messages.success(request, _("「%(who)s」との共有をやめました。相手はもう見られません。") % {"who": who})
    return redirect("sharing:index")


@never_cache
@login_required
def comments(request, code: str):
    """The person's side of the comments on one sheet: read them and answer."""
    card = get_card(request)
    if card is None:
        raise Http404
    try:
        definition = get_definition(code)
    except Exception as exc:  # an unknown sheet code
        raise Http404 from exc
    thread = Comment.objects.filter(card=card, sheet_code=code)
    form = CommentForm(
        request.POST or None, sections=[s.title for s in definition.sections], prefix="comment"
    )
    if request.method == "POST" and form.is_valid():
        services.owner_comment(
            card, request.user, code, form.cleaned_data["section"], form.cleaned_data["text"]
        )
        messages.success(request, _("返信しました。"))
        return redirect("sharing:comments", code=code)
    return render(
        request,
        "sharing/comments.html",
        {"definition": definition, "comments": thread, "form": form},
        status=400 if form.errors else 200,
    )
