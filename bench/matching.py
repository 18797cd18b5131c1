"""Matching speed: postings for a person (in memory) and candidates for a posting (PostgreSQL).

Run from the repository root: ``.venv/bin/python bench/matching.py [--postings 100000]
[--candidates 1000000] [--rebuild]``. This is a benchmark: it prints figures and never fails.

1. **Top 20 postings for a person among 100,000** (target ≤ 100 ms). 100,000 postings are built
   like the demo ones from job tag (``matching.synthetic.postings``) and indexed once
   (``matching.fast.PostingIndex``); 20 synthetic people ask for their top 20. The baseline is
   the full scoring of every posting (``scoring.total`` for all, then sort), measured in the same
   run on 3 of the people. The index result is checked equal to the baseline's.

2. **Top 50 candidates for a posting among 1,000,000 opted-in profiles** (target ≤ 500 ms) on
   PostgreSQL (``DATABASE_URL``, default ``postgresql://postgres@127.0.0.1:5432/jobcard_i19``;
   needs the ``intarray`` extension). A denormalised feature table ``bench_matching_candidate``
   holds per person: the job tag occupations of their 様式2 rows and months in each, their duty
   words as integer ids, their licences as ids *including every licence they satisfy* (the
   equivalence closure), their centred interest profile (six reals) and their wishes. It is filled
   with COPY and kept between runs (``--rebuild`` to remake it). The query prefilters on the
   posting's occupation with a GIN index (``occ && {X}``), computes the same five parts in SQL and
   sorts. The baseline is the same query over the whole table; the overlap of both top-50 lists
   is printed (the prefilter leaves out people who never worked in the occupation).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from matching import licences as lic  # noqa: E402
from matching import synthetic  # noqa: E402
from matching.fast import PostingIndex, top_postings  # noqa: E402
from matching.models import PREFECTURES  # noqa: E402
from matching.scoring import total, unit_profile  # noqa: E402
from matching.text import words  # noqa: E402

DEFAULT_DB = "postgresql://postgres@127.0.0.1:5432/jobcard_i19"
TABLE = "bench_matching_candidate"
EMPLOYMENT_BITS = {"regular": 1, "contract": 2, "dispatched": 4, "part_time": 8, "other": 16}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def bench_postings(count: int) -> None:
    started = time.perf_counter()
    posts = synthetic.postings(count)
    index = PostingIndex.build(posts)
    print(f"[1] {count:,} postings built and indexed in {time.perf_counter() - started:.1f} s "
          f"({len(index.groups)} signatures)")  # fmt: skip
    people = [synthetic.features(p) for p in synthetic.population(20, seed=77)]
    times = []
    for person in people:
        t = time.perf_counter()
        top_postings(person, index, 20)
        times.append(time.perf_counter() - t)
    base_times, equal = [], True
    for person in people[:3]:
        t = time.perf_counter()
        full = sorted(((total(person, p), p.id) for p in posts), key=lambda x: (-x[0], x[1]))[:20]
        base_times.append(time.perf_counter() - t)
        equal &= [i for _t, i in full] == [i for _t, i in top_postings(person, index, 20)]
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"    top 20 for a person: p50 {ms(statistics.median(times))}, p95 {ms(p95)}, max {ms(times[-1])} "
          f"(target ≤ 100 ms)")  # fmt: skip
    base = statistics.median(base_times)
    print(f"    baseline (score all {count:,}): {ms(base)}; ratio baseline / indexed = "
          f"{base / statistics.median(times):.0f}×; same top 20: {equal}")  # fmt: skip


# -- PostgreSQL ------------------------------------------------------------------------------------


class Vocab(dict):
    def id(self, word: str) -> int:
        if word not in self:
            self[word] = len(self) + 1
        return self[word]


def _arr(values) -> str:
    return "{" + ",".join(str(v) for v in sorted(values)) + "}"


def _prepare():
    occs = synthetic.occupations()
    vocab, licence_ids = Vocab(), Vocab()
    task_ids = {o.id: [frozenset(vocab.id(w) for w in words(t)) for t in o.tasks] for o in occs}
    names = sorted({q for o in occs for q in o.qualifications} | {"普通自動車第一種運転免許"})
    for name in names:
        licence_ids.id(lic.normalise(name))
    return occs, vocab, licence_ids, task_ids, names


def _closure(held: str, names, licence_ids, cache={}) -> frozenset[int]:  # noqa: B006
    if held not in cache:
        have = frozenset({lic.normalise(held)})
        cache[held] = frozenset(
            licence_ids[lic.normalise(n)] for n in names if lic.status(n, have)[0] != "missing"
        )
    return cache[held]


def _rows(size: int, occs, task_ids, names, licence_ids, seed: int = 5):
    rng = random.Random(seed)
    units = {o.id: unit_profile(o.interests) for o in occs}
    car = "普通自動車第一種運転免許"
    for n in range(1, size + 1):
        worked = [occs[rng.randrange(len(occs))] for _ in range(rng.randint(1, 3))]
        word_ids: set[int] = set()
        lic_ids: set[int] = set()
        for o in worked:
            for task in rng.sample(task_ids[o.id], k=min(len(task_ids[o.id]), rng.randint(2, 5))):
                word_ids |= task
            if o.qualifications and rng.random() < 0.6:
                lic_ids |= _closure(o.qualifications[0], names, licence_ids)
        if rng.random() < 0.7:
            lic_ids |= _closure(car, names, licence_ids)
        unit = units[worked[-1].id] if rng.random() < 0.7 else None
        r = [f"{v + rng.gauss(0, 0.15):.3f}" for v in unit] if unit else ["\\N"] * 6
        pref = rng.randrange(1, 48) if rng.random() < 0.8 else 0
        mask = sum(rng.sample([1, 2, 4, 8], k=rng.randint(1, 3)))
        hours = "30" if rng.random() < 0.15 else "\\N"
        yield "\t".join([
            str(n), str(pref), "t" if rng.random() < 0.3 else "f", str(mask), hours,
            _arr(o.id for o in worked), "{" + ",".join(str(rng.randint(6, 180)) for _ in worked) + "}",
            _arr(word_ids), _arr(lic_ids), *r,
        ]) + "\n"  # fmt: skip


def build_table(conn, size: int, prepared, rebuild: bool) -> None:
    occs, _vocab, licence_ids, task_ids, names = prepared
    conn.execute("CREATE EXTENSION IF NOT EXISTS intarray")
    exists = conn.execute("SELECT to_regclass(%s)", [TABLE]).fetchone()[0]
    if exists and not rebuild:
        have = conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]  # noqa: S608 (constant table name)
        if have == size:
            print(f"[2] reusing {TABLE} ({have:,} rows)")
            return
    started = time.perf_counter()
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
    conn.execute(f"""CREATE UNLOGGED TABLE {TABLE} (
        id integer PRIMARY KEY, pref smallint NOT NULL, remote_ok boolean NOT NULL,
        emp_mask smallint NOT NULL, max_hours smallint, occ integer[] NOT NULL,
        occ_months integer[] NOT NULL, words integer[] NOT NULL, lic integer[] NOT NULL,
        r0 real, r1 real, r2 real, r3 real, r4 real, r5 real)""")
    with conn.cursor().copy(f"COPY {TABLE} FROM STDIN") as copy:
        batch = []
        for line in _rows(size, occs, task_ids, names, licence_ids):
            batch.append(line)
            if len(batch) == 5000:
                copy.write("".join(batch))
                batch = []
        copy.write("".join(batch))
    conn.execute(f"CREATE INDEX {TABLE}_occ ON {TABLE} USING gin (occ gin__int_ops)")
    conn.execute(f"ANALYZE {TABLE}")
    print(f"[2] built {TABLE}: {size:,} rows in {time.perf_counter() - started:.0f} s (COPY + GIN index)")


def posting_sql(posting, vocab, licence_ids, prefilter: bool) -> str:
    lines = [frozenset(vocab.get(w, 0) for w in lw) - {0} for _l, lw in posting.lines]
    lines = [(ids, len(lw)) for ids, (_l, lw) in zip(lines, posting.lines, strict=True) if lw]
    duties = " + ".join(f"icount(words & '{_arr(ids)}'::int[])::real / {n}" for ids, n in lines) or "0"
    duties = f"35.0 / {len(posting.lines)} * ({duties})" if posting.lines else "0"

    def group(names, share):
        if not names:
            return str(share)
        ids = [licence_ids.get(lic.normalise(n), -1) for n in names]
        return " + ".join(f"(CASE WHEN lic @> '{{{i}}}' THEN {share / len(ids)} ELSE 0 END)" for i in ids)

    licences = "20" if not posting.required and not posting.preferred else (
        f"{group(posting.required, 15)} + {group(posting.preferred, 5)}")  # fmt: skip
    asked = posting.experience_years
    experience = (
        "(CASE WHEN yrs >= 1 THEN 15 ELSE 10 END)" if asked == 0 else f"15 * least(1.0, yrs / {asked})"
    )
    u = unit_profile(posting.interests) or (0,) * 6
    dot = " + ".join(f"r{i} * {u[i]:.6f}" for i in range(6))
    interests = f"(CASE WHEN r0 IS NULL THEN 7.5 ELSE 15 * greatest(0, {dot}) END)"
    pref = PREFECTURES.index(posting.prefecture) + 1
    remote = "remote_ok" if posting.remote else "false"
    bit = EMPLOYMENT_BITS.get(posting.employment_type, 16)
    conditions = (
        f"(CASE WHEN pref = 0 OR pref = {pref} OR {remote} THEN 7 ELSE 0 END)"
        f" + (CASE WHEN emp_mask = 0 OR emp_mask & {bit} <> 0 THEN 4 ELSE 0 END)"
        f" + (CASE WHEN max_hours IS NULL OR {posting.hours_per_week} <= max_hours THEN 4 ELSE 0 END)"
    )
    where = f"WHERE occ && '{{{posting.occupation_id}}}'::int[]" if prefilter else ""
    score = f"({duties}) + ({licences}) + {experience} + {interests} + {conditions}"
    # Only numbers and integer arrays we built go into the text.
    return f"""SELECT id, {score} AS score
        FROM (SELECT *, coalesce((SELECT sum(m) FROM unnest(occ, occ_months) AS t(o, m)
                                  WHERE o = {posting.occupation_id}), 0) / 12.0 AS yrs
              FROM {TABLE} {where}) AS c
        ORDER BY score DESC, id LIMIT 50"""  # noqa: S608


def bench_candidates(size: int, rebuild: bool, queries: int) -> None:
    import psycopg

    url = os.environ.get("DATABASE_URL", DEFAULT_DB)
    prepared = _prepare()
    _occs, vocab, licence_ids, _t, _n = prepared
    with psycopg.connect(url, autocommit=True) as conn:
        build_table(conn, size, prepared, rebuild)
        posts = synthetic.postings(200)[:: max(1, 200 // queries)][:queries]
        times, base_times, overlaps = [], [], []
        for i, posting in enumerate(posts):
            t = time.perf_counter()
            fast = conn.execute(posting_sql(posting, vocab, licence_ids, True)).fetchall()
            times.append(time.perf_counter() - t)
            if i < 2:
                t = time.perf_counter()
                full = conn.execute(posting_sql(posting, vocab, licence_ids, False)).fetchall()
                base_times.append(time.perf_counter() - t)
                overlaps.append(len({r[0] for r in fast} & {r[0] for r in full}) / 50)
        times.sort()
        print(f"    top 50 candidates for a posting among {size:,}: p50 {ms(statistics.median(times))}, "
              f"max {ms(times[-1])} over {len(times)} postings (target ≤ 500 ms)")  # fmt: skip
        base = statistics.median(base_times)
        ratio = base / statistics.median(times)
        print(f"    baseline (same query, whole table): {ms(base)}; ratio = {ratio:.0f}×; "
              f"top-50 overlap with the baseline: {', '.join(f'{o:.0%}' for o in overlaps)}")  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=100_000)
    parser.add_argument("--candidates", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    bench_postings(args.postings)
    if not args.skip_postgres:
        bench_candidates(args.candidates, args.rebuild, args.queries)


if __name__ == "__main__":
    main()
