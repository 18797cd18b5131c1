"""Japanese occupation search by name, alias and reading.

Text is folded before it is compared: NFKC (全角英数 → 半角, 半角カナ → 全角), lower case,
katakana → hiragana (jaconv), and every space, middle dot, slash, bracket and other symbol removed.
So 「ﾊﾟﾃｨｼｴ」, 「ぱてぃしえ」 and 「パティシエ」 are the same text, and 「システム エンジニア」 finds
「システムエンジニア（業務用システム）」.

Each occupation stores (at import) three folded texts: ``search_key`` (its title and aliases, one
line each), ``search_reading`` (their readings, from SudachiPy) and ``search_body`` (its summary).
Readings are searched only for a term written wholly in hiragana — someone typing 「かんごし」 finds
看護師 —, so that a katakana word such as 「パン」 does not also find 一般事務 (いっぱんじむ).

A query is cut at spaces into terms; every term must occur. Hits are ranked: the title equals the
query, the title starts with it, the title contains it, an alias or a reading contains it, the
summary contains it. When nothing matches that way, a looser pass keeps occupations whose names
hold at least half of the query's two-character pieces (「介護士」 → 施設介護員 …), ranked last.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import jaconv
from django.db.models import Q

from .models import Occupation

MAX_QUERY_LENGTH = 50
MAX_TERMS = 5
FUZZY_MIN_SHARE = 0.5
_SYMBOLS = re.compile(r"[^\w\u30fc]+|_")
_HIRAGANA = re.compile(r"^[\u3041-\u3096\u30fc]+$")


def fold(text: str) -> str:
    """The comparable form of ``text`` (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return _SYMBOLS.sub("", jaconv.kata2hira(text))


@dataclass(frozen=True)
class Term:
    text: str  # folded
    by_reading: bool  # typed in hiragana: readings count too


def query_terms(query: str) -> list[Term]:
    terms = []
    for word in unicodedata.normalize("NFKC", (query or "")[:MAX_QUERY_LENGTH]).split():
        folded = fold(word)
        if folded:
            terms.append(Term(folded, bool(_HIRAGANA.match(word))))
    return list(dict.fromkeys(terms))[:MAX_TERMS]


def reading(text: str) -> str:
    """The reading of ``text`` in katakana (SudachiPy), symbols dropped."""
    parts = []
    for morpheme in _tokenizer().tokenize(unicodedata.normalize("NFKC", text)):
        if morpheme.part_of_speech()[0] not in ("補助記号", "空白"):
            parts.append(morpheme.reading_form())
    return "".join(parts)


_TOKENIZER = None


def _tokenizer():
    global _TOKENIZER
    if _TOKENIZER is None:
        from sudachipy import Dictionary, SplitMode

        _TOKENIZER = Dictionary(dict="core").tokenizer(mode=SplitMode.C)
    return _TOKENIZER


def names_key(title: str, aliases: list[str]) -> str:
    return "\n".join(dict.fromkeys(line for line in map(fold, [title, *aliases]) if line))


def readings_key(title: str, aliases: list[str]) -> str:
    lines = (fold(reading(name)) for name in [title, *aliases])
    return "\n".join(dict.fromkeys(line for line in lines if line))


class Match:
    TITLE_EXACT = 0
    TITLE_PREFIX = 1
    TITLE = 2
    ALIAS = 3
    SUMMARY = 4
    SIMILAR = 5


@dataclass
class Hit:
    occupation: Occupation
    match: int
    matched_alias: str = ""
    score: float = 1.0


def search(query: str, *, queryset=None) -> list[Hit]:
    """Occupations matching ``query``, best first (see the module docstring)."""
    terms = query_terms(query)
    if not terms:
        return []
    queryset = (queryset if queryset is not None else Occupation.objects.all()).defer(
        "description", "how_to_become", "working_conditions", "details", "knowledge", "abilities"
    )
    in_names = Q()
    in_summary = Q()
    for term in terms:
        names = Q(search_key__contains=term.text)
        if term.by_reading:
            names |= Q(search_reading__contains=term.text)
        in_names &= names
        in_summary &= Q(search_body__contains=term.text)
    hits = [_rank(occupation, terms) for occupation in queryset.filter(in_names | in_summary)]
    if not hits:
        hits = _similar(queryset, terms)
    hits.sort(key=lambda hit: (hit.match, -hit.score, len(hit.occupation.title), hit.occupation.pk))
    return hits


def _rank(occupation: Occupation, terms: list[Term]) -> Hit:
    title = fold(occupation.title)
    if all(term.text in title for term in terms):
        if title == "".join(term.text for term in terms):
            return Hit(occupation, Match.TITLE_EXACT)
        if title.startswith(terms[0].text):
            return Hit(occupation, Match.TITLE_PREFIX)
        return Hit(occupation, Match.TITLE)
    names = occupation.search_key.split("\n")
    readings = occupation.search_reading.split("\n")

    def found(term: Term) -> bool:
        lines = names + readings if term.by_reading else names
        return any(term.text in line for line in lines)

    if all(found(term) for term in terms):
        alias = next((a for a in occupation.aliases if all(t.text in fold(a) for t in terms)), "")
        return Hit(occupation, Match.ALIAS, alias)
    return Hit(occupation, Match.SUMMARY)


def _pieces(text: str) -> list[str]:
    return [text] if len(text) < 2 else [text[i : i + 2] for i in range(len(text) - 1)]


def _similar(queryset, terms: list[Term]) -> list[Hit]:
    pieces = list(dict.fromkeys(piece for term in terms for piece in _pieces(term.text)))[:12]
    condition = Q()
    for piece in pieces:
        condition |= Q(search_key__contains=piece)
    hits = []
    for occupation in queryset.filter(condition):
        share = sum(piece in occupation.search_key for piece in pieces) / len(pieces)
        if share >= FUZZY_MIN_SHARE:
            hits.append(Hit(occupation, Match.SIMILAR, score=share))
    return hits
