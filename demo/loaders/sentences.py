"""Demo flows for the example-sentence builder, from ``demo/data/sentences.py``.

Called by ``demo.loader.DemoLoader.run()``::

    from demo.loaders.sentences import load_sentence_flows
    ...
    load_sentence_flows(self)

Each flow gets a deterministic translation key (so a second run updates it in place) and goes
through ``full_clean()`` before it is saved: a demo flow that would produce a broken sentence for
any combination of answers stops the loader with the editor's own error message.
"""

from __future__ import annotations

import copy

from demo.data import sentences as data
from demo.data.sentences_en import FLOWS_EN
from sentences.models import SentenceFlow


def question_value(item: dict) -> dict:
    return {
        "key": item["key"],
        "text": item["text"],
        "help_text": item.get("help_text", ""),
        "kind": item["kind"],
        "multiple": item.get("multiple", False),
        "max_choices": item.get("max_choices", 3),
        "joiner": item.get("joiner", "や"),
        "choices": [
            {
                "key": choice[0],
                "label": choice[1],
                "phrase": choice[2],
                "conjugation": choice[3] if len(choice) > 3 else "auto",
            }
            for choice in item["choices"]
        ],
    }


def flow_fields(item: dict, sort_order: int = 0) -> dict:
    return {
        "title": item["title"],
        "slug": item["slug"],
        "box": item["box"],
        "intro": item.get("intro", ""),
        "questions": [("question", question_value(q)) for q in item["questions"]],
        "sentences": [("sentence", {"variants": variants}) for variants in item["sentences"]],
        "active": True,
        "sort_order": sort_order,
    }


def in_english(item: dict) -> dict:
    """The flow as an English reader sees it: questions, help and choice labels in English; the
    phrases and the sentence templates stay Japanese (the draft goes into a Japanese form)."""
    english = FLOWS_EN[item["slug"]]
    out = copy.deepcopy(item)
    out["title"], out["intro"] = english["title"], english["intro"]
    for question in out["questions"]:
        text, labels, *help_text = english["questions"][question["key"]]
        question["text"] = text
        if help_text:
            question["help_text"] = help_text[0]
        question["choices"] = [(c[0], labels[c[0]], *c[2:]) for c in question["choices"]]
    return out


def load_sentence_flows(loader, lang: str = "ja") -> list[SentenceFlow]:
    from demo.loader import key_uuid

    locale = loader.locales[lang]
    flows = []
    for index, item in enumerate(data.FLOWS):
        key = key_uuid(f"sentence-flow:{item['slug']}")
        if lang != "ja":
            item = in_english(item)
        flow = SentenceFlow.objects.filter(translation_key=key, locale=locale).first()
        if flow is None:
            flow = SentenceFlow(translation_key=key, locale=locale)
        for name, value in flow_fields(item, index).items():
            setattr(flow, name, value)
        flow.full_clean()
        flow.save()
        flows.append(flow)
    loader.log(f"sentence flows ({lang}): {len(flows)}")
    return flows
