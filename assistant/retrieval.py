"""Retrieval: an in-process hybrid BM25 index over everything public on the site (see sources.py).

Three kinds of terms (``text.py``), each scored with BM25 (k1=1.2, b=0.75) on the document's title
and, separately, on its body — six channels, added with weights (``CHANNEL_WEIGHT``):

* Sudachi normalised words (after synonyms): title ×1.0, body ×0.45;
* reading bigrams (kana/kanji variants): title ×0.35, body ×0.08;
* character bigrams of the NFKC, hiragana-folded text (spelling variants, typos): title ×0.35,
  body ×0.08.

The title is a FAQ question, a glossary term, a page title or heading, a field's label: what a
question most often repeats, hence the boost. Each channel's score is divided by the most the
question could score in it (the sum of its terms' IDF × (k1+1)), so scores compare across
questions. The sum is then multiplied by a weight per kind of document (FAQ entries first on a
near tie; glossary terms when the question asks what a word means), and only the best document
per address is kept (a page's sections share the page's address).
The 30 best are judged by the coverage rule (``Index.judge``) and ranked again, a document off
the question's topic counting half its score.

Confidence is the share of the question's word IDF that the best document contains (words the
index has never seen count as much as the rarest word), mixed with the normalised score. The
service decides from it and from the gap to the second candidate whether to answer, to offer
「もしかして」 choices or to say it does not know.

The index is built per process and per language on first use and rebuilt when the generation
number in the shared cache changes (bumped on every save of a FAQ entry, glossary term, 記入例,
synonym or on page publish; see ``signals.py``).
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from .text import Keyword, SynonymMap, Terms, analyse, fold

GENERATION_KEY = "assistant:index-generation"
K1 = 1.2
B = 0.75
CHANNEL_WEIGHT = {
    "title_words": 1.0,
    "body_words": 0.45,
    "title_bigrams": 0.35,
    "body_bigrams": 0.08,
    "title_chars": 0.35,
    "body_chars": 0.08,
}
CONFIDENCE_COVERAGE = 0.25
# The coverage rule (see ``Index.keyword_cover``): nouns in more than this share of the documents
# are the site's everyday words and are not required of an answer.
KEYWORD_COMMON_SHARE = 0.25
# A keyword in at most this many documents is one the site hardly speaks of (野球, 駐車場).
KEYWORD_RARE_DF = 2
# The rule proper: the best document is off the question's topic when
# * a keyword the site never mentions is asked about and the document covers less than this share
#   of the keywords' weight (「点字版はありますか」: 版 matches, 点字 is nowhere), or
# * it has at most one of the keywords and two or more rare ones it lacks weigh at least half
#   (「今日のプロ野球の結果」: 結果 matches, プロ and 野球 are in no answer about it), or
# * it has none of the keywords and they are all rare on the site (「車の保険を安くしたい」: what
#   matched were the question's other words). When the keywords are common site words the service
#   offers 「もしかして」 instead of an answer (the site may say it in other words).
OFF_TOPIC_COVER = 0.35
# The RERANK_POOL best-scoring documents are ranked again: one the coverage rule finds off topic
# counts OFF_TOPIC_RANK of its score, so that an entry with the question's nouns comes before one
# that only shares its other words or a self-introduction (「高校生です。コンビニのバイトしかした
# ことないけど書いていい？」: the アルバイト entry, not 「高校生でも…作成できますか」).
RERANK_POOL = 30
OFF_TOPIC_RANK = 0.5
HOW_TO_WEIGHT = 0.5
SCORE_SCALE = 1.0
# Kinds of document: FAQ entries are written as answers to questions, so they come first on a near
# tie; a glossary term comes first when the question asks what a word means (…とは, …って何).
KIND_WEIGHT = {"faq": 1.0, "help": 0.9, "glossary": 0.6, "page": 0.7, "field": 0.75, "example": 0.55}
DEFINITION_KIND_WEIGHT = {**KIND_WEIGHT, "glossary": 1.3}
DEFINITION_QUESTION = re.compile(
    r"(とは|って(何|なに|なん)|ってどんな|の意味|意味は|意味を|what is|what's|what are|meaning of|define)",
    re.IGNORECASE,
)


# Words almost every question about this site has: they count for little (not nothing: 作り方 still
# tells a how-to from a definition).
LOW_WEIGHT_TERMS = {
    "書く": 0.3,
    "作成": 0.3,
    "記入": 0.3,
    "作る": 0.3,
    "ジョブ": 0.3,
    "カード": 0.3,
    "ジョブ・カード": 0.3,
    "ジョブカード": 0.3,
}


@dataclass
class Document:
    key: str  # "faq:<pk>", "glossary:<pk>", "page:<pk>[:<section>]", "field:…", "example:…"
    kind: str  # faq, glossary, page, help, field, example
    title: str
    url: str
    text: str  # what the answer shows (plain text)
    body: str  # what is indexed besides the title
    translation_key: str = ""


@dataclass
class Hit:
    document: Document
    score: float
    confidence: float
    # The coverage rule: the share (IDF-weighted) of the question's keywords this document has,
    # and the keywords the whole site never mentions.
    cover: float = 1.0
    unknown: tuple[str, ...] = ()
    off_topic: bool = False  # the coverage rule says the document is not about the question
    matched: int = -1  # how many of the question's keywords the document has (-1: no keywords)
    # Lacks only words the site never mentions that qualify a keyword it has (「コンビニのバイト」):
    # a candidate to offer as 「もしかして」, not to answer with.
    doubtful: bool = False


class _Channel:
    """One BM25 channel: an inverted index of term → [(document index, BM25 contribution)].

    The contribution idf × tf × (k1+1) / (tf + k1 × length norm) does not depend on the question,
    so it is computed once when the index is built; a search only adds them up."""

    def __init__(self, docs_terms: list[list[str]], prune: bool = False):
        self.n = len(docs_terms)
        lengths = [len(terms) for terms in docs_terms]
        avg_length = (sum(lengths) / self.n) if self.n else 0.0
        norm = [K1 * (1 - B + B * length / (avg_length or 1)) for length in lengths]
        counts: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for index, terms in enumerate(docs_terms):
            for term, count in Counter(terms).items():
                counts[term].append((index, count))
        self.idf = {term: self._idf(len(plist)) for term, plist in counts.items()}
        self.unknown_idf = self._idf(0)
        self.postings = {
            term: [(index, self.idf[term] * tf * (K1 + 1) / (tf + norm[index])) for index, tf in plist]
            for term, plist in counts.items()
        }
        # Body channels of bigrams: terms in more than half the documents say little and cost the
        # most (the longest lists); they still count in the ceiling.
        self.skip = {term for term, plist in counts.items() if len(plist) > self.n / 2} if prune else set()
        self.doc_terms = [set(terms) for terms in docs_terms]

    def _idf(self, df: int) -> float:
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def accumulate(self, terms: list[str], weight: float, totals: list[float]) -> None:
        """Add ``weight`` × this channel's BM25 score, divided by the best score the terms could
        reach (so that scores compare across questions), to ``totals`` per document."""
        unique = set(terms)
        low = LOW_WEIGHT_TERMS
        ceiling = sum(self.idf.get(term, self.unknown_idf) * low.get(term, 1.0) for term in unique) * (K1 + 1)
        if not ceiling:
            return
        factor = weight / ceiling
        for term in unique:
            plist = self.postings.get(term)
            if not plist or term in self.skip:
                continue
            f = factor * low.get(term, 1.0)
            for index, contribution in plist:
                totals[index] += f * contribution

    def coverage(self, terms: list[str], index: int) -> float:
        """Share of the terms' IDF present in document ``index`` (unknown terms weigh the most)."""
        unique = set(terms)
        total = sum(self.idf.get(term, self.unknown_idf) for term in unique)
        if not total:
            return 0.0
        present = self.doc_terms[index]
        return sum(self.idf[term] for term in unique if term in present) / total


