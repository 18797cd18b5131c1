"""The consent page (``/o/authorize/``) and the person's 「連携中のサービス」 (``/partners/``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from oauth2_provider.models import get_application_model
from oauth2_provider.views import AuthorizationView

from . import basics, evaluations, proposals, services
from .consent import describe
from .models import ImportProposal, PartnerConsent


class PartnerAuthorizationView(AuthorizationView):
    """django-oauth-toolkit's authorization endpoint with our consent page.

    The person sees the service, its operator and every item each scope sends, and may untick scopes:
    the code is issued for the ticked ones only (never more than the client asked for, nor than MHLW
    allowed it). The page is always shown — ``approval_prompt=auto`` and ``skip_authorization`` are ignored.
    """

    template_name = "partners/authorize.html"

    def get(self, request, *args, **kwargs):
        if "approval_prompt" in request.GET:
            request.GET = request.GET.copy()
            request.GET.pop("approval_prompt")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        scopes = kwargs.get("scopes") or []
        context["scope_details"] = describe(scopes)
        context["chosen"] = set(kwargs.get("chosen", scopes))
        return context

    def form_valid(self, form):
        requested = (form.cleaned_data.get("scope") or "").split()
        if form.cleaned_data.get("allow"):
            chosen = [s for s in requested if s in set(self.request.POST.getlist("scopes"))]
            if not chosen:
                application = (
                    get_application_model()
                    .objects.filter(client_id=form.cleaned_data.get("client_id"))
                    .first()
                )
                form.add_error(
                    None,
                    _(
                        "連携先に渡す項目を、少なくとも1つ選んでください。渡したくない場合は「許可しない」を押してください。"
                    ),
                )
                return self.render_to_response(
                    self.get_context_data(
                        form=form,
                        application=application,
                        scopes=requested,
                        chosen=chosen,
                        consent_error=True,
                    )
                )
            form.cleaned_data["scope"] = " ".join(chosen)
        response = super().form_valid(form)
        if form.cleaned_data.get("allow") and response.status_code in (301, 302):
            location = response.get("Location", "")
            if "code=" in location and "error=" not in location:
                application = get_application_model().objects.get(client_id=form.cleaned_data["client_id"])
                services.grant(self.request.user, application, form.cleaned_data["scope"].split())
        return response


@never_cache
@login_required
def index(request):
    consents = (
        PartnerConsent.objects.filter(user=request.user, revoked_at__isnull=True)
        .select_related("client")
        .order_by("-granted_at")
    )
    return render(
        request,
        "partners/index.html",
        {
            "consents": [{"consent": c, "details": describe(c.scopes)} for c in consents],
            "proposals": ImportProposal.objects.filter(user=request.user).select_related("client")[:50],
        },
    )


@dataclass(frozen=True)
class _Review:
    """How one kind of proposal is reviewed: its page, what taking it does (returns the message to
    show), where the person goes next, what the page shows, and the message when it is declined."""

    template: str
    take: Callable  # (request, proposal) -> message
    next_url: Callable  # (proposal) -> URL
    context: Callable  # (request, proposal, errors) -> dict
    declined: str


def _take_rows(request, item) -> str:
    chosen = [int(v) for v in request.POST.getlist("rows") if v.isdigit()]
    proposals.accept(item, request.user, chosen)
    return _("選んだ行を様式%(code)sに取り込み、保存しました。") % {"code": item.sheet_code}


def _take_evaluation(request, item) -> str:
    evaluations.accept(item, request.user)
    return _(
        "評価を様式%(code)sに取り込み、保存しました。自己評価を記入し、内容を確認して"
        "「本人同意」にチェックしてください。"
    ) % {"code": item.sheet_code}


def _take_basics(request, item) -> str:
    basics.accept(item, request.user, request.POST.getlist("fields"))
    return _("選んだ項目を登録情報に取り込み、保存しました。")


def _basics_rows(request, item, errors) -> dict:
    """Now and proposed side by side; a field is ticked as the person left it, or else when it differs."""
    chosen = request.POST.getlist("fields") if request.method == "POST" else None
    rows = basics.review(item)
    for row in rows:
        row["checked"] = (row["name"] in chosen) if chosen is not None else not row["same"]
        row["errors"] = errors.get(row["name"], [])
    return {"rows": rows}


_CARD_UNCHANGED = gettext_lazy("取り込み候補を取り込みませんでした。ジョブ・カードは変わっていません。")

REVIEWS = {
    # rows of a table (3-2 訓練歴): every proposed row field by field; the person ticks the rows to take
    "rows": _Review(
        template="partners/proposal.html",
        take=_take_rows,
        next_url=lambda item: reverse("partners:index"),
        context=lambda request, item, errors: {
            "rows": [
                {"index": i, "fields": proposals.row_view(item.sheet_code, item.section, row)}
                for i, row in enumerate(item.rows)
            ]
        },
        declined=_CARD_UNCHANGED,
    ),
    # a 3-3 evaluation: every value beside the sheet's; taken as a whole, then the sheet opens
    "evaluation": _Review(
        template="partners/evaluation_proposal.html",
        take=_take_evaluation,
        next_url=lambda item: reverse("jobcard_edit", args=[item.sheet_code]),
        context=lambda request, item, errors: {"review": evaluations.review(item)},
        declined=_CARD_UNCHANGED,
    ),
    # 基本情報: the person ticks the fields to take
    "basics": _Review(
        template="partners/basics_proposal.html",
        take=_take_basics,
        next_url=lambda item: reverse("partners:index"),
        context=_basics_rows,
        declined=gettext_lazy("取り込み候補を取り込みませんでした。登録情報は変わっていません。"),
    ),
}


def _kind(item: ImportProposal) -> str:
    if item.sheet_code == basics.SHEET_CODE:
        return "basics"
    return "evaluation" if item.section == evaluations.SECTION else "rows"


@never_cache
@login_required
def proposal(request, proposal_id: int):
    """「連携先からの取り込み候補」: the person reviews what a partner proposes, then takes or declines it."""
    item = get_object_or_404(
        ImportProposal.objects.select_related("client"), pk=proposal_id, user=request.user
    )
    review = REVIEWS[_kind(item)]
    error, errors = None, {}
    if request.method == "POST" and item.status == ImportProposal.Status.PENDING:
        try:
            if request.POST.get("action") == "reject":
                proposals.reject(item)
                messages.success(request, review.declined)
            else:
                messages.success(request, review.take(request, item))
            return redirect(review.next_url(item))
        except proposals.ProposalRefused as exc:
            error, errors = exc.message, exc.errors
    context = {"proposal": item, "error": error, "errors": errors, **review.context(request, item, errors)}
    return render(request, review.template, context, status=400 if error else 200)


@never_cache
@login_required
@require_POST
def stop(request, consent_id: int):
    consent = get_object_or_404(PartnerConsent, pk=consent_id, user=request.user)
    services.revoke(consent)
    messages.success(
        request,
        _("「%(name)s」との連携をやめました。この連携先は、これからはあなたの情報を読み取れません。")
        % {"name": consent.client.name},
    )
    return redirect("partners:index")
