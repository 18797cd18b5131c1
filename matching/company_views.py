"""The company's pages (/matching/company/): postings, candidates 「この方が合う理由」, offers."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from insights.events import record
from occupations.models import Occupation

from . import offers
from .company import (
    candidate_by_ref,
    candidate_view,
    candidates,
    company_required,
    note_listed,
    postings_of,
)
from .company_forms import OfferForm, PostingForm, sheet_label
from .models import JobPosting, Offer


def _status_after_save(posting, created: bool) -> str:
    review = settings.MATCHING_REVIEW_BEFORE_PUBLISHING
    if created:
        return JobPosting.Status.REVIEW if review else JobPosting.Status.PUBLISHED
    if posting.status in (JobPosting.Status.SUSPENDED, JobPosting.Status.REVIEW):
        return JobPosting.Status.REVIEW  # staff look again before it is shown
    if posting.status == JobPosting.Status.PUBLISHED and review:
        return JobPosting.Status.REVIEW
    return posting.status


@never_cache
@company_required
def home(request, membership):
    organisation = membership.organisation
    return render(
        request,
        "matching/company/home.html",
        {
            "organisation": organisation,
            "postings": postings_of(organisation),
            "offers": Offer.objects.filter(organisation=organisation).select_related("share")[:100],
            "sent_today": offers.sent_today(organisation),
            "daily_limit": settings.MATCHING_OFFERS_PER_COMPANY_PER_DAY,
        },
    )


def _form_context(form, posting=None):
    return {
        "form": form,
        "posting": posting,
        "occupation_titles": Occupation.objects.order_by("title").values_list("title", flat=True),
    }


def _initial_from(post):
    data = {key: post.get(key) for key in post}
    data["tasks"] = post.getlist("tasks")
    data["remote"] = bool(post.get("remote"))
    return data


def _edit(request, membership, posting):
    created = posting.pk is None
    if request.method == "POST" and request.POST.get("action") == "tasks":
        # 「job tag のタスクを表示する」: the same form again with the occupation's tasks, nothing lost.
        form = PostingForm(initial=_initial_from(request.POST), instance=posting)
        return render(request, "matching/company/posting_form.html", _form_context(form, posting))
    form = PostingForm(request.POST or None, instance=posting)
    if request.method == "POST":
        if form.is_valid():
            posting = form.save(commit=False)
            if created:
                posting.organisation = membership.organisation
                posting.company_name = membership.organisation.name
                posting.created_by = request.user
            posting.status = _status_after_save(posting, created)
            posting.save()
            if created:
                record(request, "posting_created", result=posting.status)
            if posting.status == JobPosting.Status.REVIEW:
                messages.success(request, _("求人を保存しました。運営の確認のあと公開されます。"))
            else:
                messages.success(request, _("求人を保存しました。公開しています。"))
            return redirect("matching:company_home")
        return render(request, "matching/company/posting_form.html", _form_context(form, posting), status=400)
    return render(request, "matching/company/posting_form.html", _form_context(form, posting))


@never_cache
@company_required
def posting_new(request, membership):
    return _edit(request, membership, JobPosting(organisation=membership.organisation))


@never_cache
@company_required
def posting_edit(request, pk: int, membership):
    posting = get_object_or_404(postings_of(membership.organisation), pk=pk)
    return _edit(request, membership, posting)


@require_POST
@company_required
def posting_close(request, pk: int, membership):
    posting = get_object_or_404(postings_of(membership.organisation), pk=pk)
    posting.status = JobPosting.Status.WITHDRAWN
    posting.save(update_fields=["status", "updated_at"])
    messages.success(request, _("「%(title)s」の募集を終了しました。") % {"title": posting.title})
    return redirect("matching:company_home")


def _published_posting(membership, pk):
    return get_object_or_404(
        postings_of(membership.organisation).filter(status=JobPosting.Status.PUBLISHED), pk=pk
    )


@never_cache
@company_required
def posting_candidates(request, pk: int, membership):
    posting = _published_posting(membership, pk)
    organisation = membership.organisation
    found = candidates(posting, organisation)
    offered = set(
        Offer.objects.filter(posting=posting, person__in=[p.user_id for p, _m, _f in found]).values_list(
            "person_id", flat=True
        )
    )
    items = [
        candidate_view(posting, organisation, profile, match, person, offered=profile.user_id in offered)
        for profile, match, person in found
    ]
    note_listed(request.user, membership, posting, [profile for profile, _m, _f in found])
    return render(request, "matching/company/candidates.html", {"posting": posting, "candidates": items})


@never_cache
@company_required
def offer_new(request, pk: int, ref: str, membership):
    posting = _published_posting(membership, pk)
    organisation = membership.organisation
    found = candidate_by_ref(posting, organisation, ref)
    if found is None:
        raise Http404
    profile, match, person = found
    candidate = candidate_view(posting, organisation, profile, match, person)
    form = OfferForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                offers.send(
                    membership,
                    posting,
                    profile.user,
                    form.cleaned_data["message"],
                    form.cleaned_data["sheets"],
                )
            except offers.OfferRefused as exc:
                if exc.status == 404:
                    raise Http404 from None
                form.add_error(None, exc.message)
                status = exc.status
            else:
                record(request, "offer_sent")
                messages.success(request, _("%(who)sにスカウトを送りました。") % {"who": candidate.label})
                return redirect("matching:company_candidates", pk=posting.pk)
        else:
            status = 400
    return render(
        request,
        "matching/company/offer_form.html",
        {"posting": posting, "candidate": candidate, "form": form, "sheet_label": sheet_label},
        status=status,
    )
