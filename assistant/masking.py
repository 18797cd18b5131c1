"""Mask personal data in a question before it is stored or logged.

What is replaced, in this order (the text is NFKC-normalised first: 全角 → 半角 digits and letters,
and what is stored is the normalised, masked text):

- e-mail addresses (also ``(at)``) → ``[メールアドレス]``;
- birth dates, 元号 (平成2年4月1日, H2.4.1) or western (1990年4月1日, 1990/4/1), also year and
  month, when 生年月日・誕生日・生まれ stands next to them → ``[生年月日]``;
- postal codes (〒100-0013, 100-0013) → ``[郵便番号]``;
- telephone numbers (0X0-XXXX-XXXX, 03-…, (03)…, +81, 全角) → ``[電話番号]``;
- long numbers: マイナンバー (12 digits), account numbers (8 digits or more) → ``[番号]``;
- addresses down to the 番地 (東京都千代田区霞が関1-2-2, 横浜市中区本町3丁目5番地) and whatever
  follows 住所は → ``[住所]``;
- names → ``[氏名]``: the signed-in person's own (姓・名・せい・めい, e-mail local part) by exact
  match; self-introductions by cue (私の名前は山田太郎です, 山田と申します, 氏名：山田 太郎, my
  name is …); and the person names Sudachi tags (名詞,固有名詞,人名), with or without
  さん・様・くん・先生, in context (元部下の佐藤の…, 佐藤さんに言われて).

Decisions (see docs/features/assistant-editors.md, tested by tests/assistant/masking_cases.py):
- A person name Sudachi tags (姓, 名, or a full name) is masked when it stands alone — followed by
  a particle, です, punctuation or the end — or by an honorific or a title (さん, 先生, 部長…).
  Famous people are masked too (田中角栄): we cannot tell them from anyone else, and the question
  loses nothing editors need.
- A surname that is the first part of a longer noun is kept: 佐藤製作所, 鈴木自動車, 太田胃散 are
  organisations or products, not people. Place names (山田町, 千葉県) are kept; Sudachi tags them
  as places.
- A given name alone (さくら, 翔太) is masked only with an honorific or in a self-introduction:
  many given names are ordinary words.
- A prefecture or city alone (横浜市のハローワーク) is kept: it does not identify anyone and
  questions need it. An address is masked once it reaches a 番地 (a number) or follows 住所は.
- A date is masked as a birth date only next to 生年月日・誕生日・生まれ; other dates (令和6年3月末で
  退職) are what questions are about. A birth year alone (1990年生まれ) is kept, like an age.

Masking errs towards hiding too much.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable

EMAIL = "[メールアドレス]"
PHONE = "[電話番号]"
POSTAL = "[郵便番号]"
NUMBER = "[番号]"
NAME = "[氏名]"
ADDRESS = "[住所]"
BIRTHDATE = "[生年月日]"

_DASH_CHARS = "\\-‐‑‒–—―−ー－~〜"
_DASH = f"[{_DASH_CHARS}]"
_SEP = f"[\\s{_DASH_CHARS}()]?"
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+\s*(?:@|\(at\)|\[at\])\s*[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# 090-1234-5678, 03-1234-5678, 0120-123-456, (03)1234-5678, +81 90 1234 5678, 09012345678
_PHONE = re.compile(
    rf"(?<![0-9])(?:\+\s?81{_SEP}\(?0?\)?|\(?0)\d{{1,4}}{_SEP}\d{{1,4}}{_SEP}\d{{3,4}}(?![0-9])"
)
# 〒100-0013, 〒1000013, 100-0013 (not followed by another dash: that is a phone number)
_POSTAL = re.compile(
    rf"〒\s*\d{{3}}{_DASH}?\d{{4}}|(?<![0-9{_DASH_CHARS}])\d{{3}}{_DASH}\d{{4}}(?![0-9{_DASH_CHARS}])"
)
_LONG_NUMBER = re.compile(r"(?<![0-9])\d(?:[\s-]?\d){7,}(?![0-9])")

# Birth dates ----------------------------------------------------------------------------------
_ERA = r"(?:明治|大正|昭和|平成|令和|[明大昭平令MTSHR]\.?)"
_DATE = (
    rf"(?:{_ERA}\s*(?:\d{{1,2}}|元)\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?"
    rf"|{_ERA}\s*\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{1,2}})?"
    r"|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    r"|\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?"
    r"|\d{8}"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
_BIRTH_CUE = r"(?:生年月日|誕生日|生まれ|うまれ|出生)"
_BIRTH_BEFORE = re.compile(rf"({_BIRTH_CUE}[^0-9一-龥]{{0,4}})({_DATE})")
_BIRTH_AFTER = re.compile(rf"({_DATE})(?=\s*(?:に|の)?\s*(?:生まれ|うまれ|生\b|生$|生[、。,.\s]|誕生))")

# Addresses ------------------------------------------------------------------------------------
_PREF = r"(?:北海道|東京都|大阪府|京都府|[一-龥]{2,3}県)"
_PLACE = r"[一-龥々〆ヶヵケァ-ヺー]"
_BANCHI = (
    rf"\d+\s*(?:丁目|番地|番|号|{_DASH}|の)(?:\s*\d+\s*(?:丁目|番地|番|号|{_DASH}|の)?)*(?:\s*\d+)?"
    r"(?:\s*号)?"
)
_ADDRESS = re.compile(
    rf"(?:{_PREF}[{_PLACE[1:-1]}ぁ-ゖ]{{0,16}}?|(?:{_PLACE}{{1,6}}[市郡区])(?:{_PLACE}{{1,6}}[区町村])?{_PLACE}{{0,8}}?)"
    rf"{_BANCHI}"
)
_ADDRESS_CUE = re.compile(
    r"(?:住所|現住所|住んでいるところ)\s*(?:は|:|=)\s*([^\[。、,.!?\s][^。、,.!?\s]*?)(?=です|でした|に住|[。、,.!?\s]|$)"
)

# Names by cue ---------------------------------------------------------------------------------
# A name: kanji/katakana (a family name), optionally a space and a given name (kanji/kana).
_NAME_CORE = r"[一-龥々〆ヶァ-ヺー]{1,6}(?:[ \u3000]?[一-龥々〆ヶぁ-ゖァ-ヺー]{1,6})?"
_STOP_AFTER = r"(?=です|でございます|と申|といい|と言い|と呼|だ|で、|[、。,.!?！？\s)）」]|$)"
_INTRO_PATTERNS = [
    # 私の名前は山田太郎です / 名前は山田 / 氏名：山田 太郎 / 名字は佐藤
    re.compile(
        rf"(?:名前|なまえ|氏名|名字|苗字|姓名|フルネーム)\s*(?:は|が|:|：|=)\s*({_NAME_CORE}){_STOP_AFTER}"
    ),
    # 名前はあやか (a name in hiragana, only after an explicit cue)
    re.compile(r"(?:名前|なまえ|氏名)\s*(?:は|が|:|=)\s*([ぁ-ゖ]{2,6})(?=です|だ|と申|[、。,.!?\s]|$)"),
    # 山田太郎と申します / 山田といいます
    re.compile(rf"({_NAME_CORE})(?=と申|といいます|と言います|って言います|っていいます)"),
    # 私は山田です / わたし、佐藤花子です
    re.compile(rf"(?:私|わたし|僕|ぼく|俺|自分)(?:は|、|,)\s*({_NAME_CORE})(?=です|でございます)"),
    # 田中さん / 佐藤様
    re.compile(
        r"([一-龥々〆ヶ]{1,4}(?:[ \u3000][一-龥々ぁ-ゖァ-ヺー]{1,4}|[一-龥々]{1,3})?)"
        r"(?=さん|様(?![式子々相態])|さま|くん|君(?!が代)|ちゃん|氏(?!名))"
    ),
]
_EN_NAME_PATTERNS = [
    re.compile(r"(?i:my name is|my name's|i am|i'm|this is|name:)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"),
    re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"),
]
# Words the cue patterns would otherwise take for names.
_NOT_NAMES = {
    "学生",
    "大学生",
    "高校生",
    "会社員",
    "社会人",
    "求職者",
    "求職中",
    "主婦",
    "主夫",
    "無職",
    "新卒",
    "既卒",
    "在職中",
    "休職中",
    "離職中",
    "失業中",
    "就活中",
    "就職活動中",
    "転職活動中",
    "育休中",
    "在職者",
    "派遣社員",
    "正社員",
    "契約社員",
    "教員",
    "担当",
    "担当者",
    "相談者",
    "利用者",
    "企業",
    "会社",
    "皆",
    "客",
    "お客",
    "生徒",
    "先生",
    "社長",
    "上司",
    "部長",
    "課長",
    "先輩",
    "後輩",
    "同僚",
    "家族",
    "子",
    "親",
    "奥",
    "講師",
    "相手",
    "キャリアコンサルタント",
    "I",
}
_NOT_NAME_ENDINGS = ("生", "者", "員", "職", "業", "人", "方")
# What a greedy match may take along after the name.
_TRAILING = re.compile(r"(?:でございます|です|だ|と申.*|といい.*|と言い.*|って.*)$")

# Names by Sudachi -----------------------------------------------------------------------------
# After a name these make it a person: honorifics (接尾辞) and titles (普通名詞).
_HONORIFICS = {"さん", "様", "さま", "くん", "君", "ちゃん", "氏", "殿", "どの", "たち", "ら"}
_TITLES = (
    "先生",
    "先輩",
    "部長",
    "課長",
    "係長",
    "社長",
    "専務",
    "常務",
    "主任",
    "店長",
    "所長",
    "院長",
    "監督",
    "教授",
    "准教授",
    "講師",
    "さん",
    "さま",
    "くん",
    "ちゃん",
)
# 息子の大輔が…: a given name after a relation is a person.
_RELATION = re.compile(
    r"(?:息子|娘|妻|夫|子ども|子供|友人|友達|彼|彼女|部下|上司|同僚|後輩|先輩|兄|姉|弟|妹|母|父|孫)(?:の|は|が)$"
)
_SELF_INTRO = ("です", "でございます", "と申", "といい", "と言い", "って言い", "っていい")
_local = threading.local()
_dictionary = None
_dictionary_lock = threading.Lock()


def _tokenizer():
    global _dictionary
    tokenizer = getattr(_local, "tokenizer", None)
    if tokenizer is None:
        from sudachipy import Dictionary, SplitMode

        with _dictionary_lock:
            if _dictionary is None:
                _dictionary = Dictionary(dict="core")
        tokenizer = _local.tokenizer = _dictionary.tokenizer(mode=SplitMode.C)
    return tokenizer


def _person_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the person names in ``text`` Sudachi finds, by the rules in the docstring."""
    morphemes = list(_tokenizer().tokenize(text))
    spans = []
    i = 0
    while i < len(morphemes):
        pos = morphemes[i].part_of_speech()
        if pos[:2] != ("名詞", "固有名詞") or pos[2] not in ("人名", "地名"):
            i += 1
            continue
        j = i + 1
        if pos[2] == "人名":
            while j < len(morphemes) and morphemes[j].part_of_speech()[:3] == ("名詞", "固有名詞", "人名"):
                j += 1
        kinds = {morpheme.part_of_speech()[3] for morpheme in morphemes[i:j]}
        start, end = morphemes[i].begin(), morphemes[j - 1].end()
        after = morphemes[j] if j < len(morphemes) else None
        rest = text[end:]
        addressed = after is not None and (after.surface() in _HONORIFICS or rest.startswith(_TITLES))
        if pos[2] == "地名":
            person = addressed  # 清水先生, 千葉さん: a place name used as a surname
        elif addressed:
            person = True
        elif kinds == {"名"}:  # a given name alone: in a self-introduction or after 息子の…
            person = rest.startswith(_SELF_INTRO) or bool(_RELATION.search(text[:start]))
        elif after is None:
            person = True
        else:
            after_pos = after.part_of_speech()
            # 佐藤製作所, 太田胃散: the first part of a longer name; otherwise a particle, です, a verb…
            person = not (after_pos[0] in ("名詞", "接尾辞") and after_pos[1] != "数詞")
        if person and text[start:end] not in _NOT_NAMES:
            spans.append((start, end))
        i = j
    return spans


