from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from insights.events import record
from sheets.models import Card

from . import ai_tasks, offers
from .company_forms import sheet_label
from .forms import AcceptForm, MatchingProfileForm
from .models import JobPosting, MatchingProfile, MatchingRecord, Offer, OfferBlock
from .scoring import TRAINING_URL
from .service import match_for, published, recommendations


@login_required
def index(request):
    profile = MatchingProfile.objects.filter(user=request.user).first()
    return render(
        request,
        "matching/index.html",
        {"items": recommendations(request.user), "profile": profile, "training_url": TRAINING_URL},
    )


@login_required
def detail(request, pk: int):
    posting = get_object_or_404(published(), pk=pk)
    return render(
        request,
        "matching/detail.html",
        {"posting": posting, "match": match_for(request.user, posting), "training_url": TRAINING_URL},
    )


def _add_chosen_occupations(request, data) -> int:
    """「AIによる推定」 ticked by the person → lines added to 「経験した職業と年数」 (not saved yet)."""
    from occupations.models import Occupation

    lines = [line for line in (data.get("occupation_lines") or "").splitlines() if line.strip()]
    added = 0
    for raw in request.POST.getlist("ai_occupation"):
        occupation = Occupation.objects.filter(pk=int(raw)).first() if raw.isdigit() else None
        if occupation is None or any(line.split()[0] == occupation.title for line in lines):
            continue
        years = request.POST.get(f"ai_years_{occupation.pk}", "1").strip()
        years = years if years.isdigit() and 0 < int(years) < 100 else "1"
        lines.append(f"{occupation.title} {years}")
        added += 1
    data["occupation_lines"] = "\n".join(lines)
    return added


@login_required
def settings_view(request):
    profile = MatchingProfile.objects.filter(user=request.user).first() or MatchingProfile(user=request.user)
    action = request.POST.get("action", "save") if request.method == "POST" else ""
    data = request.POST.copy() if request.method == "POST" else None
    proposals = None
    if action == "ai_apply":
        added = _add_chosen_occupations(request, data)
        if added:
            messages.info(
                request,
                _(
                    "選んだ職業を「経験した職業と年数」に加えました。まだ保存されていません。確かめて「保存する」を押してください。"
                ),
            )
        else:
            messages.info(request, _("加える職業が選ばれていません。"))
    form = MatchingProfileForm(data, instance=profile)
    if action == "save" and form.is_valid():
        form.save()
        messages.success(request, _("マッチングの設定を保存しました。"))
        return redirect("matching:settings")
    if action == "ai_propose":
        try:
            proposals = ai_tasks.propose(request.user)
        except ai_tasks.ProposalError:
            messages.error(
                request, _("いまはAIによる推定を使えません。時間をおいて、もう一度お試しください。")
            )
        else:
            record(request, "matching_ai_proposed", found=str(len(proposals)))
            if not proposals:
                messages.info(request, _("様式2の職務内容から推定できる職業は見つかりませんでした。"))
    return render(
        request,
        "matching/settings.html",
        {
            "form": form,
            "profile": profile,
            "proposals": proposals,
            "ai_available": ai_tasks.get_provider() is not None,
        },
        status=400 if action == "save" and form.errors else 200,
    )


# Offers (スカウト): the person's side ---------------------------------------------------------------


def _asked_choices(offer, card):
    saved = (
        set(card.entries.filter(saved_data__isnull=False).values_list("sheet_code", flat=True))
        if card
        else set()
    )
    return [(code, sheet_label(code)) for code in offer.sheets if code in saved]


@never_cache
@login_required
def offers_view(request):
    mine = Offer.objects.filter(person=request.user).select_related("organisation")
    blocked = OfferBlock.objects.filter(person=request.user).select_related("organisation")
    return render(
        request,
        "matching/offers.html",
        {
            "pending": [o for o in mine if o.status == Offer.Status.SENT],
            "answered": [o for o in mine if o.status != Offer.Status.SENT],
            "blocked": blocked,
            "records": MatchingRecord.objects.filter(person=request.user)[:200],
            "profile": MatchingProfile.objects.filter(user=request.user).first(),
        },
    )


@never_cache
@login_required
def offer_detail(request, pk: int):
    offer = get_object_or_404(
        Offer.objects.select_related("organisation", "posting"), pk=pk, person=request.user
    )
    card = Card.objects.filter(owner=request.user).order_by("pk").first()
    choices = _asked_choices(offer, card)
    form = AcceptForm(request.POST if request.POST.get("action") == "accept" else None, sheet_choices=choices)
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "accept":
                if form.is_valid():
                    offers.accept(
                        offer,
                        card,
                        sheets=form.cleaned_data["sheets"],
                        scope=form.cleaned_data["scope"],
                        expires_at=form.expires_at(),
                    )
                    record(request, "offer_answered", result="accepted")
                    messages.success(
                        request,
                        _(
                            "スカウトを承諾し、%(org)sと様式を共有しました。共有は「支援者との共有」でいつでもやめられます。"
                        )
                        % {"org": offer.organisation_name},
                    )
                    return redirect("matching:offer", pk=offer.pk)
                status = 400
            elif action == "decline":
                offers.decline(offer)
                record(request, "offer_answered", result="declined")
                messages.success(request, _("スカウトを辞退しました。"))
                return redirect("matching:offers")
            elif action == "block":
                if offer.organisation is None:
                    raise Http404
                if offers.block(request.user, offer.organisation, offer):
                    record(request, "offer_blocked")
                messages.success(
                    request,
                    _("%(org)sからのスカウトを受け取らないようにしました。企業に理由は伝わりません。")
                    % {"org": offer.organisation_name},
                )
                return redirect("matching:offers")
            else:
                status = 400
        except offers.OfferRefused as exc:
            messages.error(request, exc.message)
            status = exc.status
    match = None
    if offer.posting and offer.posting.status == JobPosting.Status.PUBLISHED:
        match = match_for(request.user, offer.posting)
    return render(
        request,
        "matching/offer.html",
        {
            "offer": offer,
            "form": form,
            "choices": choices,
            "asked": [sheet_label(code) for code in offer.sheets],
            "match": match,
            "blocked": offer.organisation_id
            and OfferBlock.objects.filter(
                person=request.user, organisation_id=offer.organisation_id
            ).exists(),
        },
        status=status,
    )


@require_POST
@login_required
def unblock_view(request, pk: int):
    block = get_object_or_404(OfferBlock.objects.select_related("organisation"), pk=pk, person=request.user)
    offers.unblock(request.user, block.organisation)
    messages.success(
        request, _("%(org)sからのスカウトを、再び受け取るようにしました。") % {"org": block.organisation.name}
    )
    return redirect("matching:offers")
