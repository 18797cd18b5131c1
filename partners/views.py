"""The consent page (``/o/authorize/``) and the person's 「連携中のサービス」 (``/partners/``)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
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


@never_cache
@login_required
def proposal(request, proposal_id: int):
    """「連携先からの取り込み候補」: every proposed row field by field; the person ticks the rows to take."""
    item = get_object_or_404(
        ImportProposal.objects.select_related("client"), pk=proposal_id, user=request.user
    )
    if item.sheet_code == basics.SHEET_CODE:
        return _basics_proposal(request, item)
    if item.section == evaluations.SECTION:
        return _evaluation_proposal(request, item)
    error = None
    errors = {}
    if request.method == "POST" and item.status == ImportProposal.Status.PENDING:
        try:
            if request.POST.get("action") == "reject":
                proposals.reject(item)
                messages.success(
                    request, _("取り込み候補を取り込みませんでした。ジョブ・カードは変わっていません。")
                )
            else:
                chosen = [int(v) for v in request.POST.getlist("rows") if v.isdigit()]
                proposals.accept(item, request.user, chosen)
                messages.success(request, _("選んだ行を様式3-2に取り込み、保存しました。"))
            return redirect("partners:index")
        except proposals.ProposalRefused as exc:
            error, errors = exc.message, exc.errors
    rows = [
        {"index": i, "fields": proposals.row_view(item.sheet_code, item.section, row)}
        for i, row in enumerate(item.rows)
    ]
    return render(
        request,
        "partners/proposal.html",
        {"proposal": item, "rows": rows, "error": error, "errors": errors},
        status=400 if error else 200,
    )


def _evaluation_proposal(request, item):
    """A 3-3 evaluation proposed by a training body: every value beside the sheet's; taken as a whole."""
    error = None
    errors = {}
    if request.method == "POST" and item.status == ImportProposal.Status.PENDING:
        try:
            if request.POST.get("action") == "reject":
                proposals.reject(item)
                messages.success(
                    request, _("取り込み候補を取り込みませんでした。ジョブ・カードは変わっていません。")
                )
            else:
                evaluations.accept(item, request.user)
                messages.success(
                    request,
                    _(
                        "評価を様式%(code)sに取り込み、保存しました。自己評価を記入し、内容を確認して"
                        "「本人同意」にチェックしてください。"
                    )
                    % {"code": item.sheet_code},
                )
            return redirect("jobcard_edit", item.sheet_code)
        except proposals.ProposalRefused as exc:
            error, errors = exc.message, exc.errors
    return render(
        request,
        "partners/evaluation_proposal.html",
        {"proposal": item, "review": evaluations.review(item), "error": error, "errors": errors},
        status=400 if error else 200,
    )


def _basics_proposal(request, item):
    """基本情報 proposed by a partner: now and proposed side by side; the person ticks the fields to take."""
    error = None
    errors = {}
    chosen = None
    if request.method == "POST" and item.status == ImportProposal.Status.PENDING:
        chosen = request.POST.getlist("fields")
        try:
            if request.POST.get("action") == "reject":
                proposals.reject(item)
                messages.success(
                    request, _("取り込み候補を取り込みませんでした。登録情報は変わっていません。")
                )
            else:
                basics.accept(item, request.user, chosen)
                messages.success(request, _("選んだ項目を登録情報に取り込み、保存しました。"))
            return redirect("partners:index")
        except proposals.ProposalRefused as exc:
            error, errors = exc.message, exc.errors
    rows = basics.review(item)
    for row in rows:
        row["checked"] = (row["name"] in chosen) if chosen is not None else not row["same"]
        row["errors"] = errors.get(row["name"], [])
    return render(
        request,
        "partners/basics_proposal.html",
        {"proposal": item, "rows": rows, "error": error},
        status=400 if error else 200,
    )


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
