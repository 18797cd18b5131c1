"""Answer a question: retrieve, decide whether we know, optionally generate, log (masked).

Four outcomes (``Answer.status``):

* ``answered``: one entry clearly fits. The answer says where it comes from (``source_note``:
  「よくある質問『…』の回答です」) and never opens with the はい/いいえ of an entry that asks
  something else (``honest_text``);
* ``unsure``: the best candidate is not clear enough (confidence between the two thresholds, or a
  second candidate nearly as good): no answer, the top candidates as 「もしかして」 choices;
* ``unknown``: nothing fits: a refusal with pointers (ハローワーク, 総合労働相談コーナー…);
* ``support``: the person is unwell or in trouble at work: no answer from an entry, the
  consultation services (see ``pointers.py``). The question is not stored.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from . import pointers, providers, retrieval
from .masking import mask, names_of
from .models import AssistantQuestion

MAX_QUESTION_LENGTH = 200
# 「もしかして」 when the second candidate scores at least this share of the first (and is not
# the same entry), even above the answer threshold.
CLOSE_SECOND = 0.92
# A near-certain match is answered even when the next candidate is as close: they are then
# about the same thing (a glossary term, its FAQ entry, its help page).
SURE_CONFIDENCE = 0.9
# A 「もしかして」 choice must score at least this share of the first candidate.
CHOICE_SHARE = 0.45
NOT_STORED = "［心身の不調や職場のトラブルに関する相談のため、質問は記録していません］"
YES_NO_LEAD = re.compile(r"^\s*(はい|いいえ|いえ)\s*[、。,.．，!！]?\s*")
_WH_WORDS = re.compile(
    r"(何|なに|なん(で|の|て)|いつ|どこ|どう|どの|どれ|誰|だれ|なぜ|いくら|どんな|どちら|どっち|何故|"
    r"どのくらい|どれくらい|どうやって|教えて|方法|やり方|仕方|手順)"
)
_YES_NO_END = re.compile(
    r"(か|の|かな|よね|いい|ok|大丈夫|ある|ない|できる|れる|える|ます|です|る)\s*[?？。]?\s*$"
)
# Words that mean the person wants to keep or reuse their card: a reason to register.
INVITE_WORDS = {
    "ja": {"保存", "登録", "マイページ", "ログイン", "更新", "共有", "変換", "下書き", "続き", "履歴書"},
    "en": {"save", "regist", "register", "account", "login", "log", "update", "share", "convert", "resume"},
}


@dataclass
class Link:
    label: str
    url: str
    kind: str = ""
    kind_label: str = ""


@dataclass
class Answer:
    id: str
    status: str  # "answered" or "unknown"
    text: str
    confidence: float
    sources: list[Link] = field(default_factory=list)
    related: list[Link] = field(default_factory=list)
    help_links: list[Link] = field(default_factory=list)
    generated: bool = False
    notice: str = ""
    source_note: str = ""
    choices: list[Link] = field(default_factory=list)
    invite: Link | None = None
    invite_text: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def kind_label(kind: str) -> str:
    return {
        "faq": _("よくある質問"),
        "glossary": _("用語集"),
        "page": _("ガイド"),
        "help": _("使い方ガイド"),
        "field": _("様式の記入欄"),
        "example": _("記入例"),
    }.get(kind, "")


def source_note(document: retrieval.Document) -> str:
    """Which entry or page the answer comes from, as a sentence."""
    notes = {
        "faq": _("よくある質問「%(title)s」への回答です。"),
        "glossary": _("用語集「%(title)s」の説明です。"),
        "page": _("ページ「%(title)s」から抜き出しました。"),
        "help": _("使い方ガイド「%(title)s」から抜き出しました。"),
        "field": _("様式の記入欄「%(title)s」の説明です。"),
        "example": _("「%(title)s」の案内です。"),
    }
    return notes.get(document.kind, notes["page"]) % {"title": document.title}


def is_yes_no_question(text: str) -> bool:
    """A question answered by yes or no (…できますか, …かかる？), not by a what/how/when."""
    text = (text or "").strip().lower()
    if not text or _WH_WORDS.search(text):
        return False
    return bool(_YES_NO_END.search(text))


def same_question(index: retrieval.Index, question: str, title: str) -> bool:
    """The person's question and the entry's question share most of their content words."""
    generic = retrieval.LOW_WEIGHT_TERMS.keys()
    asked = set(index.analyse(question).words) - generic
    entry = set(index.analyse(title).words) - generic
    if not asked or not entry:
        return False
    shared = asked & entry
    return len(shared) / len(entry) >= 0.5 and len(shared) / len(asked) >= 0.5


def honest_text(index: retrieval.Index, question: str, document: retrieval.Document) -> str:
    """The entry's text, without a leading はい/いいえ unless the entry asks the same yes/no question."""
    text = document.text
    lead = YES_NO_LEAD.match(text)
    if not lead:
        return text
    keep = (
        document.kind == "faq"
        and is_yes_no_question(question)
        and is_yes_no_question(document.title)
        and same_question(index, question, document.title)
    )
    if keep:
        return text
    rest = text[lead.end() :]
    # 「いいえ、ありません。」 → drop the stub sentence that only made sense after the はい/いいえ.
    first, dot, after = rest.partition("。")
    if dot and len(first) <= 8 and after.strip():
        rest = after.strip()
    return rest