def _mask_person_names(text: str) -> str:
    for start, end in reversed(_person_spans(text)):
        text = text[:start] + NAME + text[end:]
    return text


def _is_name(candidate: str) -> bool:
    bare = candidate.strip()
    if not bare or bare in _NOT_NAMES:
        return False
    return not (bare.endswith(_NOT_NAME_ENDINGS) and len(bare) <= 4 and " " not in bare)


def _mask_groups(pattern: re.Pattern, text: str, placeholder: str = NAME, check=_is_name) -> str:
    def replace(match: re.Match) -> str:
        name = _TRAILING.sub("", match.group(1)) if placeholder == NAME else match.group(1)
        if check is not None and not check(name):
            return match.group(0)
        start = match.start(1)
        end = start + len(name)
        whole_start = match.start(0)
        return match.group(0)[: start - whole_start] + placeholder + match.group(0)[end - whole_start :]

    return pattern.sub(replace, text)


def _own_names(names: Iterable[str]) -> list[str]:
    found = set()
    for name in names:
        name = unicodedata.normalize("NFKC", name or "").strip()
        if len(name) >= 2 or (len(name) == 1 and re.match(r"[一-龥]", name)):
            found.add(name)
    # Longest first, so 山田太郎 goes before 山田.
    return sorted(found, key=len, reverse=True)


