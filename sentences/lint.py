"""Checks that a composed draft reads as natural, consistent Japanese.

Used by the tests (over every combination of every flow), by ``SentenceFlow.clean`` (an editor
cannot save a flow that produces a broken sentence) and by the admin preview.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from .composer import FlowSpec, combination_count, combinations, compose

MAX_SENTENCE_LENGTH = 150
MAX_CHECKED_COMBINATIONS = 20000

# One sentence, in です・ます: ends with a polite ending, then 「。」.
POLITE_END = re.compile(r"(ます|ました|ません|ませんでした|です|でした)。$")
# The same case particle twice, or two that never follow each other. (「までを」「には」「では」 are
# fine and not listed; 「にが」 is left out because 「にがて」 is a word.)
DOUBLE_PARTICLE = re.compile("をを|にに|がが|はは|でで|へへ|をに|にを|をが|がを|をで|をへ|がに|がで|でが")
BROKEN_POLITE = re.compile(r"(です|ます|ました|でした)(です|ます|ました|でした)")
BAD_PUNCTUATION = re.compile(r"[、。]{2,}|^、|「」")


def split_sentences(text: str) -> list[str]:
    return [s + "。" for s in text.split("。") if s]


def problems(text: str) -> list[str]:
    """What is wrong with a draft (empty when it reads well)."""
    found = []
    if not text:
        return [_("文ができませんでした。")]
    if not text.endswith("。"):
        found.append(_("「。」で終わっていません。"))
    if "{" in text or "}" in text:
        found.append(_("置き換えられていない記号 { } が残っています。"))
    if re.search(r"\s", text):
        found.append(_("空白が入っています。"))
    if BAD_PUNCTUATION.search(text):
        found.append(_("句読点が重なっています。"))
    match = DOUBLE_PARTICLE.search(text)
    if match:
        found.append(_("助詞が重なっています（「%(s)s」）。") % {"s": match.group(0)})
    match = BROKEN_POLITE.search(text)
    if match:
        found.append(_("です・ますが重なっています（「%(s)s」）。") % {"s": match.group(0)})
    for sentence in split_sentences(text):
        if not POLITE_END.search(sentence):
            found.append(_("「です・ます」で終わっていない文があります：%(s)s") % {"s": sentence})
        if len(sentence) > MAX_SENTENCE_LENGTH:
            found.append(
                _("%(max)d文字を超える長い文があります：%(s)s") % {"max": MAX_SENTENCE_LENGTH, "s": sentence}
            )
    return found


def flow_problems(spec: FlowSpec, limit: int = MAX_CHECKED_COMBINATIONS) -> list[tuple[dict, str, list[str]]]:
    """[(answers, draft, problems)] for every combination (up to ``limit``) that does not read well."""
    bad = []
    for index, answers in enumerate(combinations(spec)):
        if index >= limit:
            break
        text = "".join(compose(spec, answers))
        found = problems(text)
        if found:
            bad.append((answers, text, found))
    return bad


def checked_count(spec: FlowSpec, limit: int = MAX_CHECKED_COMBINATIONS) -> int:
    return min(combination_count(spec), limit)
