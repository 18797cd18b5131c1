"""The three checks: our own items, the scoring on known answer sets, ties and flat profiles."""

import json

import pytest

from diagnosis.questions import CHECKS, INTEREST, STRENGTHS, VALUES
from diagnosis.scoring import IncompleteAnswers, score
from occupations.jobtag import DEFAULT_PATH

from .answers import RIASEC, answers, pure


def test_the_item_sets():
    interest, values, strengths = CHECKS[INTEREST], CHECKS[VALUES], CHECKS[STRENGTHS]
    assert 30 <= len(interest.items) <= 48
    assert [sum(1 for i in interest.items if i.dimension == key) for key in RIASEC] == [7] * 6
    assert interest.keys == RIASEC
    # The eleven work values job tag describes occupations with, in its order.
    labels = json.loads((DEFAULT_PATH / "labels" / "work_values.ja-en.json").read_text(encoding="utf-8"))
    assert values.keys == tuple(labels["labels"])
    assert [str(d.name) for d in values.dimensions] == [v["ja"] for v in labels["labels"].values()]
    assert all(sum(1 for i in values.items if i.dimension == key) == 2 for key in values.keys)
    assert len(strengths.keys) == 8 and len(strengths.items) == 24
    for check in (interest, values, strengths):
        ids = [item.id for item in check.items]
        texts = [str(item.text) for item in check.items]
        assert len(set(ids)) == len(ids) and len(set(texts)) == len(texts)
        assert [value for value, _label in check.scale] == [5, 4, 3, 2, 1]
        # Interleaved: the first items are one of each dimension.
        assert [item.dimension for item in check.items[: len(check.keys)]] == list(check.keys)


@pytest.mark.parametrize(("key", "letter"), list(zip(RIASEC, "RIASEC", strict=True)))
def test_a_pure_interest_profile(key, letter):
    result = score(INTEREST, pure(INTEREST, key))
    assert result.scores[key] == 5.0
    assert all(value == 1.0 for k, value in result.scores.items() if k != key)
    assert result.code[0] == letter
    assert result.tied  # the other five are equal
    assert not result.flat


def test_a_known_interest_answer_set():
    values = {
        "social": 5,
        "artistic": 4,
        "enterprising": 3,
        "investigative": 2,
        "conventional": 2,
        "realistic": 1,
    }
    given = answers(INTEREST, values)
    # Two answers moved: one R item up to 5, one E item down to 1.
    given["realistic-1"] = 5
    given["enterprising-7"] = 1
    result = score(INTEREST, given)
    assert result.scores == {
        "realistic": round((5 + 6 * 1) / 7, 2),  # 1.57
        "investigative": 2.0,
        "artistic": 4.0,
        "social": 5.0,
        "enterprising": round((6 * 3 + 1) / 7, 2),  # 2.71
        "conventional": 2.0,
    }
    assert result.code == "SAE"
    assert result.top == ("social", "artistic", "enterprising")
    assert not result.tied and not result.flat
    assert result.as_json()["code"] == "SAE"


def test_ties_keep_the_riasec_order_and_are_reported():
    result = score(INTEREST, answers(INTEREST, {"investigative": 4, "conventional": 4, "artistic": 4}, 2))
    assert result.code == "IAC"
    assert result.tied


def test_a_flat_profile():
    result = score(INTEREST, answers(INTEREST, {}, default=3))
    assert result.flat and result.code == "" and result.top == () and not result.clear


def test_values_and_strengths():
    result = score(VALUES, answers(VALUES, {"service_contribution": 5, "stability": 4, "autonomy": 4}, 2))
    assert result.top == ("service_contribution", "autonomy", "stability")  # the tie keeps job tag's order
    assert result.code == ""
    assert result.scores["compensation"] == 2.0
    strengths = score(STRENGTHS, answers(STRENGTHS, {"listening": 5, "teamwork": 4, "accuracy": 3}, 1))
    assert strengths.top == ("listening", "teamwork", "accuracy")
    assert strengths.scores["listening"] == 5.0


def test_missing_or_invalid_answers_are_refused():
    given = answers(INTEREST, {})
    del given["social-3"]
    with pytest.raises(IncompleteAnswers):
        score(INTEREST, given)
    with pytest.raises(IncompleteAnswers):
        score(INTEREST, {**answers(INTEREST, {}), "social-3": 6})
