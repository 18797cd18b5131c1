"""An interest check without a tendency (every answer 「どちらともいえない」, or nearly flat) gives no
interest type: the matching's interest part is then neutral (7.5 of 15) and says why, for the
person and for a company — it never reads a code out of flat scores."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from diagnosis.models import DiagnosisResult
from diagnosis.questions import CHECKS, INTEREST
from diagnosis.scoring import score as score_check
from matching.features import Job, Sources, build_features, sources_for
from matching.models import JobPosting, MatchingProfile
from matching.service import match_for
from tests.matching.test_scoring import OFFICE, posting

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

UNCLEAR_REASON = "はっきりした傾向が出ていないため"


def _interest(answer_for):
    items = CHECKS[INTEREST].items
    return score_check(INTEREST, {item.id: answer_for(item) for item in items}).as_json()


ALL_NEUTRAL = _interest(lambda item: 3)
OFFICE_LIKE = _interest(lambda item: 5 if item.dimension == "conventional" else 2)


@pytest.fixture
def misaki():
    return get_user_model().objects.get(email="misaki@example.jp")


def _diagnosis(user, interest):
    DiagnosisResult.objects.update_or_create(owner=user, defaults={"interest": interest})


def _interest_part(match):
    return next(part for part in match.parts if part.key == "interests")


def test_an_unclear_result_makes_the_interest_part_neutral_and_says_why():
    job = (Job("請求書の発行、経費精算、来客と電話の応対を担当しました。", 60, "regular"),)
    unclear = build_features(Sources(jobs=job, interest_unclear=True), task_words=frozenset())
    untaken = build_features(Sources(jobs=job), task_words=frozenset())
    from matching.scoring import score

    part = _interest_part(score(unclear, posting()))
    assert part.points == 7.5 and UNCLEAR_REASON in part.reason and "中間の点" in part.reason
    assert "自己診断（興味のタイプ）をすると" not in part.reason
    assert score(unclear, posting()).total == score(untaken, posting()).total
    # Scores given with the flag are a clear result: the flag does not hide them.
    clear = build_features(
        Sources(jobs=job, interest_scores=tuple(OFFICE.items()), interest_unclear=True),
        task_words=frozenset(),
    )
    assert clear.interests and not clear.interests_unclear


def test_sources_for_drops_the_scores_of_an_all_neutral_answerer(misaki):
    assert ALL_NEUTRAL["clear"] is False and ALL_NEUTRAL["code"] == ""
    _diagnosis(misaki, ALL_NEUTRAL)
    sources = sources_for(misaki)
    assert sources.interest_scores == () and sources.interest_unclear
    # A result stored before the "clear" flag existed, with flat scores: unclear too.
    _diagnosis(misaki, {k: v for k, v in ALL_NEUTRAL.items() if k != "clear"})
    assert sources_for(misaki).interest_unclear
    # A clear result is used as before.
    assert OFFICE_LIKE["clear"] is True
    _diagnosis(misaki, OFFICE_LIKE)
    sources = sources_for(misaki)
    assert dict(sources.interest_scores)["conventional"] == 5.0 and not sources.interest_unclear


def test_the_person_and_the_company_read_why_the_part_is_neutral(
    misaki, client, recruiter_client, posting_data
):
    _diagnosis(misaki, ALL_NEUTRAL)
    demo = JobPosting.objects.filter(status=JobPosting.Status.PUBLISHED).exclude(occupation=None).first()
    part = _interest_part(match_for(misaki, demo))
    assert part.points == 7.5 and UNCLEAR_REASON in part.reason

    client.force_login(misaki)
    page = client.get(reverse("matching:detail", args=[demo.pk])).content.decode()
    assert UNCLEAR_REASON in page

    MatchingProfile.objects.update_or_create(
        user=misaki, defaults={"discoverable": True, "show_diagnosis": True}
    )
    data, _lines = posting_data
    assert recruiter_client.post(reverse("matching:company_posting_new"), data).status_code == 302
    mine = JobPosting.objects.get(title=data["title"], organisation__isnull=False)
    body = recruiter_client.get(reverse("matching:company_candidates", args=[mine.pk])).content.decode()
    assert "自己診断の答えにはっきりした傾向が出ていないため、中間の点です。" in body
    assert "興味のタイプ（自己診断）" not in body  # no code is shown for an unclear result
