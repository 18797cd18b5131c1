"""The assistant's user question set (bench/assistant_questions/): well formed, the two halves of the
same mix, and no held-out question a near copy of a dev one. Never prints a test question."""

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _loader():
    path = ROOT / "bench" / "assistant_questions" / "load.py"
    spec = importlib.util.spec_from_file_location("question_set", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _trigrams(text: str) -> set[str]:
    text = "".join(text.split())
    return {text[i : i + 3] for i in range(max(1, len(text) - 2))}


def test_both_halves_are_well_formed_with_unique_ids():
    loader = _loader()
    ids = [row["id"] for half in loader.HALVES for row in loader.load(half)]
    assert len(ids) == len(set(ids)) >= 190


def test_a_malformed_line_is_refused(tmp_path, monkeypatch):
    loader = _loader()
    (tmp_path / "dev.jsonl").write_text('{"id": "x", "question": "?"}\n', encoding="utf-8")
    monkeypatch.setattr(loader, "HERE", tmp_path)
    with pytest.raises(ValueError, match=r"dev\.jsonl:1"):
        loader.load("dev")


def test_the_halves_hold_the_same_mix():
    loader = _loader()
    dev, test = loader.load("dev"), loader.load("test")
    dev_counts, test_counts = Counter(r["expect"] for r in dev), Counter(r["expect"] for r in test)
    for expect in loader.EXPECTS:
        assert abs(dev_counts[expect] - test_counts[expect]) <= 5, expect
    assert dev_counts["answer"] >= 70 and dev_counts["refuse"] >= 15 and dev_counts["distress"] >= 4
    for half in (dev, test):
        assert len({r["audience"] for r in half}) >= 5
        kinds = {r["kind"] for r in half}
        assert kinds >= {"site_feature", "job_card_system", "sheet_filling", "out_of_scope"}
        assert sum(r["kind"] == "injection" for r in half) >= 4


def test_no_held_out_question_nearly_repeats_a_dev_question():
    loader = _loader()
    dev = [_trigrams(r["question"]) for r in loader.load("dev")]
    close = 0
    for row in loader.load("test"):
        grams = _trigrams(row["question"])
        if any(len(grams & other) / len(grams | other) >= 0.6 for other in dev):
            close += 1
    assert close == 0, f"{close} held-out question(s) nearly repeat a dev question"
