"""Answer time of the assistant's retrieval with 1,000 FAQ entries, next to the 28 demo entries.

Run from the repository root: ``.venv/bin/python bench/assistant.py``. No database is needed:
the index is built from the demo data modules (FAQ entries, glossary terms) and the seeded
synonyms. The 1,000-entry index adds 972 generated entries that recombine the demo questions,
answers and glossary definitions, so the vocabulary and lengths stay realistic.

Each question of the evaluation set (tests/assistant/eval_questions.py, 140+ questions incl.
out-of-scope ones) is asked ``--rounds`` times against each index; p50/p95/max per question are
printed. Retrieval only: tokenising the question (SudachiPy), BM25 over four channels and the
confidence. The target: p95 ≤ 50 ms with 1,000 entries. This is a benchmark: it reports figures
and never fails on them.
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.utils.html import strip_tags  # noqa: E402

from assistant.retrieval import Document, Index  # noqa: E402
from assistant.text import SynonymMap  # noqa: E402
from demo.data import faq, glossary  # noqa: E402
from tests.assistant.eval_questions import OUT_OF_SCOPE, QUESTIONS  # noqa: E402

seed = importlib.import_module("assistant.migrations.0002_seed_synonyms")


def demo_documents() -> list[Document]:
    docs = []
    for i, item in enumerate(faq.FAQS):
        answer = strip_tags(item["ja"]["answer"])
        docs.append(Document(f"faq:{i}", "faq", item["ja"]["question"], f"/faq/#{i}", answer[:400], answer))
    return docs


def generated_documents(count: int) -> list[Document]:
    """``count`` FAQ-like entries recombined from the demo FAQ and glossary."""
    questions = [item["ja"]["question"] for item in faq.FAQS]
    answers = [strip_tags(item["ja"]["answer"]) for item in faq.FAQS]
    definitions = [item["ja"]["definition"] for item in glossary.GLOSSARY]
    terms = [item["ja"]["term"] for item in glossary.GLOSSARY]
    docs = []
    for n in range(count):
        term = terms[n % len(terms)]
        question = f"{term}について：{questions[(n * 7) % len(questions)]}（事例{n}）"
        body = " ".join(
            (
                answers[(n * 3) % len(answers)],
                definitions[(n * 5) % len(definitions)],
                answers[(n * 11) % len(answers)],
            )
        )
        docs.append(Document(f"gen:{n}", "faq", question, f"/faq/#gen{n}", body[:400], body))
    return docs


def measure(index: Index, questions: list[str], rounds: int) -> list[float]:
    timings = []
    for _ in range(rounds):
        for question in questions:
            start = time.perf_counter()
            index.search(question, limit=4)
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    synonyms = SynonymMap.build(
        [
            (term, [v.strip() for v in variants.split("、")])
            for lang, term, variants in seed.SYNONYMS
            if lang == "ja"
        ],
        "ja",
    )
    questions = [q for q, _ in QUESTIONS] + OUT_OF_SCOPE
    demo = demo_documents()
    big = demo + generated_documents(args.entries - len(demo))

    rows = []
    for label, docs in ((f"{len(demo)} demo FAQ entries (baseline)", demo), (f"{len(big)} FAQ entries", big)):
        start = time.perf_counter()
        index = Index(docs, "ja", synonyms)
        build = time.perf_counter() - start
        measure(index, questions[:20], 1)  # warm-up
        timings = measure(index, questions, args.rounds)
        rows.append((label, build, timings))

    print(
        f"Assistant retrieval, {len(questions)} questions × {args.rounds} rounds, "
        f"Python {sys.version.split()[0]}"
    )
    print(f"{'index':<36} {'build s':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for label, build, timings in rows:
        print(
            f"{label:<36} {build:>8.2f} {statistics.median(timings):>8.2f} "
            f"{percentile(timings, 0.95):>8.2f} {max(timings):>8.2f}"
        )
    print("target: p95 ≤ 50 ms with 1,000 entries (retrieval only)")


if __name__ == "__main__":
    main()
