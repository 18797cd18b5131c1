"""Group the questions editors should look at: those the assistant could not answer and those
people rated 👎 (both stored masked).

How questions are grouped, in plain words: each question is reduced to the pairs of adjacent
characters it contains (character bigrams) after evening out the ways people type — 全角/半角,
katakana/hiragana, upper/lower case, punctuation, the placeholders of masking and polite endings
(ですか, でしょうか, ください…). Two questions are alike when they share many pairs: the Jaccard
similarity, pairs in common divided by pairs in either, is at least ``THRESHOLD``. Questions are
taken newest first; each joins the group it is most alike to (compared with up to ``COMPARE``
members of that group), or starts a new one. No model, no training: an editor can predict it, and
spelling variants (ハロワ/ハローワーク, スマホ/すまほ) land together because most pairs stay.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

THRESHOLD = 0.25
COMPARE = 10

_KATAKANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
_PLACEHOLDER = re.compile(r"\[[^\]]{1,10}\]")
_ENDINGS = re.compile(
    r"(ですか|ますか|でしょうか|ませんか|ください|下さい|したい|したいです|教えて|おしえて|ほしい|欲しい|"
    r"です|ます|ね|よ|か|の)$"
)
_NOISE = re.compile(r"[\s、。,.!?！？「」『』（）()・…ー〜~ｰ\-]+")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = _PLACEHOLDER.sub(" ", text).translate(_KATAKANA)
    parts = [part for part in _NOISE.split(text) if part]
    trimmed = []
    for part in parts:
        for _ in range(3):
            shorter = _ENDINGS.sub("", part)
            if shorter == part or len(shorter) < 2:
                break
            part = shorter
        trimmed.append(part)
    return " ".join(trimmed)


_CONTENT = re.compile(r"[一-龥々〆ヶァ-ヺーa-z0-9]+")
_HIRAGANA_RUN = re.compile(r"[ぁ-ゖー]{3,}")
# Grammar inside a hiragana run (できますか, したい, ください, もらえる…): not what a question is about.
_GRAMMAR = re.compile(
    r"でしょうか|できますか|できる|できない|ください|ますか|ません|ました|ます|ですか|です|"
    r"したい|します|した|して|たい|ほしい|おしえて|もらえ|ってい|いいの|いい|ない|ある|いる|なる|"
    r"から|まで|ので|けど|って|ても|でも"
)
# Words nearly every question contains: they would make every question alike.
_COMMON = re.compile(r"じょぶ・?かーど|じょぶか|jobcard|job card|このさいと|さいと")


def _pairs(part: str) -> set[str]:
    part = part.replace("ー", "")
    if len(part) == 1:
        return {part}
    return {part[i : i + 2] for i in range(len(part) - 1)}


def bigrams(text: str) -> frozenset[str]:
    """The character pairs of the content of ``text``: runs of kanji, katakana, letters and
    digits, and hiragana runs of three or more (a word typed in kana); shorter hiragana between
    them is grammar (の, を, で). Katakana is read as hiragana and ー dropped, so ハローワーク,
    ハロワ and はろわ share pairs."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = _PLACEHOLDER.sub(" ", text)
    runs = _CONTENT.findall(text) + [_GRAMMAR.sub(" ", run) for run in _HIRAGANA_RUN.findall(text)]
    grams: set[str] = set()
    for run in runs:
        run = _COMMON.sub(" ", run.translate(_KATAKANA))
        for part in run.split():
            if len(part) >= 2 or not "ぁ" <= part <= "ゖ":
                grams |= _pairs(part)
    if not grams:
        for part in normalise(text).split():
            grams |= _pairs(part)
    return frozenset(grams)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass
class Group:
    """Similar questions: the newest is shown first and starts a FAQ entry."""

    questions: list = field(default_factory=list)
    grams: list[frozenset[str]] = field(default_factory=list)

    @property
    def representative(self):
        return self.questions[0]

    @property
    def count(self) -> int:
        return len(self.questions)

    @property
    def last_seen(self) -> datetime:
        return max(question.created_at for question in self.questions)

    @property
    def unanswered(self) -> int:
        return sum(1 for question in self.questions if question.outcome == "unknown")

    @property
    def unhelpful(self) -> int:
        return sum(1 for question in self.questions if question.helpful is False)

    @property
    def variants(self) -> list[str]:
        """The distinct wordings, newest first."""
        seen, result = set(), []
        for question in self.questions:
            if question.question not in seen:
                seen.add(question.question)
                result.append(question.question)
        return result


def group_questions(questions, threshold: float = THRESHOLD) -> list[Group]:
    """``questions`` (AssistantQuestion-like: question, created_at, outcome, helpful) in groups,
    the largest first, then the most recently seen."""
    ordered = sorted(questions, key=lambda question: question.created_at, reverse=True)
    groups: list[Group] = []
    for question in ordered:
        grams = bigrams(question.question)
        best, best_score = None, 0.0
        for group in groups:
            score = max((jaccard(grams, other) for other in group.grams[:COMPARE]), default=0.0)
            if score > best_score:
                best, best_score = group, score
        if best is not None and best_score >= threshold:
            best.questions.append(question)
            best.grams.append(grams)
        else:
            groups.append(Group(questions=[question], grams=[grams]))
    groups.sort(key=lambda group: (group.count, group.last_seen), reverse=True)
    return groups
