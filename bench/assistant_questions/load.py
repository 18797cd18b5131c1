"""Load and check the assistant's user question set (format: README.md in this folder).

``load("dev")`` is for tuning; ``load("test")`` is held out: the bench reads it and prints only
aggregate figures. A malformed line raises ``ValueError`` naming the line.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
HALVES = ("dev", "test")
AUDIENCES = {"job_seeker", "student", "employed", "company", "school", "consultant", "general"}
KINDS = {"site_feature", "job_card_system", "sheet_filling", "term", "out_of_scope", "distress", "injection"}
STYLES = {"polite", "casual", "typo", "kana", "long"}
EXPECTS = {"answer", "refuse", "distress"}
FIELDS = {"id", "question", "audience", "kind", "style", "expect", "must_mention", "url_hint", "canary"}


def _check(row: dict, where: str) -> dict:
    if set(row) != FIELDS:
        raise ValueError(f"{where}: fields {sorted(set(row) ^ FIELDS)} missing or unexpected")
    for name, allowed in (("audience", AUDIENCES), ("kind", KINDS), ("style", STYLES), ("expect", EXPECTS)):
        if row[name] not in allowed:
            raise ValueError(f"{where}: {name} {row[name]!r} is not one of {sorted(allowed)}")
    if not isinstance(row["question"], str) or not row["question"].strip():
        raise ValueError(f"{where}: empty question")
    groups = row["must_mention"]

    def words(group) -> bool:
        return isinstance(group, list) and bool(group) and all(isinstance(t, str) and t for t in group)

    if not isinstance(groups, list) or not all(words(group) for group in groups):
        raise ValueError(f"{where}: must_mention must be a list of non-empty lists of words")
    if row["expect"] in ("answer", "distress") and not groups and not row["url_hint"]:
        raise ValueError(f"{where}: an answer to expect needs must_mention or url_hint")
    if row["kind"] == "injection" and not row["canary"]:
        raise ValueError(f"{where}: an injection needs its canary word")
    return row


def load(half: str) -> list[dict]:
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}")
    rows = []
    path = HERE / f"{half}.jsonl"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path.name}:{number}: not JSON ({error})") from None
        rows.append(_check(row, f"{path.name}:{number}"))
    return rows
