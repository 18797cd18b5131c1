import json
from io import StringIO

from django.core.management import call_command

from matching import synthetic
from matching.features import PROTECTED, Sources
from matching.scoring import score, total


def test_fairness_report_json_has_the_agreed_keys():
    out = StringIO()
    args = ["--size", "600", "--postings", "20", "--k", "10", "--counterfactual", "40", "--json"]
    call_command("fairness_report", *args, stdout=out)
    result = json.loads(out.getvalue())
    assert result["population"] == 600 and result["postings"] == 20
    assert result["counterfactual_checked"] == 40 * 20
    assert result["counterfactual_changed_scores"] == 0
    ratios = result["selection_rate_ratios"]
    assert result["min_selection_rate_ratio"] == min(ratios.values())
    assert 0 < result["min_selection_rate_ratio"] <= 1
    rates = result["selection_rates"]["gender"]
    sizes = result["selection_rates"]["gender_sizes"]
    assert sum(sizes.values()) == 600
    # Every posting picks k people: the rates add back up to 20 × 10 selections.
    assert round(sum(rates[g] * sizes[g] * 20 for g in rates)) == 200
    assert {p["proxy"] for p in result["proxies"]} >= {"卒業年（様式3-2の学習歴）", "経験年数の合計"}


def test_fairness_report_text(db):
    out = StringIO()
    call_command("fairness_report", "--size", "300", "--postings", "10", "--k", "5", stdout=out)
    text = out.getvalue()
    assert "最小の比" in text and "反実仮想" in text and "代理変数" in text


def test_synthetic_people_carry_protected_attributes_the_builder_never_sees():
    person = synthetic.person(7)
    assert person.gender and person.age_band and person.graduation_year
    assert not {f for f in Sources.__dataclass_fields__} & PROTECTED
    assert synthetic.person(7) == person  # deterministic


def test_fast_total_equals_the_explained_score():
    people = [synthetic.features(p) for p in synthetic.population(60)]
    for posting in synthetic.postings(40):
        for person in people:
            assert round(total(person, posting)) == score(person, posting).total


def test_indexed_top_postings_equal_the_full_ranking():
    from matching.fast import PostingIndex, top_postings

    posts = synthetic.postings(1500)
    index = PostingIndex.build(posts)
    for p in synthetic.population(15):
        person = synthetic.features(p)
        full = sorted(((total(person, post), post.id) for post in posts), key=lambda x: (-x[0], x[1]))[:20]
        assert [i for _t, i in top_postings(person, index, 20)] == [i for _t, i in full]
