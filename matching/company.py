"""The company side: who may act for a company, and what a company may see of a candidate.

A company member is a member of an approved ``sharing.Organisation`` of kind 企業 who passed
two-step verification in this session (``company_required`` wraps ``sharing.access.supporter_required``).

``candidate_view`` is the only door from a person's data to a company before an offer is accepted.
It shows the person's *chosen* items (``MatchingProfile.show_*``) and nothing else: no name, birth
date or age, gender, photo, address beyond the prefecture, nationality, no company names or dates
of 様式2 (only how long each job lasted), and the score's parts in words with their sources — a part
built from an item the person hides shows no words and no points, only the total counts it.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from functools import wraps

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _

from content.taxonomy import Sheet
from sharing.access import memberships, supporter_required
from sharing.models import Organisation

from .features import build_features, sources_for
from .models import PREFECTURES, EmploymentType, JobPosting, MatchingProfile, MatchingRecord, OfferBlock
from .scoring import Match, _code, posting_features, score
from .selection import shortlist

# Which item the person must have chosen to show for a part's words to reach a company.
PART_ITEMS = {
    "duties": "show_work_history",
    "experience": "show_work_history",
    "licences": "show_qualifications",
    "interests": "show_diagnosis",
    "conditions": None,  # shown in general words only: the wishes themselves are never shown
}


def company_memberships(user):
    return memberships(user).filter(organisation__kind=Organisation.Kind.COMPANY)


def company_required(view):
    """A member of an approved company organisation with two-step verification used this session.
    The view receives ``membership`` (the first company membership, by organisation name)."""

    @supporter_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        membership = company_memberships(request.user).order_by("organisation__name", "pk").first()
        if membership is None:
            return render(request, "matching/company/not_company.html", status=403)
        return view(request, *args, membership=membership, **kwargs)

    return wrapped


def postings_of(organisation):
    return JobPosting.objects.filter(organisation=organisation).select_related("occupation")


# Candidates -----------------------------------------------------------------------------------------


def candidate_label(organisation, profile) -> str:
    """「候補者 7K3M2Q」: stable for one company, different for another (no shared identifier)."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"candidate:{organisation.pk}:{profile.ref}".encode(), "sha256"
    ).hexdigest()
    return _("候補者 %(code)s") % {"code": digest[:6].upper()}


@dataclass
class CandidatePart:
    label: str
    points: int | None  # None: built from an item the person hides
    weight: int
    reason: str
    source: str


@dataclass
class Candidate:
    ref: str
    label: str
    total: int
    parts: list[CandidatePart]
    jobs: list[dict] = field(default_factory=list)
    licences: list[str] = field(default_factory=list)
    interest_code: str = ""
    prefecture: str = ""
    offered: bool = False


def _residence_prefecture(user) -> str:
    """The prefecture at the start of the address — never more of it."""
    from accounts.models import Profile

    address = Profile.objects.filter(user=user).values_list("address", flat=True).first() or ""
    return next((p for p in PREFECTURES if address.startswith(p)), "")


def _duration(months: int) -> str:
    if months >= 12:
        years, rest = divmod(months, 12)
        return _("約%(y)d年%(m)dか月") % {"y": years, "m": rest} if rest else _("約%(y)d年") % {"y": years}
    return _("%(m)dか月") % {"m": max(months, 1)}


def _visible_jobs(user) -> list[dict]:
    """様式2 rows without company name, department or dates: duties, learnings, how long, type."""
    import datetime

    from sheets.models import SheetEntry

    from .features import _months

    data = (
        SheetEntry.objects.filter(card__owner=user, sheet_code=Sheet.WORK_HISTORY.value)
        .values_list("saved_data", flat=True)
        .first()
    ) or {}
    labels = dict(EmploymentType.choices)
    today = datetime.date.today()
    rows = [row for row in data.get("jobs") or [] if isinstance(row, dict)]
    rows.sort(key=lambda r: str(r.get("period_from") or ""), reverse=True)
    return [
        {
            "duties": row.get("duties") or "",
            "learnings": row.get("learnings") or "",
            "duration": _duration(_months(row.get("period_from"), row.get("period_to"), today)),
            "employment_type": str(labels.get(row.get("employment_type") or "", "")),
        }
        for row in rows
    ]


