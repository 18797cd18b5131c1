"""Proposing occupations: pure-R → hands-on trades, pure-S → care and teaching, with reasons that
name the matching types; the score's parts; no personal attributes as inputs."""

import inspect

import pytest

from diagnosis import matching
from diagnosis.matching import propose
from diagnosis.questions import CHECKS, VALUES
from occupations.models import Occupation

from .answers import interest_scores

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

# Major groups of 厚生労働省編職業分類 (the occupations' own classification in the data set).
TRADES = {
    "11",
    "12",
    "13",
    "14",
    "15",
}  # 農林漁業, 製造・修理, 輸送・機械運転, 建設・土木・電気工事, 運搬・清掃…
CARE_AND_TEACHING = {"04", "05", "08"}  # 医療・看護・保健, 保育・教育, 福祉・介護


def groups(proposals):
    found = dict(
        Occupation.objects.filter(pk__in=[p.occupation_id for p in proposals]).values_list("pk", "group")
    )
    return [found[p.occupation_id] for p in proposals]


def test_pure_realistic_proposes_hands_on_trades():
    proposals = propose(interest_scores("realistic"))
    assert len(proposals) == 10
    assert all(group in TRADES for group in groups(proposals)), [p.title for p in proposals]
    assert "大工" in [p.title for p in proposals]
    for proposal in proposals:
        assert "「現実的（R）」が、この職業でも上位です" in proposal.parts[0].reason
        assert proposal.code.startswith("R")


def test_pure_social_proposes_care_and_teaching():
    proposals = propose(interest_scores("social"))
    found = groups(proposals)
    assert found[0] in CARE_AND_TEACHING
    assert sum(group in CARE_AND_TEACHING for group in found) >= 8, [p.title for p in proposals]
    assert {"小学校教員", "保育士", "幼稚園教員"} <= {p.title for p in proposals}
    for proposal in proposals:
        assert "「社会的（S）」が、この職業でも上位です" in proposal.parts[0].reason


def test_the_reason_quotes_the_occupations_own_figures():
    proposal = propose(interest_scores("realistic"), limit=1)[0]
    occupation = Occupation.objects.get(pk=proposal.occupation_id)
    assert f"現実的（R） {occupation.interests['realistic']:.1f}／5" in proposal.parts[0].reason


def test_interest_only_is_the_whole_score():
    proposal = propose(interest_scores("artistic"), limit=1)[0]
    (part,) = proposal.parts
    assert part.kind == "interest"
    assert proposal.total == part.score and proposal.adjustment is None
    assert proposal.formula == f"一致度 {proposal.total} ＝ 興味の一致 {part.score}"


def test_values_add_a_second_part_with_its_reason():
    values = {d.key: 2.0 for d in CHECKS[VALUES].dimensions}
    values.update(service_contribution=5.0, good_relationships=4.5)
    proposals = propose(interest_scores("social"), values, ["listening"], limit=1000)
    assert len(proposals) == Occupation.objects.filter(interests__isnull=False).count() == 482
    proposal = next(p for p in proposals if p.parts[1].score is not None)
    interest, value = proposal.parts
    assert abs(proposal.total - interest.score) <= 15
    assert proposal.total == max(0, min(100, interest.score + proposal.adjustment))
    assert "奉仕・社会貢献" in value.reason
    assert proposal.formula.startswith(f"一致度 {proposal.total} ＝ 興味の一致 {interest.score} ")
    assert f"価値観の一致 {value.score} と中央の 50 との差" in proposal.formula
    assert all(len(p.parts) == 2 for p in proposals)
    # Occupations without values data have no values number, say so and keep their interest fit.
    missing = [p for p in proposals if p.parts[1].score is None]
    without = Occupation.objects.filter(interests__isnull=False, work_values__isnull=True)
    assert len(missing) == without.count()
    for other in missing:
        assert "価値観のデータがない" in other.parts[1].reason
        assert other.total == other.parts[0].score
    # A strength is named where a skill it shows in is among the occupation's top skills.
    assert any("「聴く力」" in p.strength_note and "傾聴力" in p.strength_note for p in proposals)


def test_values_alone_are_enough_to_propose():
    values = {d.key: 1.0 for d in CHECKS[VALUES].dimensions}
    values["compensation"] = 5.0
    proposals = propose(None, values)
    assert len(proposals) == 10
    assert all(p.parts[0].kind == "values" for p in proposals)
    assert all("報酬や収入" in p.parts[0].reason for p in proposals)


def test_no_shape_no_proposals():
    assert propose({k: 3.0 for k in interest_scores("social")}) == []
    assert propose(None, None) == []


def test_the_inputs_are_the_answers_only():
    parameters = set(inspect.signature(matching.propose).parameters)
    assert parameters == {"interest_scores", "value_scores", "strengths_top", "limit"}
    for word in ("gender", "sex", "age", "birth", "address", "name"):
        assert not any(word in parameter for parameter in parameters)


def test_the_order_is_stable():
    assert propose(interest_scores("investigative")) == propose(interest_scores("investigative"))
