"""#13 item 6: the numbers and the words on the result page agree.

1. A values fit and its words come from the same number (≥70 満たされやすい, 40–69 一部が満たされやすい,
   <40 満たされにくい); an occupation without values data says so instead of a number.
2. The values check adjusts the interest fit by at most ±15 points, shown as a formula.
3. Flat or near-tied answers give no type code and no top list, and are not used to rank occupations.
4. The occupations box says what it is based on, by which checks were taken.
"""

import re

import pytest
from django.urls import reverse

from diagnosis.matching import propose
from diagnosis.questions import CHECKS, INTEREST, STRENGTHS, VALUES
from diagnosis.scoring import score

from .answers import answers, interest_scores, post_data

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

SAE = {"social": 5, "artistic": 4, "enterprising": 3, "investigative": 2, "conventional": 2, "realistic": 1}
VALUE_KEYS = [d.key for d in CHECKS[VALUES].dimensions]


def value_scores(high: dict[str, float], default: float = 2.0) -> dict[str, float]:
    return {key: high.get(key, default) for key in VALUE_KEYS}


def band(reason: str) -> str:
    found = [
        name
        for name, phrase in (
            ("low", "満たされにくい"),
            ("mid", "一部が満たされやすい"),
            ("high", "は、この職業で満たされやすい"),
        )
        if phrase in reason
    ]
    assert len(found) == 1, reason
    return found[0]


PROFILES = [value_scores({key: 5.0}) for key in VALUE_KEYS] + [
    value_scores({"stability": 5.0, "work_life_balance": 4.0}),
    value_scores({"compensation": 5.0, "self_growth": 5.0}, 1.0),
]


@pytest.mark.parametrize("values", PROFILES)
def test_the_values_words_come_from_the_values_number(values):
    for proposal in propose(interest_scores("social"), values, limit=1000):
        part = proposal.parts[1]
        assert part.kind == "values"
        if part.score is None:
            continue
        expected = "high" if part.score >= 70 else "mid" if part.score >= 40 else "low"
        assert band(part.reason) == expected, (proposal.title, part.score, part.reason)


def test_an_occupation_without_values_data_has_no_values_number():
    from occupations.models import Occupation

    values = value_scores({"stability": 5.0, "work_life_balance": 4.0})
    proposals = propose(interest_scores("social"), values, limit=1000)
    missing = set(
        Occupation.objects.filter(interests__isnull=False, work_values__isnull=True).values_list(
            "pk", flat=True
        )
    )
    assert missing
    for proposal in proposals:
        interest, value = proposal.parts
        if proposal.occupation_id in missing:
            assert value.score is None
            assert "価値観のデータがない" in value.reason
            assert proposal.total == interest.score  # neither gains nor loses
        else:
            assert value.score is not None


@pytest.mark.parametrize("values", PROFILES)
def test_the_values_check_adjusts_the_interest_fit_by_at_most_15(values):
    before = {p.occupation_id: p.total for p in propose(interest_scores("social"), limit=1000)}
    for proposal in propose(interest_scores("social"), values, limit=1000):
        interest, value = proposal.parts
        assert interest.score == before[proposal.occupation_id]
        assert abs(proposal.total - interest.score) <= 15
        if value.score is not None:
            step = (value.score - 50) * 0.3
            adjustment = int(abs(step) + 0.5) * (1 if step >= 0 else -1)
            assert proposal.total == max(0, min(100, interest.score + adjustment))
            sign = "＋" if adjustment >= 0 else "−"
            assert (
                f"興味の一致 {interest.score} {sign} 価値観による調整 {abs(adjustment)}" in proposal.formula
            )
    # A good interest fit stays good: the best interest fit never falls by more than 15.
    best = max(before.values())
    assert best >= 86
    after = {p.occupation_id: p.total for p in propose(interest_scores("social"), values, limit=1000)}
    assert all(after[pk] >= best - 15 for pk, total in before.items() if total == best)


def interest_answers(lists: dict[str, list[int]]) -> dict[str, int]:
    return {
        item.id: lists[item.dimension][int(item.id.rsplit("-", 1)[1]) - 1] for item in CHECKS[INTEREST].items
    }


