"""Build a draft sentence from a flow's answers.

A flow (``FlowSpec``) is plain data, built from the ``SentenceFlow`` snippet (``flow.spec()``) or
by hand in tests:

- questions, each a slot with a key (``tasks``), a kind (noun / predicate, see ``grammar``), single
  or multiple answers, and choices; a choice carries the phrase that fills the slot (empty: "none of
  these", the sentences that need the slot are left out). A phrase may use another answer
  (「{field}に携わりながら、新しいことに挑戦する」): the particle belongs to the phrase that governs it,
  so every combination reads right.
- sentences, each a list of template variants (「{workplace}で、{position}として{tasks|ました}。」). The
  first variant whose slots are all filled is used; when none is, the sentence is left out.

``compose(spec, answers)`` returns the sentences; ``clean_answers`` turns submitted values into
answers (or Japanese errors); ``check_spec`` lists what is wrong with a flow an editor wrote;
``combinations`` enumerates every possible set of answers (the tests and the admin preview go through
all of them).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from . import grammar

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)(?:\|([^{}|]*))?\}")
KEY_PATTERN = r"^[a-z][a-z0-9_]*$"
MIN_QUESTIONS = 3
MAX_QUESTIONS = 6

Answers = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Choice:
    key: str
    label: str
    phrase: str = ""
    conjugation: str = grammar.AUTO

    @property
    def is_none(self) -> bool:
        """A choice without a phrase means "none of these": it is never combined with others."""
        return not self.phrase


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    choices: tuple[Choice, ...]
    kind: str = grammar.NOUN
    multiple: bool = False
    max_choices: int = 1
    joiner: str = "や"
    help_text: str = ""

    def choice(self, key: str) -> Choice | None:
        return next((choice for choice in self.choices if choice.key == key), None)

    @property
    def limit(self) -> int:
        return max(1, min(self.max_choices, len(self.choices))) if self.multiple else 1


@dataclass(frozen=True)
class Sentence:
    variants: tuple[str, ...]


@dataclass(frozen=True)
class FlowSpec:
    slug: str
    title: str
    questions: tuple[Question, ...]
    sentences: tuple[Sentence, ...]
    box: str = ""
    intro: str = ""
    _index: dict = field(default_factory=dict, compare=False, repr=False)

    def question(self, key: str) -> Question | None:
        if not self._index:
            self._index.update({q.key: q for q in self.questions})
        return self._index.get(key)


def placeholders(template: str) -> list[tuple[str, str]]:
    """[(key, form)] in the order they appear."""
    return [(m.group(1), (m.group(2) or "").strip()) for m in PLACEHOLDER.finditer(template)]


# Composing -----------------------------------------------------------------------------------


def _fill(spec: FlowSpec, answers: Answers, template: str, stack: tuple[str, ...]) -> str | None:
    """The template with every placeholder replaced; None when one of them has no answer."""
    out = []
    pos = 0
    for match in PLACEHOLDER.finditer(template):
        value = _slot(spec, answers, match.group(1), (match.group(2) or "").strip(), stack)
        if value is None:
            return None
        out.append(template[pos : match.start()])
        out.append(value)
        pos = match.end()
    out.append(template[pos:])
    return "".join(out)


def _slot(spec: FlowSpec, answers: Answers, key: str, form: str, stack: tuple[str, ...]) -> str | None:
    if key in stack:
        raise grammar.GrammarError(key)
    question = spec.question(key)
    if question is None:
        raise grammar.GrammarError(key)
    chosen = [question.choice(k) for k in answers.get(key, ())]
    chosen = [c for c in chosen if c is not None and not c.is_none]
    if not chosen:
        return None
    items = []
    for choice in chosen:
        text = _fill(spec, answers, choice.phrase, (*stack, key))
        if text is None:
            return None
        items.append((text, choice.conjugation))
    return grammar.join_phrases(items, question.kind, form, question.joiner)


def compose(spec: FlowSpec, answers: Answers) -> list[str]:
    """The sentences for these answers (already cleaned), in order."""
    sentences = []
    for sentence in spec.sentences:
        for variant in sentence.variants:
            text = _fill(spec, answers, variant, ())
            if text is not None:
                sentences.append(text)
                break
    return sentences


def compose_text(spec: FlowSpec, answers: Answers) -> str:
    return "".join(compose(spec, answers))


# Answers -------------------------------------------------------------------------------------


def _values(raw, key: str) -> list[str]:
    if hasattr(raw, "getlist"):
        values = raw.getlist(key)
    else:
        values = raw.get(key, [])
        if values is None:
            values = []
        elif not isinstance(values, list | tuple):
            values = [values]
    return [v for v in values if v != ""]


def clean_answers(spec: FlowSpec, raw: Mapping) -> tuple[Answers, dict[str, str]]:
    """Answers from submitted values (a QueryDict or a JSON object), and errors by question key.

    Every question needs an answer (a flow offers 「特にない」 where it makes sense); only the
    question's own choices are accepted; a multiple-choice question takes at most ``limit``."""
    answers: Answers = {}
    errors: dict[str, str] = {}
    for question in spec.questions:
        values = _values(raw, question.key)
        if not all(isinstance(v, str) for v in values):
            errors[question.key] = _("選択肢の中から選んでください。")
            continue
        if not values:
            errors[question.key] = (
                _("当てはまるものを選んでください。") if question.multiple else _("一つ選んでください。")
            )
            continue
        unknown = [v for v in values if question.choice(v) is None]
        if unknown:
            errors[question.key] = _("選択肢の中から選んでください。")
            continue
        unique = list(dict.fromkeys(values))
        if not question.multiple and len(unique) > 1:
            errors[question.key] = _("一つだけ選んでください。")
            continue
        if len(unique) > question.limit:
            errors[question.key] = _("選べるのは%(max)d個までです。") % {"max": question.limit}
            continue
        nones = [question.choice(v) for v in unique if question.choice(v).is_none]
        if nones and len(unique) > 1:
            errors[question.key] = _("「%(label)s」は、ほかの選択肢と一緒には選べません。") % {
                "label": nones[0].label
            }
            continue
        order = [c.key for c in question.choices]
        answers[question.key] = tuple(sorted(unique, key=order.index))
    return answers, errors