class Index:
    """Six BM25 channels: words, reading bigrams and character bigrams of the title (a FAQ
    question, a term, a page title) and of the body (the answer, the definition, the page text)."""

    def __init__(self, documents: list[Document], language: str, synonyms: SynonymMap | None = None):
        self.documents = documents
        self.language = language
        self.synonyms = synonyms or SynonymMap()
        titles = [analyse(doc.title, language, self.synonyms) for doc in documents]
        bodies = [analyse(doc.body, language, self.synonyms) for doc in documents]
        self.channels = {
            "title_words": _Channel([t.words for t in titles]),
            "body_words": _Channel([b.words for b in bodies]),
            "title_bigrams": _Channel([t.bigrams for t in titles]),
            "body_bigrams": _Channel([b.bigrams for b in bodies], prune=True),
            "title_chars": _Channel([t.chars for t in titles]),
            "body_chars": _Channel([b.chars for b in bodies], prune=True),
        }
        # Every word of a document, for the confidence (how much of the question it covers).
        self.vocabulary = _Channel([t.words + b.words for t, b in zip(titles, bodies, strict=True)])
        self.variants = {key[0] for key in self.synonyms.pairs if len(key) == 1}
        # The folded text of each document and of the whole site, for the coverage rule.
        self.folded = [fold(f"{doc.title} {doc.body}") for doc in documents]
        self.corpus = "\n".join(self.folded)
        self.common = {
            term
            for term, plist in self.vocabulary.postings.items()
            if len(plist) > KEYWORD_COMMON_SHARE * max(len(documents), 1)
        }

    def __len__(self):
        return len(self.documents)

    def analyse(self, question: str) -> Terms:
        return analyse(question, self.language, self.synonyms)

    @staticmethod
    def _channel_terms(name: str, terms: Terms) -> list[str]:
        if name.endswith("bigrams"):
            return terms.bigrams
        if name.endswith("chars"):
            return terms.chars
        return terms.words

    def _forms(self, keyword: Keyword) -> tuple[str, ...]:
        """The keyword's form and the site's word it is a variant of (スマホ → スマートフォン)."""
        return (keyword.form, *self.synonyms.pairs.get((keyword.form,), ()))

    def _known(self, keyword: Keyword) -> bool:
        """Whether the site mentions the keyword at all (a word, its synonym, its spelling, its parts)."""
        idf = self.vocabulary.idf
        if any(form in idf for form in self._forms(keyword)):
            return True
        if any(text in self.corpus for text in keyword.folded):
            return True
        return bool(keyword.parts) and all(part in idf for part in keyword.parts)

    def _weight(self, keyword: Keyword) -> float:
        idf = self.vocabulary.idf
        weights = [idf[form] for form in self._forms(keyword) if form in idf]
        return min(weights) if weights else self.vocabulary.unknown_idf

    def keywords(self, terms: Terms) -> list[tuple[Keyword, float, bool]]:
        """The question's keywords that can decide: (keyword, weight, known to the site)."""
        out = []
        for keyword in terms.keywords:
            if keyword.form in self.common or keyword.form in LOW_WEIGHT_TERMS:
                continue
            variant_part = keyword.form in terms.synonym_words and (keyword.form,) not in self.synonyms.pairs
            if variant_part and keyword.form not in self.vocabulary.idf:
                continue  # part of a variant (二要素認証): the site's word it stands for decides
            known = self._known(keyword)
            if keyword.how_to and not known:
                continue  # 「変え方」 the site never writes: the question still asks how to 変える
            # 作り方, 書き方: they ask how, and say less about what than other nouns.
            weight = self._weight(keyword) * (HOW_TO_WEIGHT if keyword.how_to else 1.0)
            out.append((keyword, weight, known))
        return out

    def _rare(self, keyword: Keyword, known: bool) -> bool:
        if not known:
            return True
        postings = self.vocabulary.postings
        df = min((len(postings[form]) for form in self._forms(keyword) if form in postings), default=0)
        return df <= KEYWORD_RARE_DF

    def judge(self, keywords: list[tuple[Keyword, float, bool]], index: int) -> tuple[float, int, bool, bool]:
        """The coverage rule for document ``index``: (cover, keywords matched, off topic, doubtful)."""
        total = sum(weight for _k, weight, _known in keywords)
        if not total:
            return 1.0, -1, False, False
        has = [self._has(keyword, index) for keyword, _w, _known in keywords]
        cover = (
            sum(weight for (_k, weight, _known), found in zip(keywords, has, strict=True) if found) / total
        )
        lacking = [(k, w, known) for (k, w, known), found in zip(keywords, has, strict=True) if not found]
        unknown = any(not known for _k, _w, known in lacking)
        rare = [w for k, w, known in lacking if self._rare(k, known)]
        if sum(has) <= 1 and len(rare) >= 2 and sum(rare) >= total / 2:
            return cover, sum(has), True, False
        if not any(has) and len(rare) == len(lacking):
            # None of the keywords, which the site hardly mentions: incidental words only.
            return cover, sum(has), True, False
        if unknown and cover < OFF_TOPIC_COVER:
            # A word the site never mentions is asked about. If it only qualifies a keyword the
            # document has (「コンビニのバイト」, not 「点字版」) and the document has every keyword
            # the site knows: doubtful, a candidate to offer.
            doubtful = any(has) and all(not known and k.modifier for k, _w, known in lacking)
            return cover, sum(has), not doubtful, doubtful
        return cover, sum(has), False, False

    def _has(self, keyword: Keyword, index: int) -> bool:
        present = self.vocabulary.doc_terms[index]
        if any(form in present for form in self._forms(keyword)):
            return True
        folded = self.folded[index]
        if any(text in folded for text in keyword.folded):
            return True
        return bool(keyword.parts) and all(part in present for part in keyword.parts)

    def search(self, question: str, limit: int = 3) -> list[Hit]:
        terms = self.analyse(question)
        # A variant the site never writes (クッキー) stands for the site's word (Cookie) that the
        # synonyms added: it does not count as a word no document has.
        idf = self.vocabulary.idf
        terms.words = [w for w in terms.words if w in idf or w not in self.variants]
        keywords = self.keywords(terms)
        unknown = tuple(keyword.form for keyword, _w, known in keywords if not known)
        if not terms.words and not terms.bigrams and not terms.chars:
            return []
        totals = [0.0] * len(self.documents)
        for name, channel in self.channels.items():
            channel.accumulate(self._channel_terms(name, terms), CHANNEL_WEIGHT[name], totals)
        combined = {index: score for index, score in enumerate(totals) if score > 0}
        kind_weight = DEFINITION_KIND_WEIGHT if DEFINITION_QUESTION.search(question) else KIND_WEIGHT
        for index in combined:
            combined[index] *= kind_weight.get(self.documents[index].kind, 1.0)
        pool = sorted(combined.items(), key=lambda item: item[1], reverse=True)[:RERANK_POOL]
        judged = []
        for index, score in pool:
            verdict = self.judge(keywords, index)  # (cover, matched, off topic, doubtful)
            judged.append((score * OFF_TOPIC_RANK if verdict[2] else score, score, index, verdict))
        judged.sort(key=lambda item: item[0], reverse=True)
        hits: list[Hit] = []
        seen_urls: set[str] = set()
        for ranked, score, index, (cover, matched, off_topic, doubtful) in judged:
            document = self.documents[index]
            # One candidate per address: a page's sections share it.
            if document.url and document.url in seen_urls:
                continue
            seen_urls.add(document.url)
            confidence = self.confidence(terms, index, score)
            if off_topic:
                # What matched is incidental: the confidence says how little of the question it covers.
                confidence *= cover
            hits.append(Hit(document, ranked, confidence, cover, unknown, off_topic, matched, doubtful))
            if len(hits) >= limit:
                break
        return hits

    def confidence(self, terms: Terms, index: int, score: float) -> float:
        coverage = self.vocabulary.coverage(terms.words, index) if terms.words else 0.0
        return CONFIDENCE_COVERAGE * coverage + (1 - CONFIDENCE_COVERAGE) * min(score / SCORE_SCALE, 1.0)


