"""What the admin preview of a flow shows: each choice in every form the templates ask for, the
checks over every combination, and a sample of the drafts."""

from __future__ import annotations

import itertools

from . import composer, grammar, lint

SAMPLE_SIZE = 40


def _forms_used(spec: composer.FlowSpec) -> dict[str, list[str]]:
    """{question key: [forms asked for it]} from the templates and the phrases."""
    used: dict[str, list[str]] = {q.key: [] for q in spec.questions}
    texts = [v for s in spec.sentences for v in s.variants]
    texts += [c.phrase for q in spec.questions for c in q.choices]
    for text in texts:
        for key, form in composer.placeholders(text):
            if key in used and form not in used[key]:
                used[key].append(form)
    return used


def conjugation_rows(spec: composer.FlowSpec) -> list[dict]:
    used = _forms_used(spec)
    rows = []
    for question in spec.questions:
        for choice in question.choices:
            if choice.is_none:
                rows.append({"question": question, "choice": choice, "forms": []})
                continue
            sample = composer.PLACEHOLDER.sub("〇〇", choice.phrase)
            forms = []
            for form in used[question.key] or [""]:
                try:
                    forms.append(
                        (
                            form or "そのまま",
                            grammar.conjugate(sample, question.kind, form, choice.conjugation),
                        )
                    )
                except grammar.GrammarError:
                    forms.append((form or "そのまま", None))
            rows.append({"question": question, "choice": choice, "forms": forms})
    return rows


def preview_context(flow) -> dict:
    from .models import answer_labels

    try:
        spec = flow.spec()
    except (KeyError, TypeError, ValueError, AttributeError):
        return {"spec": None}
    problems = composer.check_spec(spec)
    context = {"spec": spec, "spec_problems": problems, "combination_count": composer.combination_count(spec)}
    if problems:
        return context
    bad = lint.flow_problems(spec)
    samples = [
        {"answers": answer_labels(spec, answers), "text": composer.compose_text(spec, answers)}
        for answers in itertools.islice(composer.combinations(spec), SAMPLE_SIZE)
    ]
    context.update(
        {
            "rows": conjugation_rows(spec),
            "bad": [{"answers": answer_labels(spec, a), "text": t, "problems": p} for a, t, p in bad[:50]],
            "bad_count": len(bad),
            "checked_count": lint.checked_count(spec),
            "samples": samples,
        }
    )
    return context
