"""Mask personal data in a question before it is stored.

E-mail addresses, telephone numbers (Japanese formats, 全角 digits, +81), postal codes, long
numbers (マイナンバー, account numbers) and names are replaced by a placeholder. Names are found
by the signed-in person's own name (姓・名・せい・めい) and by the ways people introduce
themselves (私の名前は山田太郎です, 山田と申します, 氏名：山田 太郎, my name is Taro Yamada) or
address others (田中さん, 佐藤様).

The text is NFKC-normalised first (全角 → 半角 digits and letters), and what is stored is the
normalised, masked text. Masking errs towards hiding too much.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

EMAIL = "[メールアドレス]"
PHONE = "[電話番号]"
POSTAL = "[郵便番号]"
NUMBER = "[番号]"
NAME = "[氏名]"

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

# A name: kanji/katakana (a family name), optionally a space and a given name (kanji/kana).
_NAME_CORE = r"[一-龥々〆ヶァ-ヺー]{1,6}(?:[ \u3000]?[一-龥々〆ヶぁ-ゖァ-ヺー]{1,6})?"
_STOP_AFTER = r"(?=です|でございます|と申|といい|と言い|と呼|だ|で、|[、。,.!?！？\s)）」]|$)"
_INTRO_PATTERNS = [
    # 私の名前は山田太郎です / 名前は山田 / 氏名：山田 太郎 / 名字は佐藤
    re.compile(
        rf"(?:名前|なまえ|氏名|名字|苗字|姓名|フルネーム)\s*(?:は|が|:|：|=)\s*({_NAME_CORE}){_STOP_AFTER}"
    ),
    # 山田太郎と申します / 山田といいます
    re.compile(rf"({_NAME_CORE})(?=と申|といいます|と言います|って言います|っていいます)"),
    # 私は山田です / わたし、佐藤花子です
    re.compile(rf"(?:私|わたし|僕|ぼく|俺|自分)(?:は|、|,)\s*({_NAME_CORE})(?=です|でございます)"),
    # 田中さん / 佐藤様
    re.compile(
        r"([一-龥々〆ヶ]{1,4}(?:[ \u3000]?[一-龥々ぁ-ゖァ-ヺー]{1,4})?)(?=さん|様|さま|くん|君|ちゃん|氏)"
    ),
]
_EN_NAME_PATTERNS = [
    re.compile(r"(?i:my name is|my name's|i am|i'm|this is|name:)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"),
    re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"),
]
# Words these patterns would otherwise take for names.
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
    "キャリアコンサルタント",
    "I",
}
_NOT_NAME_ENDINGS = ("生", "者", "員", "職", "業", "人")
# What a greedy match may take along after the name.
_TRAILING = re.compile(r"(?:でございます|です|だ|と申.*|といい.*|と言い.*|って.*)$")


def _is_name(candidate: str) -> bool:
    bare = candidate.strip()
    if not bare or bare in _NOT_NAMES:
        return False
    return not (bare.endswith(_NOT_NAME_ENDINGS) and len(bare) <= 4 and " " not in bare)


def _mask_groups(pattern: re.Pattern, text: str) -> str:
    def replace(match: re.Match) -> str:
        name = _TRAILING.sub("", match.group(1))
        if not _is_name(name):
            return match.group(0)
        start = match.start(1)
        end = start + len(name)
        whole_start = match.start(0)
        return match.group(0)[: start - whole_start] + NAME + match.group(0)[end - whole_start :]

    return pattern.sub(replace, text)


def _own_names(names: Iterable[str]) -> list[str]:
    found = set()
    for name in names:
        name = unicodedata.normalize("NFKC", name or "").strip()
        if len(name) >= 2 or (len(name) == 1 and re.match(r"[一-龥]", name)):
            found.add(name)
    # Longest first, so 山田太郎 goes before 山田.
    return sorted(found, key=len, reverse=True)


def mask(text: str, names: Iterable[str] = ()) -> str:
    """``text`` with personal data replaced by placeholders (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _EMAIL.sub(EMAIL, text)
    text = _POSTAL.sub(POSTAL, text)
    text = _PHONE.sub(PHONE, text)
    text = _LONG_NUMBER.sub(NUMBER, text)
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
    return text


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
