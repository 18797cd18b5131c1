"""Japanese-aware search text.

Japanese is written without spaces, so full-text engines (SQLite FTS5, PostgreSQL tsvector) see a
whole sentence as one word and a query such as 「強み」 finds nothing. We index an extra field in
which every run of Japanese characters is cut into overlapping bigrams (and single characters),
the way Elasticsearch's CJK analyser does, and cut the query the same way. Latin words and numbers
are kept whole. The same code serves SQLite and PostgreSQL because both only see space-separated
tokens.
"""

import re
import unicodedata

from django.utils.html import strip_tags

# Hiragana, katakana (incl. ー), CJK ideographs and the iteration mark 々.
_CJK = r"\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]+|[0-9a-z]+")
_CJK_RUN = re.compile(rf"^[{_CJK}]+$")


def normalise(text: str) -> str:
    """NFKC (全角英数 → 半角, 半角カナ → 全角) and lower case."""
    return unicodedata.normalize("NFKC", text or "").lower()


def bigram_tokens(text: str, *, unigrams: bool = True) -> list[str]:
    tokens: list[str] = []
    for run in _TOKEN.findall(normalise(strip_tags(text))):
        if not _CJK_RUN.match(run):
            tokens.append(run)
            continue
        if len(run) == 1 or unigrams:
            tokens.extend(run)
        tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
    return tokens


def index_text(*parts: str) -> str:
    """The text stored in the search index for a document made of ``parts``."""
    return " ".join(bigram_tokens(" ".join(p for p in parts if p)))


def query_text(query: str) -> str:
    """The query as tokens: bigrams for Japanese (a single character stays itself)."""
    seen: dict[str, None] = {}
    for token in bigram_tokens(query, unigrams=False):
        seen.setdefault(token, None)
    return " ".join(seen)
