"""The fairness report: top-k for every posting over a synthetic population, per-group selection rates.

See docs/features/matching.md (「公平性」). Selection rate of a group = the share of (person, posting)
pairs where the person is in the posting's top k. The four-fifths rule asks every group's rate to be
at least 0.8 of the highest group's rate, per protected attribute (gender, age band).
"""

from __future__ import annotations

import heapq
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import replace

from django.conf import settings

from . import synthetic
from .scoring import score, total
from .selection import shortlist

TARGET = 0.8
ATTRIBUTES = ("gender", "age_band")

# Likely proxies of a protected attribute, whether the score reads them, and what was done.
PROXIES = (
    {
        "proxy": "卒業年（様式3-2の学習歴）",
        "for": "age_band",
        "read": False,
        "done": "特徴量に入れていない（Sources に様式3-2の欄がない）。",
    },
    {
        "proxy": "経験年数の合計",
        "for": "age_band",
        "read": True,
        "done": "求人の職業での年数だけを読み、求める年数で頭打ち（それ以上の年数は加点しない）。"
        "経験を問わない求人では、経験のない人にも15点中10点。",
    },
    {
        "proxy": "資格の旧名称（ホームヘルパー2級など）",
        "for": "age_band",
        "read": True,
        "done": "現行の名称と同等として扱う（matching.licences.EQUIVALENTS）。",
    },
    {
        "proxy": "短時間勤務の希望",
        "for": "gender",
        "read": True,
        "done": "本人が選んだ希望だけを使い、配点は4点に限る。未指定なら満点。",
    },
    {
        "proxy": "様式2の会社名・所属",
        "for": "gender",
        "read": False,
        "done": "特徴量に入れていない（Job に会社名の欄がない）。",
    },
    {
        "proxy": "住所",
        "for": "nationality",
        "read": False,
        "done": "住所は読まない。勤務地は本人が選んだ希望の都道府県だけを使う。",
    },
)


def _ratios(counts: Counter, sizes: Counter, postings: int) -> tuple[dict, float]:
    rates = {group: counts[group] / (sizes[group] * postings) for group in sizes if sizes[group]}
    top = max(rates.values()) or 1.0
    return {g: round(r, 5) for g, r in sorted(rates.items())}, min(rates.values()) / top


def run(
    size: int = 10_000,
    k: int = 50,
    postings: int = 200,
    counterfactual: int = 300,
    seed: int = 19,
    newcomer_share: float | None = None,
) -> dict:
    started = time.perf_counter()
    people = synthetic.population(size, seed)
    features = [synthetic.features(p) for p in people]
    posts = synthetic.postings(postings)
    selected = Counter()
    rows = [len(f.job_words) for f in features]
    for posting in posts:
        totals = [total(f, posting) for f in features]
        # The list a company sees (matching.selection): ranked, then newcomer seats kept.
        ranked = heapq.nlargest(3 * k, range(size), key=lambda i: (totals[i], -i))
        ranked += [
            i
            for i in heapq.nlargest(
                3 * k, (i for i in range(size) if rows[i] <= 1), key=lambda i: (totals[i], -i)
            )
            if i not in set(ranked)
        ]
        ranked.sort(key=lambda i: (-totals[i], i))
        top = shortlist(ranked, k, total=totals.__getitem__, rows=rows.__getitem__, share=newcomer_share)
        selected.update(i for i, _seat in top)

    result = {
        "population": size,
        "postings": len(posts),
        "k": k,
        "target": TARGET,
        "newcomer_share": settings.MATCHING_NEWCOMER_SHARE if newcomer_share is None else newcomer_share,
    }
    rates, ratios = {}, {}
    for attribute in ATTRIBUTES:
        sizes = Counter(getattr(p, attribute) for p in people)
        counts = Counter()
        for i, n in selected.items():
            counts[getattr(people[i], attribute)] += n
        rates[attribute], ratios[attribute] = _ratios(counts, sizes, len(posts))
        rates[attribute + "_sizes"] = dict(sorted(sizes.items()))
    result["selection_rates"] = rates
    # The same ratios within people whose 様式2 has the same number of rows (an allowed field): shows
    # whether equal cards are treated equally across groups, apart from how much history they have.
    strata: dict = {}
    for attribute in ATTRIBUTES:
        per_stratum = {}
        for rows in sorted({len(p.sources.jobs) for p in people}):
            members = [i for i, p in enumerate(people) if len(p.sources.jobs) == rows]
            sizes = Counter(getattr(people[i], attribute) for i in members)
            if len(sizes) < 2 or min(sizes.values()) < 30:
                continue
            counts = Counter()
            for i in members:
                counts[getattr(people[i], attribute)] += selected[i]
            per_stratum[str(rows)] = round(_ratios(counts, sizes, len(posts))[1], 4)
        strata[attribute] = per_stratum
    result["ratios_by_work_history_rows"] = strata
    rows_rate = Counter()
    rows_size = Counter(len(p.sources.jobs) for p in people)
    for i, n in selected.items():
        rows_rate[len(people[i].sources.jobs)] += n
    result["selection_rate_by_work_history_rows"] = {
        str(r): round(rows_rate[r] / (rows_size[r] * len(posts)), 5) for r in sorted(rows_size)
    }
    result["selection_rate_ratios"] = {a: round(r, 4) for a, r in ratios.items()}
    result["min_selection_rate_ratio"] = round(min(ratios.values()), 4)
    result["passes_four_fifths"] = result["min_selection_rate_ratio"] >= TARGET

    # Counterfactuals: the same person with every protected attribute changed must score the same.
    changed = checked = 0
    flips = {"female": "male", "male": "other", "other": "female"}
    for p in people[:counterfactual]:
        other = replace(
            p,
            gender=flips[p.gender],
            age_band=synthetic.AGE_BANDS[(synthetic.AGE_BANDS.index(p.age_band) + 2) % 5],
            name="別名 太郎",
            graduation_year=p.graduation_year - 30,
        )
        a, b = synthetic.features(p), synthetic.features(other)
        for posting in posts:
            checked += 1
            changed += total(a, posting) != total(b, posting)
    result["counterfactual_checked"] = checked
    result["counterfactual_changed_scores"] = changed

    # Mean points of each part by group (a sample), to see where a gap between groups comes from.
    sample = people[: min(size, 400)]
    part_means: dict = {}
    for attribute in ATTRIBUTES:
        sums = defaultdict(list)
        for p, f in zip(sample, features, strict=False):
            for posting in posts[::4]:
                for part in score(f, posting).parts:
                    sums[(getattr(p, attribute), part.key)].append(part.points)
        part_means[attribute] = {
            f"{group}:{key}": round(statistics.fmean(v), 2) for (group, key), v in sorted(sums.items())
        }
    result["part_means"] = part_means
    grad_by_age = defaultdict(list)
    for p in people:
        grad_by_age[p.age_band].append(2026 - p.graduation_year)
    result["proxies"] = [
        dict(item, measured=(
            {band: round(statistics.fmean(v), 1) for band, v in sorted(grad_by_age.items())}
            if item["proxy"].startswith("卒業年") else None
        ))
        for item in PROXIES
    ]  # fmt: skip
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result
