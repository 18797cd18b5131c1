"""Tokenisers for the assistant: SudachiPy for Japanese, a plain word splitter for English.

Japanese text becomes two kinds of terms:

* **words**: SudachiPy morphemes (split mode C, plus the mode-A parts of long compounds), in their
  normalised form (作れ → 作る, ｴｸｾﾙ → エクセル), content words only (particles, auxiliaries and
  symbols dropped, and a short list of words every question has, such as する・教える・知る);
* **reading bigrams**: the katakana reading of the whole text cut into overlapping pairs, so that
  kana/kanji variants (りれきしょ ≈ 履歴書) and typos (ジョブカート) still share most terms;
* **character bigrams**: the text itself (NFKC, so half-width ｶﾅ and full-width ＡＢＣ are folded;
  katakana turned into hiragana; lower case) cut into overlapping pairs per run of letters, so
  that spellings Sudachi reads differently or not at all (ジョブカ, じょぶかーど, typos) still match.

Synonyms (built in, ``synonyms.py``, and the editors' list) expand the word sequence (see
``SynonymMap``).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from django.utils.html import strip_tags

_local = threading.local()
_dictionary_lock = threading.Lock()
_dictionary = None

# Parts of speech that carry meaning. 接尾辞 is kept only when it is a noun-like suffix (様式1-1 の 様式).
_CONTENT_POS = {"名詞", "動詞", "形容詞", "形状詞", "副詞", "代名詞", "接頭辞", "接尾辞", "連体詞"}
# Words nearly every question has; they say nothing about which entry fits.
JA_STOP_WORDS = frozenset(
    """
    する ある 居る いる なる 出来る できる 良い よい いい 有る 為る 成る 言う 思う 教える 知る 分かる 分る
    下さる くださる 貰う もらう 呉れる くれる 欲しい ほしい 行く 来る 見る 頂く いただく 置く 仕舞う 居る
    こと 事 もの 物 ため 為 よう 様 方 ところ 所 感じ 場合 際 時 とき 何 なに なん 何か どう どの どれ どこ
    これ それ あれ この その あの 私 わたし 僕 俺 自分 皆 みなさん 今 今度 ちょっと 少し ほう
    の ん かな とか ね よ さ 的 等 など です ます
    """.split()
)
EN_STOP_WORDS = frozenset(
    """
    a an the and or but if of to in on at for with by from about as into is are was were be been being am
    do does did doing have has had having i me my we our you your he she it its they them their this that
    these those what which who whom when where why how can could may might must shall should will would
    there here not no yes so than too very just also any some all get got please tell know want need
    """.split()
)
_HIRAGANA_TO_KATAKANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}
_KANA_OR_KANJI = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9]")
_EN_WORD = re.compile(r"[a-z0-9]+")


def normalise(text: str) -> str:
    """Strip tags, NFKC (全角英数 → 半角, 半角カナ → 全角), collapse white space."""
    text = unicodedata.normalize("NFKC", strip_tags(text or ""))
    return " ".join(text.split())


def _tokenizer(mode_name: str):
    global _dictionary
    tokenizers = getattr(_local, "tokenizers", None)
    if tokenizers is None:
        tokenizers = _local.tokenizers = {}
    if mode_name not in tokenizers:
        from sudachipy import Dictionary, SplitMode

        with _dictionary_lock:
            if _dictionary is None:
                _dictionary = Dictionary(dict="core")
        tokenizers[mode_name] = _dictionary.tokenizer(mode=getattr(SplitMode, mode_name))
    return tokenizers[mode_name]


@dataclass(frozen=True)
class Keyword:
    """A noun of a question that says what it is about (see ``ja_keywords``)."""

    form: str  # Sudachi's normalised form, as in ``Terms.words``
    folded: tuple[str, ...]  # the surface and the form, folded (``fold``) for substring checks
    parts: tuple[str, ...] = ()  # the mode-A parts of a compound (プロ野球 → プロ, 野球)
    how_to: bool = False  # a verb's 〜方 (変え方, 消し方): asks how, says little about what
    modifier: bool = field(
        default=False, compare=False
    )  # followed by の (コンビニのバイト): qualifies the noun after it


@dataclass
class Terms:
    """What a text is indexed or searched by."""

    words: list[str] = field(default_factory=list)
    bigrams: list[str] = field(default_factory=list)
    chars: list[str] = field(default_factory=list)
    keywords: list[Keyword] = field(default_factory=list)
    # Words that were part of a synonym's variant (二要素認証 → 二, 要素, 認証): the site knows them
    # under its own word.
    synonym_words: set[str] = field(default_factory=set)


def _katakana(text: str) -> str:
    return text.translate(_HIRAGANA_TO_KATAKANA)


def _word_form(morpheme) -> str:
    form = morpheme.normalized_form()
    # Latin words keep their case in Sudachi's normalised form (Excel); compare them lower-cased.
    return form.lower()


# Nouns that never say what a question is about (asking for a 方法, the 意味, whether it is 必要…).
KEYWORD_STOP_WORDS = frozenset(
    """
    方法 仕方 やり方 意味 必要 可能 大丈夫 質問 回答 答え 問題 関係 違い 感じ 具体 普通 一般 全部 全て 他 ほか
    場合 今 前 後 最初 最後 次 以前 以上 以下 当時 いつ 今日 昨日 明日 今年 去年 来年 最近 先日 毎日 時間
    何 なに 本当 実際 駄目 だめ 無理 お願い 願い 件 点 例 幾つ いくつ 奴 やつ 側 辺 中 上 下 人 方々
    ジョブカード ジョブ・カード ジョブ カード
    """.split()
)
# A spelling worth looking for inside a text: a kanji compound or three letters or more.
_SPELLING = re.compile(r"[\u4e00-\u9fff].|.[\u4e00-\u9fff]|^...")
_HIRAGANA_ONLY = re.compile(r"^[\u3041-\u3096ー]+$")
_HOW_TO = re.compile(r"^[\u4e00-\u9fff]+[\u3041-\u3096]+方$")
_KATAKANA_FOLD = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def fold(text: str) -> str:
    """NFKC, lower case, katakana as hiragana, no long vowel marks: for substring checks."""
    return unicodedata.normalize("NFKC", text or "").lower().translate(_KATAKANA_FOLD).replace("ー", "")


def _keyword(morpheme, form: str, surface: str) -> Keyword | None:
    """The noun as a ``Keyword`` if it can say what a question is about, else None.

    Common nouns and proper nouns only (not numbers or pronouns); not a stop word (方法, 意味, 今,
    場合…); a lone kana (a typo's fragment: じょぶかーど → ぶ) never counts."""
    from sudachipy import SplitMode

    pos = morpheme.part_of_speech()
    if pos[0] != "名詞" or pos[1] not in ("普通名詞", "固有名詞"):
        return None
    if form in JA_STOP_WORDS or form in KEYWORD_STOP_WORDS or surface in KEYWORD_STOP_WORDS:
        return None
    if len(surface) < 2 and not re.match(r"[\u4e00-\u9fff]", surface):
        return None
    if _HIRAGANA_ONLY.match(surface):
        # りれきしょ, たいかい: kana spellings Sudachi may read as another word (りれき → 礫); the
        # reading and character channels match them, the rule cannot judge them.
        return None
    parts: tuple[str, ...] = ()
    if len(surface) > 2:
        split = morpheme.split(SplitMode.A)
        if len(split) > 1:
            # Parts of one letter (給付金 → 金, 職歴 → 歴) are suffixes, not what it is about.
            parts = tuple(_word_form(part) for part in split if len(part.surface()) > 1)
    # Kana spellings of two letters after folding (カレー → かれ) occur inside too many words.
    folded = tuple(text for text in dict.fromkeys((fold(surface), fold(form))) if _SPELLING.search(text))
    return Keyword(
        form=form,
        folded=folded,
        parts=parts,
        how_to=bool(_HOW_TO.search(surface)),
    )


def ja_words(text: str) -> tuple[list[str], str]:
    """Content words of ``text`` (normalised forms) and its katakana reading."""
    words, reading, _keywords = _ja_terms(text)
    return words, reading


def ja_keywords(text: str) -> list[Keyword]:
    """The nouns of ``text`` that say what it is about (for the coverage rule, ``retrieval``)."""
    return _ja_terms(text)[2]


def _ja_terms(text: str) -> tuple[list[str], str, list[Keyword]]:
    from sudachipy import SplitMode

    words: list[str] = []
    reading: list[str] = []
    keywords: list[Keyword] = []
    last_keyword: Keyword | None = None  # the keyword just before, for 「主婦です」
    for morpheme in _tokenizer("C").tokenize(text):
        pos = morpheme.part_of_speech()
        surface = morpheme.surface()
        if pos[0] == "助動詞" and morpheme.normalized_form() in ("です", "だ") and last_keyword is not None:
            # 「パート主婦ですが…」「高校生です。」: who asks, not what about.
            if last_keyword in keywords:
                keywords.remove(last_keyword)
        if pos[0] == "助詞" and surface == "の" and last_keyword in keywords:
            # 「コンビニのバイト」: the keyword qualifies what follows.
            keywords[keywords.index(last_keyword)] = replace(last_keyword, modifier=True)
        if pos[0] != "名詞":
            last_keyword = None
        if pos[0] in ("補助記号", "空白"):
            reading.append(" ")
            continue
        reading.append(_katakana(morpheme.reading_form()) if _KANA_OR_KANJI.search(surface) else " ")
        if pos[0] not in _CONTENT_POS:
            continue
        form = _word_form(morpheme)
        if form in JA_STOP_WORDS or not _KANA_OR_KANJI.search(form) or form.isdigit():
            continue
        if pos[0] == "接尾辞" and pos[1] != "名詞的":
            continue
        words.append(form)
        keyword = _keyword(morpheme, form, surface)
        if keyword is not None and keyword not in keywords:
            keywords.append(keyword)
        last_keyword = keyword
        if pos[0] == "名詞" and len(surface) > 3:
            parts = morpheme.split(SplitMode.A)
            if len(parts) > 1:
                words.extend(
                    _word_form(part)
                    for part in parts
                    if part.part_of_speech()[0] in _CONTENT_POS and _word_form(part) not in JA_STOP_WORDS
                )
    return words, "".join(reading), keywords


_CHAR_RUN = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u4e00-\u9fff\uf900-\ufaffa-z0-9]+")
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def char_bigrams(text: str) -> list[str]:
    """Overlapping character pairs of each run of letters (katakana folded into hiragana, long
    vowel marks dropped), single characters for one-letter runs."""
    folded = text.lower().translate(_KATAKANA_TO_HIRAGANA).replace("ー", "")
    grams: list[str] = []
    for run in _CHAR_RUN.findall(folded):
        if len(run) == 1:
            grams.append(run)
        else:
            grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return grams