def _link(document: retrieval.Document) -> Link:
    return Link(
        label=document.title, url=document.url, kind=document.kind, kind_label=kind_label(document.kind)
    )


def _signup_url() -> str:
    for name in ("account_signup", "signup"):
        try:
            return reverse(name)
        except NoReverseMatch:
            continue
    return ""


def help_links(language: str) -> list[Link]:
    """Where to go when the assistant does not know: the FAQ index, a consultant, contact."""
    from guidance_pages.models import FaqPage, HowToPage

    locale = Locale.objects.filter(language_code=language).first()
    links = []
    faq = FaqPage.objects.live().public().filter(locale=locale).first() if locale else None
    if faq:
        links.append(Link(_("よくある質問の一覧を見る"), faq.get_url() or ""))
    supported = (
        HowToPage.objects.live().public().filter(locale=locale, mode="supported").first() if locale else None
    )
    if supported:
        links.append(Link(_("キャリアコンサルタントに相談しながら作る方法"), supported.get_url() or ""))
    if settings.ASSISTANT_CONTACT_URL:
        links.append(Link(_("お近くのハローワークに問い合わせる"), settings.ASSISTANT_CONTACT_URL))
    return links


def _wants_to_keep(index: retrieval.Index, question: str, answer_text: str, language: str) -> bool:
    words = set(index.analyse(question).words)
    if words & INVITE_WORDS.get(language, set()):
        return True
    return "利用者登録" in answer_text or "register" in answer_text.lower()


def ask(question: str, language: str = "ja", user=None, channel: str = "api") -> Answer:
    """Answer ``question`` (already validated: not empty, at most MAX_QUESTION_LENGTH)."""
    language = language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(language):
        return _ask(question, language, user, channel)


def _choices(hits: list[retrieval.Hit], threshold: float) -> list[Link]:
    """The 「もしかして」 choices: the best candidate and those close to it that have at least one of
    the question's keywords (a choice matched by incidental words only is no choice)."""
    top = hits[0]
    return [
        _link(hit.document)
        for hit in hits
        if hit is top
        or (hit.confidence >= threshold * 0.8 and hit.score >= top.score * CHOICE_SHARE and hit.matched != 0)
    ][: settings.ASSISTANT_MAX_SOURCES]


def _pointer_links(question: str) -> list[Link]:
    return [Link(p.label, p.url) for p in pointers.out_of_scope_pointers(question)]


