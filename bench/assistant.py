"""The assistant measured on users' questions, and its answer time with 1,000 entries.

Run from the repository root: ``.venv/bin/python bench/assistant.py``.

**Quality** (``bench/assistant_questions/{dev,test}.jsonl``, format and grading in
``bench/assistant_questions/README`` / ASSISTANT_EVAL_FORMAT): every question goes through the
real ``assistant.service.ask()`` (retrieval, thresholds, 「もしかして」, distress pointers; no LLM)
against the demo site, built once into a SQLite file (``--db``, about 2–3 minutes the first time,
reused afterwards; ``--rebuild`` to start again). Each question runs in a transaction that is
rolled back, so nothing is kept. The candidates of a reply are, in order: the answer's source, its
related links, the 「もしかして」 choices. Printed for dev and test separately: top-1, top-3 (over
``expect: answer``), out-of-scope refused, distress handled, injections obeyed, and top-1 per
audience and per kind. **The test half is held out**: only these aggregates are printed for it,
never a question; ``--misses`` lists the dev questions answered wrongly (never test).

**Speed** (no database): the index built from the demo data modules (FAQ, glossary) and 972
generated entries that recombine them (1,000 in all), every dev question (or the old evaluation
set) asked ``--rounds`` times: p50/p95/max of ``Index.search`` (tokenising, six BM25 channels,
confidence). Next to it the 28-entry demo index as the old baseline. Target p95 ≤ 50 ms.

This is a benchmark: it reports figures and never fails on them. On the shared development
machine the timings are taken under load from other work.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUESTIONS_DIR = ROOT / "bench" / "assistant_questions"
DEFAULT_DB = Path(tempfile.gettempdir()) / "jobcard-assistant-bench.sqlite3"


def _setup(db: Path, rebuild: bool) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ["ASSISTANT_LLM_PROVIDER"] = "none"
    if rebuild and db.exists():
        db.unlink()
    fresh = not db.exists()
    import django

    django.setup()
    if fresh:
        import logging

        from django.core.management import call_command

        print(f"building the demo site into {db} (once; 2–3 minutes)…", flush=True)
        call_command("migrate", verbosity=0)
        logging.disable(logging.INFO)
        from demo.loader import DemoLoader

        DemoLoader().run()
        logging.disable(logging.NOTSET)


# Questions and grading ---------------------------------------------------------------------------


def load_questions(name: str) -> list[dict]:
    path = QUESTIONS_DIR / f"{name}.jsonl"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").lower()


def satisfies(candidate: dict, item: dict) -> bool:
    """A candidate ({title, text, url}) is right when its URL starts with url_hint or it
    mentions a term of every must_mention group."""
    hint = item.get("url_hint") or ""
    if hint and candidate["url"].startswith(hint):
        return True
    groups = item.get("must_mention") or []
    if not groups:
        return False
    haystack = fold(candidate["title"] + " " + candidate["text"])
    return all(any(fold(term) in haystack for term in group) for group in groups)


def _path(url: str) -> str:
    """The path of a site URL (the index holds paths, sometimes absolute URLs)."""
    if "://" in url:
        url = "/" + url.split("://", 1)[1].split("/", 1)[-1]
    return url


def reply_of(question: str):
    """Ask through the real service inside a rolled-back transaction."""
    from django.db import transaction

    from assistant import service

    with transaction.atomic():
        answer = service.ask(question, "ja", channel="api")
        transaction.set_rollback(True)
    return answer


def candidates_of(answer, documents: dict) -> list[dict]:
    links = list(answer.sources) + list(answer.related) + list(answer.choices)
    out = []
    for link in links:
        document = documents.get((link.url, link.label))
        text = f"{document.text} {document.body}" if document else ""
        out.append({"title": link.label, "text": text, "url": _path(link.url)})
    return out


def grade(items: list[dict], show_misses: bool = False) -> dict:
    from assistant import retrieval

    index = retrieval.get_index("ja")
    documents = {(d.url, d.title): d for d in index.documents}
    totals = defaultdict(lambda: [0, 0])  # key → [right, asked]
    figures = {"answer": [0, 0, 0], "refuse": [0, 0], "distress": [0, 0], "injection": [0, 0]}
    misses = []
    for item in items:
        answer = reply_of(item["question"])
        expect = item.get("expect", "answer")
        links = answer.help_links + answer.sources + answer.related + answer.choices
        reply_text = " ".join(
            [answer.text, answer.source_note] + [f"{link.label} {link.url}" for link in links]
        )
        if item.get("kind") == "injection":
            canary = item.get("canary") or ""
            figures["injection"][1] += 1
            figures["injection"][0] += bool(canary) and fold(canary) in fold(reply_text)
        if expect == "answer":
            found = [satisfies(c, item) for c in candidates_of(answer, documents)]
            top1 = bool(found[:1] and found[0])
            top3 = any(found[:3])
            figures["answer"][0] += top1
            figures["answer"][1] += top3
            figures["answer"][2] += 1
            for key in (f"audience:{item.get('audience', '?')}", f"kind:{item.get('kind', '?')}"):
                totals[key][0] += top1
                totals[key][1] += 1
            if show_misses and not top1:
                got = [c["title"] for c in candidates_of(answer, documents)][:3]
                misses.append(f"  miss [{answer.status} {answer.confidence:.2f}] {item['question']} → {got}")
        elif expect == "refuse":
            ok = answer.status != "answered"
            figures["refuse"][0] += ok
            figures["refuse"][1] += 1
            if show_misses and not ok:
                source = answer.sources[0].label
                misses.append(
                    f"  answered out of scope [{answer.confidence:.2f}] {item['question']} → {source}"
                )
        elif expect == "distress":
            terms = [t for group in item.get("must_mention") or [] for t in group]
            ok = answer.status != "answered" and any(fold(t) in fold(reply_text) for t in terms)
            figures["distress"][0] += ok
            figures["distress"][1] += 1
            if show_misses and not ok:
                misses.append(f"  distress missed [{answer.status}] {item['question']}")
    return {"figures": figures, "totals": dict(totals), "misses": misses}


def _share(right: int, asked: int) -> str:
    return f"{right / asked:6.1%} ({right}/{asked})" if asked else "     – (0)"


def print_quality(name: str, result: dict) -> None:
    f = result["figures"]
    right1, right3, asked = f["answer"]
    print(f"\n[{name}] in scope: top-1 {_share(right1, asked)}, top-3 {_share(right3, asked)}")
    print(
        f"[{name}] out of scope refused {_share(*f['refuse'])}; distress handled {_share(*f['distress'])}; "
        f"injections obeyed {f['injection'][0]} of {f['injection'][1]}"
    )
    for prefix in ("audience", "kind"):
        rows = sorted((k.split(":", 1)[1], v) for k, v in result["totals"].items() if k.startswith(prefix))
        shares = "; ".join(f"{key} {_share(*value).strip()}" for key, value in rows)
        print(f"[{name}] top-1 per {prefix}: {shares}")
    for line in result["misses"]:
        print(line)


# Speed ------------------------------------------------------------------------------------------


def demo_documents():
    from django.utils.html import strip_tags

    from assistant.retrieval import Document
    from demo.data import faq

    docs = []
    for i, item in enumerate(faq.FAQS):
        answer = strip_tags(item["ja"]["answer"])
        docs.append(Document(f"faq:{i}", "faq", item["ja"]["question"], f"/faq/#{i}", answer[:400], answer))
    return docs


def generated_documents(count: int):
    """``count`` FAQ-like entries recombined from the demo FAQ and glossary."""
    from django.utils.html import strip_tags

    from assistant.retrieval import Document
    from demo.data import faq, glossary

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


def measure(index, questions: list[str], rounds: int) -> list[float]:
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


def speed(entries: int, rounds: int, questions: list[str]) -> None:
    from assistant.retrieval import Index
    from assistant.sources import load_synonyms

    synonyms = load_synonyms("ja")
    demo = demo_documents()
    big = demo + generated_documents(entries - len(demo))
    rows = []
    sets = ((f"{len(demo)} demo FAQ entries (old baseline)", demo), (f"{len(big)} FAQ entries", big))
    for label, docs in sets:
        start = time.perf_counter()
        index = Index(docs, "ja", synonyms)
        build = time.perf_counter() - start
        measure(index, questions[:20], 1)  # warm-up
        timings = measure(index, questions, rounds)
        rows.append((label, build, timings))
    python = sys.version.split()[0]
    print(f"\nAssistant retrieval, {len(questions)} questions × {rounds} rounds, Python {python}")
    print(f"{'index':<38} {'build s':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for label, build, timings in rows:
        print(
            f"{label:<38} {build:>8.2f} {statistics.median(timings):>8.2f} "
            f"{percentile(timings, 0.95):>8.2f} {max(timings):>8.2f}"
        )
    print("target: p95 ≤ 50 ms with 1,000 entries (retrieval only; taken on a shared machine, under load)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="SQLite file with the demo site")
    parser.add_argument("--rebuild", action="store_true", help="build the demo database again")
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--misses", action="store_true", help="list the dev questions answered wrongly")
    parser.add_argument("--only", choices=("quality", "speed"), help="run one half only")
    args = parser.parse_args()

    _setup(args.db, args.rebuild)
    dev, test = load_questions("dev"), load_questions("test")
    if args.only != "speed":
        if not dev and not test:
            print("no question set in bench/assistant_questions/ (dev.jsonl, test.jsonl)")
        for name, items in (("dev", dev), ("test", test)):
            if items:
                print_quality(name, grade(items, show_misses=args.misses and name == "dev"))
    if args.only != "quality":
        questions = [item["question"] for item in dev]
        if questions:  # the speed run asks the dev questions (bench/ never imports from tests/)
            speed(args.entries, args.rounds, questions)


if __name__ == "__main__":
    main()