def _mask_birth_dates(text: str) -> str:
    text = _BIRTH_BEFORE.sub(lambda m: m.group(1) + BIRTHDATE, text)

    def after(match: re.Match) -> str:
        date = match.group(1)
        if re.fullmatch(r"\d{4}\s*年", date):  # a birth year alone is kept
            return date
        return BIRTHDATE

    return _BIRTH_AFTER.sub(after, text)


def mask(text: str, names: Iterable[str] = ()) -> str:
    """``text`` with personal data replaced by placeholders (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _EMAIL.sub(EMAIL, text)
    text = _mask_birth_dates(text)
    text = _POSTAL.sub(POSTAL, text)
    text = _PHONE.sub(PHONE, text)
    text = _ADDRESS.sub(ADDRESS, text)
    text = _LONG_NUMBER.sub(NUMBER, text)
    text = _mask_groups(_ADDRESS_CUE, text, placeholder=ADDRESS, check=lambda value: value != ADDRESS)
    for name in _own_names(names):
        pattern = re.escape(name).replace(r"\ ", r"\s*")
        if re.match(r"^[A-Za-z]", name):
            text = re.sub(rf"(?i)(?<![A-Za-z0-9]){pattern}(?![A-Za-z0-9])", NAME, text)
        else:
            text = re.sub(pattern, NAME, text)
    for pattern in _INTRO_PATTERNS:
        text = _mask_groups(pattern, text)
    for pattern in _EN_NAME_PATTERNS:
        text = _mask_groups(pattern, text)
    return _mask_person_names(text)


def names_of(user) -> list[str]:
    """The signed-in person's names, in every form they might type them."""
    if user is None or not getattr(user, "is_authenticated", False):
        return []
    parts = [
        getattr(user, field, "") or ""
        for field in ("last_name", "first_name", "last_name_kana", "first_name_kana")
    ]
    last, first, last_kana, first_kana = parts
    names = [*parts, f"{last}{first}", f"{last} {first}", f"{last_kana}{first_kana}", f"{first} {last}"]
    email = getattr(user, "email", "") or ""
    if email:
        names.append(email)
        names.append(email.split("@")[0])
    return [name for name in names if name.strip()]
