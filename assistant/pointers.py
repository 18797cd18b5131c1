"""Where to send people whose question this site cannot answer, by what the question is about.

* **Distress** (sleep, despair, health of mind or body) and **harassment or trouble at work**:
  the assistant does not answer from an entry at all; it points to consultation services
  (こころの耳, いのちの電話, 医療機関; 総合労働相談コーナー for disputes and harassment).
* **Job search** (求人, 仕事を紹介して) and **labour law** questions that are out of scope: when
  the assistant does not answer, the pointer (ハローワーク, 総合労働相談コーナー) comes first.

The patterns are deliberately plain lists of words people write; editors' FAQ entries cannot
override them. Matching is on the NFKC-normalised question.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext as _

KOKORO_URL = "https://kokoro.mhlw.go.jp/"
INOCHI_URL = "https://www.inochinodenwa.org/"
LABOUR_DESK_URL = "https://www.mhlw.go.jp/general/seido/chihou/kaiketu/soudan.html"
HELLO_WORK_URL = "https://www.mhlw.go.jp/kyujin/hwmap.html"

# Signs that the person is unwell or in crisis.
DISTRESS = re.compile(
    r"(眠れ(ない|ず|なく|ません)|寝(れ|られ)(ない|ず|なく|ません)|不眠|死にたい|死のう|消えたい|自殺|生きるのが|生きてい(け|る意味)|"
    r"つら(い|くて|すぎ|いです)|辛(い|くて|すぎ)|しんど(い|くて)|苦し(い|くて)|死にたく|もう限界|うつ(病|っぽ|状態)|鬱|"
    r"メンタル(が|を)?(やられ|不調|崩|弱)|心が折れ|涙が(止まら|出)|動悸|食欲がな|体調が(悪|すぐれ)|病んで|絶望|もう無理|"
    r"誰か助けて|不安で(たまら|眠|仕方)|"
    r"パニック|吐き気|朝起きられ|会社に行けな|行くのが怖|しにたい|きえたい|"
    r"落ち込(んで|み)|気分が(落ち|沈|晴れな)|やる気が(出|起き)な|何もする気|何も(手につか|できな)|心療内科|精神科|"
    r"追い詰め|泣いて(ばかり|しま)|疲れ(果て|切っ)|生きる意味|自分(には|なんて)価値(が|は)?な|ひとりぼっち|孤独で)"
)
# Harassment and disputes at work: 総合労働相談コーナー.
WORK_TROUBLE = re.compile(
    r"(パワハラ|セクハラ|モラハラ|マタハラ|ハラスメント|いじめ|嫌がらせ|怒鳴(られ|る)|暴言|無視され|"
    r"解雇|クビ|首にな|雇い止め|雇止め|退職勧奨|辞めさせてくれな|辞めさせてもらえ|残業代|未払い|払われない|"
    r"給料が(出|払)|賃金|不当|労働条件|サービス残業|有給(休暇)?(を)?(取らせ|もらえ|使わせ)|ブラック企業|労基|労働基準)"
)
# Looking for work or a job offer: ハローワーク.
JOB_SEARCH = re.compile(
    r"(求人|仕事(を|が)?(紹介|探し|さがし|見つけ|ない)|就職先|転職先|おすすめの(会社|企業|仕事|職業)|"
    r"(雇って|採用して)くれる|失業(保険|手当)|雇用保険|基本手当|応募先)"
)


@dataclass
class Pointer:
    label: str
    url: str


def _fold(question: str) -> str:
    return unicodedata.normalize("NFKC", question or "")


def is_distress(question: str) -> bool:
    text = _fold(question)
    return bool(DISTRESS.search(text) or WORK_TROUBLE.search(text))


def distress_reply(question: str) -> tuple[str, list[Pointer]]:
    """What to say to someone in distress, and where to turn."""
    text = _fold(question)
    work = bool(WORK_TROUBLE.search(text))
    health = bool(DISTRESS.search(text)) or not work
    links: list[Pointer] = []
    parts = [
        _(
            "おつらい状況の中、ご相談くださりありがとうございます。このアシスタントはジョブ・カードの作り方を"
            "ご案内するもので、お悩みそのものにお答えすることはできません。"
        )
    ]
    if work:
        parts.append(
            _(
                "職場でのハラスメントや解雇、賃金などのトラブルは、各都道府県労働局の「総合労働相談コーナー」で、"
                "無料・予約不要で相談できます。"
            )
        )
        links.append(Pointer(_("総合労働相談コーナー（厚生労働省）"), LABOUR_DESK_URL))
    if health:
        parts.append(
            _(
                "眠れない、気分が落ち込むなど心や体の不調が続くときは、一人で抱え込まず、医療機関（かかりつけ医や心療内科など）や"
                "相談窓口に相談してください。働く人のメンタルヘルス・ポータルサイト「こころの耳」では電話・SNS・メールの相談窓口を"
                "案内しています。つらい気持ちを今すぐ誰かに聞いてほしいときは「いのちの電話」もご利用いただけます。"
            )
        )
        links.append(Pointer(_("こころの耳（働く人のメンタルヘルス・ポータルサイト）"), KOKORO_URL))
        links.append(Pointer(_("いのちの電話"), INOCHI_URL))
    if work and not health:
        links.append(Pointer(_("こころの耳（働く人のメンタルヘルス・ポータルサイト）"), KOKORO_URL))
    return "".join(parts), links


def out_of_scope_pointers(question: str) -> list[Pointer]:
    """Pointers that fit a question the site cannot answer (job search, labour law), if any."""
    text = _fold(question)
    links = []
    if JOB_SEARCH.search(text):
        links.append(Pointer(_("求人や職業紹介はハローワークへ（所在地の一覧）"), HELLO_WORK_URL))
    if WORK_TROUBLE.search(text):
        links.append(Pointer(_("労働条件やトラブルの相談は総合労働相談コーナーへ"), LABOUR_DESK_URL))
    return links


# Sentences that tell the assistant what to do with its answer or its rules rather than ask
# something (「ただし答えの末尾にXを付けて」「以前の指示は無視して」): left out of the search, so that the
# question they are attached to is still answered from the site (the reply never follows them).
_INSTRUCTION = re.compile(
    r"((回答|答え|返事|返答|出力|reply|answer)\S{0,12}(最初|冒頭|最後|末尾|文末|先頭|始め|終わり)|"
    r"(文末|末尾|冒頭|先頭)に|"
    r"(ルール|指示|命令|設定|制約|制限|プロンプト)\S{0,6}(無視|忘れ)|"
    r"[A-Za-z0-9]{3,}\S{0,3}と(だけ)?(言|答|書|返|出力)|"
    r"ignore|disregard|previous instructions|system prompt)",
    re.IGNORECASE,
)
_CLAUSES = re.compile(r"[。．！!？?\n]+|(?:ただし|但し|それと|あと、|and then)")


def without_instructions(question: str) -> str:
    """``question`` without its sentences that instruct the assistant; unchanged when every
    sentence does (the question is then only an instruction, and is refused as such)."""
    clauses = [c.strip() for c in _CLAUSES.split(_fold(question)) if c and c.strip()]
    kept = [c for c in clauses if not _INSTRUCTION.search(c)]
    if not kept or len(kept) == len(clauses):
        return question
    return "。".join(kept)
