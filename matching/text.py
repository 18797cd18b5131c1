"""Duty text as sets of words: SudachiPy normalised forms of content words (assistant.text).

``words("データを入力する")`` and ``words("データ入力")`` share 「データ」「入力」; a posting's duty
line counts as covered by the share of its words the person's words contain.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.text import ja_words, normalise

# Words that appear in nearly every task line and say nothing about the job.
STOP = frozenset(
    {"行う", "する", "等", "など", "業務", "作業", "仕事", "担当", "必要", "様々", "応じる", "各種"}
)


def words(text: str) -> frozenset[str]:
    """Words of a text, line by line (each line is cached: job tag task lines recur a lot)."""
    lines = [line for line in (text or "").splitlines() if line.strip()]
    if len(lines) == 1:
        return _line_words(lines[0])
    return frozenset().union(*(_line_words(line) for line in lines))


@lru_cache(maxsize=50000)
def _line_words(text: str) -> frozenset[str]:
    found, _reading = ja_words(normalise(text))
    return frozenset(w for w in found if w not in STOP and (len(w) > 1 or "\u4e00" <= w <= "\u9fff"))


def coverage(line_words: frozenset[str], have: frozenset[str]) -> float:
    """Share of the line's words found in ``have`` (0–1); 0 for an empty line."""
    if not line_words:
        return 0.0
    return len(line_words & have) / len(line_words)