def answer_options(question: Question) -> list[tuple[str, ...]]:
    """Every possible answer to one question, in choice order."""
    if not question.multiple:
        return [(c.key,) for c in question.choices]
    options: list[tuple[str, ...]] = [(c.key,) for c in question.choices]
    phrased = [c.key for c in question.choices if not c.is_none]
    for size in range(2, question.limit + 1):
        options.extend(itertools.combinations(phrased, size))
    return options


def combination_count(spec: FlowSpec) -> int:
    count = 1
    for question in spec.questions:
        count *= len(answer_options(question))
    return count


def combinations(spec: FlowSpec) -> Iterator[Answers]:
    keys = [q.key for q in spec.questions]
    for values in itertools.product(*(answer_options(q) for q in spec.questions)):
        yield dict(zip(keys, values, strict=True))


# Checking what an editor wrote ---------------------------------------------------------------


def _form_problems(spec: FlowSpec, key: str, form: str, where: str, stack: tuple[str, ...]) -> list[str]:
    question = spec.question(key)
    if question is None:
        return [_("%(where)s：{%(key)s} に当たる質問がありません。") % {"where": where, "key": key}]
    if form not in grammar.FORMS:
        return [
            _("%(where)s：「%(form)s」という形はありません。%(help)s")
            % {"where": where, "form": form, "help": grammar.FORM_HELP}
        ]
    if key in stack:
        return [_("%(where)s：{%(key)s} が自分自身を使っています。") % {"where": where, "key": key}]
    problems = []
    for choice in question.choices:
        if choice.is_none:
            continue
        inner_where = _("質問「%(q)s」の選択肢「%(c)s」") % {"q": question.text, "c": choice.label}
        for inner_key, inner_form in placeholders(choice.phrase):
            problems += _form_problems(spec, inner_key, inner_form, inner_where, (*stack, key))
        if question.kind == grammar.PREDICATE and choice.phrase.rstrip().endswith("}"):
            problems.append(
                _("%(where)s：述語句は動詞か形容詞で終わるように書いてください。") % {"where": inner_where}
            )
            continue
        try:
            sample = PLACEHOLDER.sub("〇〇", choice.phrase)
            grammar.conjugate(sample, question.kind, form, choice.conjugation)
        except grammar.GrammarError:
            problems.append(
                _("%(where)s：「%(phrase)s」は「%(form)s」の形にできません。")
                % {"where": inner_where, "phrase": choice.phrase, "form": form or _("そのまま")}
            )
    return problems


def check_spec(spec: FlowSpec) -> list[str]:
    """What is wrong with a flow, in plain Japanese (empty when nothing is)."""
    problems: list[str] = []
    if not MIN_QUESTIONS <= len(spec.questions) <= MAX_QUESTIONS:
        problems.append(
            _("質問は%(min)d〜%(max)d問にしてください。") % {"min": MIN_QUESTIONS, "max": MAX_QUESTIONS}
        )
    keys = [q.key for q in spec.questions]
    for key in sorted({k for k in keys if keys.count(k) > 1}):
        problems.append(_("質問の記号「%(key)s」が重複しています。") % {"key": key})
    for question in spec.questions:
        if len(question.choices) < 2:
            problems.append(_("質問「%(q)s」には選択肢を二つ以上用意してください。") % {"q": question.text})
        choice_keys = [c.key for c in question.choices]
        for key in sorted({k for k in choice_keys if choice_keys.count(k) > 1}):
            problems.append(
                _("質問「%(q)s」で、選択肢の記号「%(key)s」が重複しています。")
                % {"q": question.text, "key": key}
            )
        if question.multiple and question.max_choices < 2:
            problems.append(
                _("質問「%(q)s」：複数選択では、選べる数を2以上にしてください。") % {"q": question.text}
            )
    if not spec.sentences:
        problems.append(_("文のひな形を一つ以上書いてください。"))
    used = set()
    for number, sentence in enumerate(spec.sentences, start=1):
        for variant in sentence.variants:
            where = _("%(n)d文目のひな形「%(t)s」") % {"n": number, "t": variant}
            if not variant.endswith("。"):
                problems.append(_("%(where)s：「。」で終わるように書いてください。") % {"where": where})
            if PLACEHOLDER.sub("", variant).count("{") or PLACEHOLDER.sub("", variant).count("}"):
                problems.append(
                    _("%(where)s：{ } の書き方が正しくありません。{記号} か {記号|形} と書きます。")
                    % {"where": where}
                )
            for key, form in placeholders(variant):
                used.add(key)
                problems += _form_problems(spec, key, form, where, ())
    for question in spec.questions:
        for choice in question.choices:
            used.update(key for key, _form in placeholders(choice.phrase))
    for question in spec.questions:
        if question.key not in used:
            problems.append(_("質問「%(q)s」の答えが、どの文にも使われていません。") % {"q": question.text})
    return list(dict.fromkeys(problems))
