"""Masking measured on its own test set (masking_cases.py): recall and precision with floors.

Run with -s to see the figures and every miss.
"""

import unicodedata

from assistant.masking import mask

from .masking_cases import CASES

RECALL_FLOOR = 0.95
PRECISION_FLOOR = 0.95


def _measure():
    found = missed = lost = kept = 0
    misses, losses = [], []
    for kind, text, gone, keep in CASES:
        masked = mask(text)
        for item in gone:
            if unicodedata.normalize("NFKC", item) in masked:
                missed += 1
                misses.append((kind, text, item, masked))
            else:
                found += 1
        for item in keep:
            if unicodedata.normalize("NFKC", item) in masked:
                kept += 1
            else:
                lost += 1
                losses.append((kind, text, item, masked))
    recall = found / (found + missed)
    precision = found / (found + lost) if found + lost else 1.0
    return recall, precision, misses, losses, kept


def test_the_case_set_is_big_and_has_negatives():
    assert len(CASES) >= 60
    assert sum(1 for case in CASES if not case[2]) >= 20
    assert {case[0] for case in CASES} >= {"intro", "surname", "address", "birth", "phone", "email", "number"}


def test_recall_and_precision_meet_the_floors():
    recall, precision, misses, losses, kept = _measure()
    print(f"\nmasking: {len(CASES)} cases, recall {recall:.1%}, precision {precision:.1%} ({kept} kept)")
    for kind, text, item, masked in misses:
        print(f"  missed [{kind}] {item!r}: {text} → {masked}")
    for kind, text, item, masked in losses:
        print(f"  over-masked [{kind}] {item!r}: {text} → {masked}")
    assert recall >= RECALL_FLOOR
    assert precision >= PRECISION_FLOOR


def test_negatives_come_back_unchanged():
    for _kind, text, gone, _keep in CASES:
        if not gone:
            assert mask(text) == unicodedata.normalize("NFKC", text), text
