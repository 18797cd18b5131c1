import pytest

from matching import licences
from matching.features import PROTECTED, Job, PersonFeatures, Sources, build_features, field_names
from matching.scoring import TRAINING_URL, PostingFeatures, score
from matching.text import words

OFFICE = {"realistic": 1.6, "investigative": 2.2, "artistic": 1.8, "social": 3.0, "enterprising": 2.9,
          "conventional": 4.6}  # fmt: skip


def posting(**kw):
    lines = kw.pop(
        "lines",
        ["請求書を発行し、経費精算を行う。", "来客や電話の応対を行う。", "重機を操縦して土砂を掘削する。"],
    )
    base = dict(
        id=1, occupation_id=999, occupation_title="一般事務", lines=tuple((line, words(line)) for line in lines),  # noqa: E501
        required=(), preferred=(), experience_years=0, interests=OFFICE, prefecture="東京都", remote=False,
        employment_type="regular", hours_per_week=40,
    )  # fmt: skip
    base.update(kw)
    return PostingFeatures(**base)


def person(**kw) -> PersonFeatures:
    base = dict(jobs=(Job("請求書の発行、経費精算、来客と電話の応対を担当しました。", 60, "regular"),))
    base.update(kw)
    return build_features(Sources(**base), task_words=frozenset())


@pytest.mark.django_db
def test_the_feature_interface_has_no_protected_attribute():
    assert not field_names() & PROTECTED
    with pytest.raises(TypeError):
        Sources(gender="女性")
    with pytest.raises(TypeError):
        Sources(birth_date="1990-01-01")


@pytest.mark.django_db
def test_score_is_the_sum_of_its_parts_with_sources():
    match = score(person(), posting())
    assert [p.key for p in match.parts] == ["duties", "licences", "experience", "interests", "conditions"]
    assert match.total == round(sum(p.points for p in match.parts))
    duties = match.parts[0]
    # Two of the three lines are covered by the 様式2 duties; the excavator line is not.
    assert 20 < duties.points < 30
    assert duties.source == "様式2"
    assert any("重機" in gap.text for gap in match.gaps)
    experience = match.parts[2]
    assert "5年" in experience.reason and experience.points == 15
    # No diagnosis: the interest part is neutral and says how to get it.
    assert match.parts[3].points == 7.5 and "自己診断" in match.parts[3].reason


@pytest.mark.django_db
def test_missing_required_licence_is_a_gap_with_public_training():
    p = posting(required=("介護福祉士",), preferred=("普通自動車免許",))
    without = score(person(), p)
    gap = next(g for g in without.gaps if "介護福祉士" in g.text)
    assert gap.url == TRAINING_URL and "ハロートレーニング" in gap.next_step
    with_equivalent = score(person(licence_names=("普通自動車第一種運転免許",)), p)
    licence_part = with_equivalent.parts[1]
    assert "満たします" in licence_part.reason
    assert licence_part.points == pytest.approx(without.parts[1].points + 5)
    held = score(person(licence_names=("介護福祉士", "普通自動車免許")), p)
    assert held.parts[1].points == 20 and not [g for g in held.gaps if "免許" in g.text or "資格" in g.text]


def test_licence_grades_and_equivalents():
    held = frozenset({licences.normalise("危険物取扱者（甲種）"), licences.normalise("１級建築士")})
    assert licences.status("危険物取扱者（乙種）", held)[0] == "equivalent"
    assert licences.status("二級建築士", held)[0] == "equivalent"
    assert licences.status("危険物取扱者（甲種）", held)[0] == "held"
    low = frozenset({licences.normalise("危険物取扱者（丙種）")})
    assert licences.status("危険物取扱者（甲種）", low)[0] == "missing"
    assert licences.status("看護師", frozenset({licences.normalise("准看護師")}))[0] == "missing"


@pytest.mark.django_db
def test_interests_and_conditions():
    office_person = person(interest_scores=tuple(OFFICE.items()), prefecture="東京都",
                           employment_types=("regular",), max_hours_per_week=40)  # fmt: skip
    match = score(office_person, posting())
    assert match.parts[3].points == pytest.approx(15) and "CSE" in match.parts[3].reason
    assert match.parts[4].points == 15
    far = score(person(prefecture="大阪府", max_hours_per_week=30), posting())
    assert far.parts[4].points == 4
    assert len([g for g in far.gaps if "勤務地" in g.text or "時間" in g.text]) == 2
    remote = score(person(prefecture="大阪府", remote_ok=True), posting(remote=True))
    assert remote.parts[4].points == 15


@pytest.mark.django_db
def test_experience_asked_and_missing():
    match = score(person(jobs=()), posting(experience_years=3))
    assert match.parts[2].points == 0
    assert any("3年" in g.text for g in match.gaps)
    chosen = score(person(jobs=(), occupations=((999, 2),)), posting(experience_years=4))
    assert chosen.parts[2].points == pytest.approx(7.5) and chosen.parts[2].source == "マッチングの設定"