def _company_reason(part, person) -> str:
    if part.key == "interests":
        if not person.interests:
            if person.interests_unclear:
                return _("自己診断の答えにはっきりした傾向が出ていないため、中間の点です。")
            return _("自己診断の結果がないため、中間の点です。")
        return _("この方の興味のタイプ（%(code)s）と、この職業の型との近さから計算しています。") % {
            "code": _code(person.interests)
        }
    if part.key == "conditions":
        return _(
            "勤務地・雇用形態・労働時間について、ご本人の希望との合い方を点数にしています（希望の内容は表示しません）。"
        )
    return part.reason


def candidate_view(posting, organisation, profile, match: Match, person, offered=False) -> Candidate:
    parts = []
    for part in match.parts:
        item = PART_ITEMS[part.key]
        if item and not getattr(profile, item):
            parts.append(
                CandidatePart(part.label, None, part.weight, _("ご本人が非公開にしている項目です。"), "")
            )
        else:
            parts.append(
                CandidatePart(
                    part.label, part.rounded, part.weight, _company_reason(part, person), part.source
                )
            )
    candidate = Candidate(
        ref=str(profile.ref),
        label=candidate_label(organisation, profile),
        total=match.total,
        parts=parts,
        offered=offered,
    )
    if profile.show_work_history:
        candidate.jobs = _visible_jobs(profile.user)
    if profile.show_qualifications:
        candidate.licences = list(person.licence_labels)
    if profile.show_diagnosis and person.interests:
        candidate.interest_code = _code(person.interests)
    if profile.show_prefecture:
        candidate.prefecture = _residence_prefecture(profile.user)
    return candidate


def discoverable_for(organisation):
    """Opted-in people, minus those who blocked this company (the company is not told)."""
    blocked = OfferBlock.objects.filter(organisation=organisation).values("person_id")
    return (
        MatchingProfile.objects.filter(discoverable=True, user__is_active=True)
        .exclude(user_id__in=blocked)
        .select_related("user")
    )


def candidates(posting, organisation, k: int | None = None) -> list[tuple[MatchingProfile, Match, object]]:
    """The top k opted-in people for a posting: (profile, match, person features).

    Scored one by one with the same ``scoring.score`` as the person's own list (the bench's SQL
    prototype in bench/matching.py is how this scales to a million profiles)."""
    k = k or settings.MATCHING_CANDIDATES_SHOWN
    features = posting_features(posting)
    scored = []
    for profile in discoverable_for(organisation):
        person = build_features(sources_for(profile.user))
        scored.append((profile, score(person, features), person))
    scored.sort(key=lambda item: (-item[1].total, str(item[0].ref)))
    # The best matches, with seats kept for people early in their working life (matching.selection).
    shown = shortlist(scored, k, total=lambda item: item[1].total, rows=lambda item: len(item[2].job_words))
    return [item for item, _seat in shown]


def candidate_by_ref(posting, organisation, ref: str):
    """One candidate by ref, only when opted in and not blocking this company; else None."""
    try:
        profile = discoverable_for(organisation).filter(ref=ref).first()
    except Exception:  # not a UUID
        return None
    if profile is None:
        return None
    person = build_features(sources_for(profile.user))
    return profile, score(person, posting_features(posting)), person


def note_listed(request_user, membership, posting, profiles) -> None:
    """Audit: the company saw these people's anonymised profiles and reasons (once a day per
    posting and member, so reloading the list does not flood the person's history)."""
    import datetime

    from django.utils import timezone

    since = timezone.now() - datetime.timedelta(days=1)
    seen = set(
        MatchingRecord.objects.filter(
            action=MatchingRecord.Action.LISTED,
            actor=request_user,
            posting_title=posting.title,
            at__gte=since,
            person__in=[p.user_id for p in profiles],
        ).values_list("person_id", flat=True)
    )
    MatchingRecord.objects.bulk_create(
        [
            MatchingRecord(
                person_id=p.user_id,
                actor=request_user,
                actor_name=membership.display_name,
                organisation_name=membership.organisation.name,
                action=MatchingRecord.Action.LISTED,
                posting_title=posting.title,
            )
            for p in profiles
            if p.user_id not in seen
        ]
    )