def reading_bigrams(reading: str) -> list[str]:
    grams: list[str] = []
    for run in reading.split():
        run = run.replace("ー", "")
        grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return grams


def en_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    words = []
    for word in _EN_WORD.findall(text):
        if word in EN_STOP_WORDS:
            continue
        words.append(_en_stem(word))
    return words


def _en_stem(word: str) -> str:
    """A very light stemmer: plural and -ing/-ed endings (résumés → resume, creating → creat)."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def en_bigrams(words: Iterable[str]) -> list[str]:
    """Character trigrams of English words, so that typos still share terms."""
    grams = []
    for word in words:
        padded = f" {word} "
        grams.extend(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


class SynonymMap:
    """Word sequences expanded with the canonical term's words, longest match first.

    Both the indexed text and the question go through the same map, so ジョブカード, ジョブ・カード
    and ジョブカ all carry the same words, and 職歴 finds entries about 職務経歴書. The variant's
    own words are kept (a replacement would lose them when the variant is also a word of its own).
    """

    def __init__(self, pairs: dict[tuple[str, ...], tuple[str, ...]] | None = None):
        self.pairs = pairs or {}
        self.longest = max((len(key) for key in self.pairs), default=0)

    @classmethod
    def build(cls, groups: Iterable[tuple[str, Iterable[str]]], language: str) -> SynonymMap:
        pairs: dict[tuple[str, ...], tuple[str, ...]] = {}
        for term, variants in groups:
            canonical = tuple(words_of(term, language))
            if not canonical:
                continue
            for variant in variants:
                key = tuple(words_of(variant, language))
                if key and key != canonical:
                    pairs[key] = canonical
        return cls(pairs)

    def apply(self, words: list[str], matched_words: set[str] | None = None) -> list[str]:
        """``words`` expanded; the words of every variant found are added to ``matched_words``."""
        if not self.pairs:
            return words
        out: list[str] = []
        i = 0
        while i < len(words):
            for length in range(min(self.longest, len(words) - i), 0, -1):
                matched = tuple(words[i : i + length])
                replacement = self.pairs.get(matched)
                if replacement is not None:
                    if matched_words is not None:
                        matched_words.update(matched)
                    out.extend(matched)
                    out.extend(word for word in replacement if word not in matched)
                    i += length
                    break
            else:
                out.append(words[i])
                i += 1
        return out


def words_of(text: str, language: str) -> list[str]:
    text = normalise(text)
    if language == "ja":
        return ja_words(text)[0]
    return en_words(text)


_SHEET_CODE = re.compile(r"(?<![0-9])([1-3](?:\s*[-‐－ー−の]\s*[1-4]){1,3})(?![0-9])")


def sheet_codes(text: str) -> list[str]:
    """「様式3-3-1-1」, 「3-3」, 「3－1」 → the terms 様式3-3-1-1, 様式3-3-1, 様式3-3 (each prefix), so
    that a sheet's number is one term and 3-3 finds every 様式3-3-…."""
    terms: list[str] = []
    for match in _SHEET_CODE.finditer(text):
        parts = re.split(r"\s*[-‐－ー−の]\s*", match.group(1))
        for end in range(2, len(parts) + 1):
            terms.append("様式" + "-".join(parts[:end]))
    return terms


def analyse(text: str, language: str, synonyms: SynonymMap | None = None) -> Terms:
    """The terms of ``text`` in ``language`` ("ja" or anything else, treated as English)."""
    text = normalise(text)
    keywords: list[Keyword] = []
    if language == "ja":
        words, reading, keywords = _ja_terms(text)
        codes = sheet_codes(text)
        words += codes
        # A sheet's number says what the question is about (3-3 → 様式3-3): the longest one counts.
        for code in sorted(set(codes), key=len, reverse=True)[:1]:
            keywords.append(Keyword(form=code, folded=(fold(code),)))
        # Latin words inside Japanese text (Excel, OJT) are kept too.
        bigrams = reading_bigrams(reading)
    else:
        words = en_words(text)
        bigrams = en_bigrams(words)
    synonym_words: set[str] = set()
    if synonyms is not None:
        words = synonyms.apply(words, synonym_words)
    chars = char_bigrams(text) if language == "ja" else []
    return Terms(words=words, bigrams=bigrams, chars=chars, keywords=keywords, synonym_words=synonym_words)
