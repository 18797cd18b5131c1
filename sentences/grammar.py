"""Japanese conjugation for the example-sentence builder.

A choice's phrase is written once, in dictionary form (「お客様への対応を行う」「経験を積む」「丁寧だ」
is not used: nouns are written bare, 「粘り強さ」). The template asks for the form it needs
(``{tasks|ました}``) and this module produces it: 「お客様への対応を行いました」.

Two kinds of phrase:

- ``noun`` (名詞句): used as written; a predicate form adds the copula (です, でした, で, だ, の).
- ``predicate`` (述語句): ends in a verb or an い-adjective in dictionary form. The conjugation class
  of the last word is found from its ending (する, 来る, 一段, 五段, 形容詞) unless the editor sets it.

Forms (the names editors write in templates):

| form | verb (行う / 見直す / 受ける / 担当する) | い-adjective (楽しい) | noun (リーダー) |
| --- | --- | --- | --- |
| (none), 終止, 連体 | 行う | 楽しい | リーダー (終止: リーダーだ, 連体: リーダーの) |
| 連用 | 行い (joins clauses: 「〜し、」) | 楽しく | リーダーで |
| て | 行って | 楽しくて | リーダーで |
| た | 行った | 楽しかった | リーダーだった |
| ます / ました | 行います / 行いました | 楽しいです / 楽しかったです | リーダーです / でした |
| たい | 行いたい | — | — |
| ています / ていました | 行っています / 行っていました | — | — |
| こと | 行うこと | 楽しいこと | リーダー (already a noun) |

A list of several choices is joined the Japanese way: predicates by 連用形 and 「、」 with only the
last one in the asked form (「対応を行い、資料を作成し、新人を指導しました」); nouns by the question's
particle (「接客やレジ業務」; three or more: 「接客、レジ業務、品出し」) and then put in the asked form.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _


class GrammarError(ValueError):
    """A phrase cannot take the asked form (e.g. an adjective in たい form)."""


# Phrase kinds --------------------------------------------------------------------------------
NOUN = "noun"
PREDICATE = "predicate"
KINDS = (
    (NOUN, _("名詞句（そのまま使う語句。例：粘り強さ、接客の仕事）")),
    (PREDICATE, _("述語句（動詞・形容詞で終わる語句を辞書形で。例：お客様への対応を行う）")),
)

# Conjugation classes -------------------------------------------------------------------------
AUTO = "auto"
GODAN = "godan"
ICHIDAN = "ichidan"
SURU = "suru"
KURU = "kuru"
ADJECTIVE = "adjective"
CONJUGATIONS = (
    (AUTO, _("自動で判定する")),
    (GODAN, _("五段活用（行う、積む、関わる など）")),
    (ICHIDAN, _("一段活用（受ける、見る、続ける など）")),
    (SURU, _("「〜する」の動詞")),
    (KURU, _("「来る」")),
    (ADJECTIVE, _("形容詞（〜い）")),
)

# Forms ---------------------------------------------------------------------------------------
PLAIN = ""
FORMS = ("", "終止", "連体", "連用", "て", "た", "ます", "ました", "たい", "ています", "ていました", "こと")
FORM_HELP = _(
    "使える形：終止・連体（そのまま）、連用（〜し、）、て、た、ます、ました、たい、ています、ていました、こと"
)
# Forms a noun phrase cannot take (there is no verb to conjugate).
_NOUN_FORBIDDEN = {"たい", "ています", "ていました"}
_ADJECTIVE_FORBIDDEN = {"たい", "ています", "ていました"}

# Kana rows: the vowel of each kana decides 一段 (i/e before る) and the 五段 stem changes.
_I_ROW = set("いきぎしじちぢにひびぴみりゐ")
_E_ROW = set("えけげせぜてでねへべぺめれゑ")
_GODAN_I = dict(zip("うくぐすつぬぶむる", "いきぎしちにびみり", strict=True))

# Kanji + る that are 一段 (見る, 寝る, 出る, 着る, 得る, 経る, 似る, 煮る, 居る, 射る, 干る, 鋳る);
# any other kanji + る is 五段 (帰る, 入る, 走る, 知る, 切る, 取る, 作る …).
_ICHIDAN_KANJI = set("見寝出着得経似煮居射干鋳")
# Kana + る after an i/e sound that are nonetheless 五段, when written in kana. Only words long enough
# not to be the end of a 一段 verb (「ける」 would match 「受ける」, so 蹴る must be set by hand).
_GODAN_KANA_EXCEPTIONS = (
    "しゃべる",
    "すべる",
    "ひねる",
    "にぎる",
    "かぎる",
    "まじる",
    "いじる",
    "はいる",
    "はしる",
)


def detect_conjugation(phrase: str) -> str:
    """The conjugation class of the last word of a dictionary-form predicate."""
    if phrase.endswith("する") or phrase.endswith("ずる"):
        return SURU
    if phrase.endswith("来る") or phrase.endswith("てくる") or phrase.endswith("でくる"):
        return KURU
    if phrase.endswith("い"):
        return ADJECTIVE
    if phrase.endswith("る"):
        if len(phrase) < 2:
            raise GrammarError(phrase)
        before = phrase[-2]
        if before in _ICHIDAN_KANJI:
            return ICHIDAN
        if before in _I_ROW or before in _E_ROW:
            if any(phrase.endswith(word) for word in _GODAN_KANA_EXCEPTIONS):
                return GODAN
            return ICHIDAN
        return GODAN
    if phrase and phrase[-1] in _GODAN_I:
        return GODAN
    raise GrammarError(phrase)


def _verb_stems(phrase: str, conjugation: str) -> tuple[str, str, str]:
    """(連用形, て形, た形) of a dictionary-form predicate."""
    if conjugation == SURU:
        base = phrase[:-2]
        stem = base + ("じ" if phrase.endswith("ずる") else "し")
        return stem, stem + "て", stem + "た"
    if conjugation == KURU:
        base = phrase[:-2] if phrase.endswith("くる") else phrase[:-1]  # 来る keeps its kanji
        stem = base + ("き" if phrase.endswith("くる") else "")
        return stem, stem + "て", stem + "た"
    if conjugation == ICHIDAN:
        if not phrase.endswith("る"):
            raise GrammarError(phrase)
        stem = phrase[:-1]
        return stem, stem + "て", stem + "た"
    if conjugation == GODAN:
        last = phrase[-1]
        if last not in _GODAN_I:
            raise GrammarError(phrase)
        base = phrase[:-1]
        renyou = base + _GODAN_I[last]
        if phrase.endswith("行く") or phrase.endswith("いく"):
            return renyou, base + "って", base + "った"
        if last in "うつる":
            return renyou, base + "って", base + "った"
        if last in "むぶぬ":
            return renyou, base + "んで", base + "んだ"
        if last == "く":
            return renyou, base + "いて", base + "いた"
        if last == "ぐ":
            return renyou, base + "いで", base + "いだ"
        return renyou, base + "して", base + "した"  # す
    raise GrammarError(phrase)


def _adjective(phrase: str, form: str) -> str:
    if not phrase.endswith("い"):
        raise GrammarError(phrase)
    # いい conjugates from よい: よく, よかった (but stays いい in 終止・連体・です).
    base = phrase[:-2] + "よ" if phrase.endswith("いい") else phrase[:-1]
    if form in (PLAIN, "終止", "連体", "こと"):
        return phrase + ("こと" if form == "こと" else "")
    table = {
        "連用": base + "く",
        "て": base + "くて",
        "た": base + "かった",
        "ます": phrase + "です",
        "ました": base + "かったです",
    }
    if form not in table:
        raise GrammarError(phrase)
    return table[form]


def conjugate(phrase: str, kind: str, form: str, conjugation: str = AUTO) -> str:
    """``phrase`` in ``form``. Raises ``GrammarError`` when the phrase cannot take that form."""
    if form not in FORMS:
        raise GrammarError(form)
    if kind == NOUN:
        if form in _NOUN_FORBIDDEN:
            raise GrammarError(phrase)
        return (
            phrase
            + {
                PLAIN: "",
                "こと": "",
                "終止": "だ",
                "連体": "の",
                "連用": "で",
                "て": "で",
                "た": "だった",
                "ます": "です",
                "ました": "でした",
            }[form]
        )
    if conjugation == AUTO:
        conjugation = detect_conjugation(phrase)
    if conjugation == ADJECTIVE:
        if form in _ADJECTIVE_FORBIDDEN:
            raise GrammarError(phrase)
        return _adjective(phrase, form)
    if form in (PLAIN, "終止", "連体"):
        return phrase
    if form == "こと":
        return phrase + "こと"
    renyou, te, ta = _verb_stems(phrase, conjugation)
    return {
        "連用": renyou,
        "て": te,
        "た": ta,
        "ます": renyou + "ます",
        "ました": renyou + "ました",
        "たい": renyou + "たい",
        "ています": te + "います",
        "ていました": te + "いました",
    }[form]


NOUN_JOINERS = (
    ("や", _("「や」でつなぐ（接客やレジ業務）")),
    ("と", _("「と」でつなぐ（接客とレジ業務）")),
    ("、", _("読点で並べる（接客、レジ業務）")),
)


def join_nouns(items: list[str], joiner: str = "や") -> str:
    """「A」, 「AやB」 (or 「AとB」, 「A、B」), and from three on 「A、B、C」."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return items[0] + joiner + items[1]
    return "、".join(items)


def join_phrases(items: list[tuple[str, str]], kind: str, form: str, joiner: str = "や") -> str:
    """Several (phrase, conjugation) in one slot, in ``form``.

    Predicates: every phrase but the last in 連用形 followed by 「、」 (「〜し、」), the last in ``form``.
    Nouns: joined with ``joiner``, then the whole list takes ``form``."""
    if not items:
        return ""
    if kind == NOUN:
        return conjugate(join_nouns([phrase for phrase, _conj in items], joiner), NOUN, form)
    parts = [conjugate(phrase, PREDICATE, "連用", conj) + "、" for phrase, conj in items[:-1]]
    last_phrase, last_conj = items[-1]
    return "".join(parts) + conjugate(last_phrase, PREDICATE, form, last_conj)