def _ask(question: str, language: str, user, channel: str) -> Answer:
    if pointers.is_distress(question):
        text, links = pointers.distress_reply(question)
        record = AssistantQuestion(language=language, channel=channel, question=NOT_STORED, outcome="unknown")
        record.save()
        return Answer(
            id=str(record.public_id),
            status="support",
            text=text,
            confidence=0.0,
            help_links=[Link(link.label, link.url) for link in links],
        )

    index = retrieval.get_index(language)
    hits = index.search(pointers.without_instructions(question), limit=settings.ASSISTANT_MAX_SOURCES + 1)
    threshold = settings.ASSISTANT_MIN_CONFIDENCE
    # The answer threshold was tuned on Japanese questions; English keeps the single threshold.
    answer_threshold = max(settings.ASSISTANT_ANSWER_CONFIDENCE, threshold) if language == "ja" else threshold
    top = hits[0] if hits else None
    record = AssistantQuestion(
        language=language, channel=channel, question=mask(question, names_of(user)), outcome="unknown"
    )
    # The coverage rule (retrieval.Index.judge): the question's decisive words are not in the best
    # document, or nowhere on the site: say so rather than answer or guess from an incidental word.
    if top is None or top.confidence < threshold or top.off_topic:
        answer = Answer(
            id=str(record.public_id),
            status="unknown",
            text=_(
                "申し訳ありません。このサイトの情報からは、ご質問にお答えできる内容が見つかりませんでした。"
                "言葉を変えてお尋ねいただくか、下の案内をご利用ください。"
            ),
            confidence=round(top.confidence, 3) if top else 0.0,
            help_links=_pointer_links(question) + help_links(language),
        )
        record.confidence = answer.confidence
        record.save()
        return answer

    second = hits[1] if len(hits) > 1 else None
    close = language == "ja" and second is not None and second.score >= top.score * CLOSE_SECOND
    close = close and top.confidence < SURE_CONFIDENCE
    # None of the question's keywords in the best candidate (but the site uses them elsewhere), or
    # only a word the site never mentions missing from it: not sure enough to answer.
    if top.confidence < answer_threshold or close or top.matched == 0 or top.doubtful:
        answer = Answer(
            id=str(record.public_id),
            status="unsure",
            text=_(
                "ご質問にぴったり合う回答を絞り込めませんでした。もしかして、次のどれかのことでしょうか。"
                "当てはまるものを開いてご確認ください。"
            ),
            confidence=round(top.confidence, 3),
            choices=_choices(hits, threshold),
            help_links=_pointer_links(question),
        )
        record.confidence = answer.confidence
        record.source_key = top.document.key
        record.source_title = top.document.title[:255]
        record.source_url = top.document.url[:500]
        record.save()
        return answer

    related = [
        _link(hit.document)
        for hit in hits[1:]
        if hit.confidence >= threshold and hit.score >= top.score * 0.5
    ][: settings.ASSISTANT_MAX_SOURCES - 1]
    answer = Answer(
        id=str(record.public_id),
        status="answered",
        text=honest_text(index, question, top.document),
        confidence=round(top.confidence, 3),
        sources=[_link(top.document)],
        related=related,
        source_note=source_note(top.document),
    )
    record.outcome = AssistantQuestion.Outcome.ANSWERED
    record.source_key = top.document.key
    record.source_title = top.document.title[:255]
    record.source_url = top.document.url[:500]

    provider = providers.get_provider()
    if provider is not None:
        grounded = [hit for hit in hits if hit.confidence >= threshold][: settings.ASSISTANT_MAX_SOURCES]
        passages = [
            providers.Passage(id=f"S{i}", title=hit.document.title, text=hit.document.body[:1500])
            for i, hit in enumerate(grounded, start=1)
        ]
        generated = providers.grounded_answer(provider, question, passages, language)
        if generated is not None:
            by_id = {f"S{i}": hit.document for i, hit in enumerate(grounded, start=1)}
            cited = [by_id[c] for c in generated.citations]
            answer.text = generated.text
            answer.sources = [_link(doc) for doc in cited]
            answer.related = [_link(h.document) for h in grounded if h.document not in cited]
            answer.source_note = ""
            answer.generated = True
            answer.notice = _(
                "この回答は、サイト内の情報をもとに生成AIが作成しました。誤りを含むことがあります。"
                "必ず出典のページで内容をご確認ください。"
            )
            record.outcome = AssistantQuestion.Outcome.GENERATED
            record.source_key = cited[0].key

    if user is None or not user.is_authenticated:
        if _wants_to_keep(index, question, top.document.text, language):
            url = _signup_url()
            if url:
                answer.invite = Link(_("利用者登録をする（無料）"), url)
                answer.invite_text = _(
                    "利用者登録をすると、作成したジョブ・カードをサイトに保存して、いつでも続きから更新したり、"
                    "履歴書などに変換したりできます。"
                )

    record.answer = mask(answer.text, names_of(user)) if answer.generated else answer.text
    record.confidence = answer.confidence
    record.save()
    return answer


def record_feedback(public_id, helpful: bool) -> bool:
    """Store 👍/👎 on a logged question. False if there is no such question."""
    updated = AssistantQuestion.objects.filter(public_id=public_id).update(
        helpful=helpful, feedback_at=timezone.now()
    )
    return bool(updated)