# The per-process index ------------------------------------------------------------------------

_lock = threading.Lock()
_indexes: dict[str, tuple[int, float, Index]] = {}


def bump_generation(**_kwargs) -> None:
    """Mark every process's index as out of date (connected to content save signals)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns() // 1000, timeout=None)
    _indexes.clear()


def reset() -> None:
    """Forget this process's indexes (tests)."""
    _indexes.clear()


def get_index(language: str) -> Index:
    """The index of ``language``, rebuilt if content changed since it was built."""
    generation = cache.get(GENERATION_KEY)
    entry = _indexes.get(language)
    max_age = settings.ASSISTANT_INDEX_MAX_AGE
    if entry is not None:
        built_generation, built_at, index = entry
        fresh = time.monotonic() - built_at < max_age
        if generation is None and fresh:
            # The key was evicted or the cache cleared: nothing says the content changed.
            cache.add(GENERATION_KEY, built_generation, timeout=None)
            return index
        if generation == built_generation and fresh:
            return index
    with _lock:
        if generation is None:
            cache.add(GENERATION_KEY, time.time_ns() // 1000, timeout=None)
            generation = cache.get(GENERATION_KEY)
        from .sources import load_documents, load_synonyms

        index = Index(load_documents(language), language, load_synonyms(language))
        _indexes[language] = (generation, time.monotonic(), index)
        return index