NEAR_TIE = {
    "social": [4, 4, 4, 3, 3, 3, 3],  # 3.43
    "artistic": [4, 4, 3, 3, 3, 3, 3],  # 3.29
    "enterprising": [4, 4, 3, 3, 3, 3, 3],  # 3.29
    "investigative": [4, 3, 3, 3, 3, 3, 3],  # 3.14
    "realistic": [2, 3, 3, 3, 3, 3, 2],  # 2.71
    "conventional": [2, 2, 3, 3, 3, 3, 2],  # 2.57
}


def test_all_neutral_answers_give_no_type_code():
    result = score(INTEREST, answers(INTEREST, {}, default=3))
    assert result.code == "" and result.top == () and not result.clear
    strengths = score(STRENGTHS, answers(STRENGTHS, {}, default=3))
    assert strengths.top == () and not strengths.clear


def test_near_tied_top_types_give_no_type_code():
    result = score(INTEREST, interest_answers(NEAR_TIE))
    assert max(result.scores.values()) - min(result.scores.values()) >= 0.5  # not flat by spread
    assert result.code == "" and result.top == () and not result.clear
    clear = score(INTEREST, answers(INTEREST, SAE))
    assert clear.code == "SAE" and clear.clear


def section(html: str, name: str) -> str:
    match = re.search(
        rf'<section class="result-section[^"]*" aria-labelledby="{name}">(.*?)</section>', html, re.S
    )
    assert match, name
    return match.group(1)


def take(client, kind, values, default=1):
    response = client.post(reverse("diagnosis:check", args=[kind]), post_data(kind, values, default))
    assert response.status_code == 302


def test_all_neutral_result_page_has_no_code_no_list_and_no_ranking(client):
    take(client, INTEREST, {}, default=3)
    take(client, STRENGTHS, {}, default=3)
    html = client.get(reverse("diagnosis:result")).content.decode()
    interest = section(html, "interest")
    assert "type-code__letters" not in interest and "top-list" not in interest
    assert "はっきりした傾向は見られませんでした" in interest
    assert "具体的な経験" in interest and "キャリアコンサルタント" in interest
    strengths = section(html, "strengths")
    assert "top-list" not in strengths and "はっきりした傾向は見られませんでした" in strengths
    occupations = section(html, "occupations")
    assert "proposal-list" not in occupations
    assert "share-links" not in html


def test_the_occupations_box_depends_on_the_checks_taken(client):
    # None of the two (strengths only).
    take(client, STRENGTHS, {"listening": 5})
    box = section(client.get(reverse("diagnosis:result")).content.decode(), "occupations")
    assert "興味のタイプ診断か仕事の価値観診断を受けると" in box
    # Interests only.
    take(client, INTEREST, SAE)
    box = section(client.get(reverse("diagnosis:result")).content.decode(), "occupations")
    assert "興味の一致だけで計算しています" in box and "仕事の価値観診断も受けると" in box
    assert "興味のタイプ診断か仕事の価値観診断を受けると" not in box
    # Both.
    take(client, VALUES, {"stability": 5, "work_life_balance": 4}, default=2)
    box = section(client.get(reverse("diagnosis:result")).content.decode(), "occupations")
    assert "受けると" not in box
    assert "価値観の診断を受けたので" in box and "最大±15点" in box
    # Both taken, both without a clear tendency: still never asks to take them.
    take(client, INTEREST, {}, default=3)
    take(client, VALUES, {}, default=3)
    box = section(client.get(reverse("diagnosis:result")).content.decode(), "occupations")
    assert "受けると" not in box
    assert "どちらの診断の回答にも、はっきりした傾向が見られなかった" in box


def test_values_only_box(client):
    take(client, VALUES, {"stability": 5, "work_life_balance": 4}, default=2)
    box = section(client.get(reverse("diagnosis:result")).content.decode(), "occupations")
    assert "価値観の一致だけで計算しています" in box and "興味のタイプ診断も受けると" in box
    assert "proposal-list" in box
