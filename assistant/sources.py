"""What the assistant answers from: editors' FAQ entries, glossary terms and guidance pages."""

from __future__ import annotations

from django.utils.html import strip_tags
from wagtail.models import Locale

from content.models import FaqEntry, GlossaryTerm
from guidance_pages.models import FaqPage, GlossaryPage, GuidancePage

from .models import Synonym
from .retrieval import Document
from .text import SynonymMap, normalise

ANSWER_CHARS = 400


def _page_url(model, locale) -> str:
    page = model.objects.live().public().filter(locale=locale).first()
    return page.get_url() if page else ""


def _shorten(text: str, limit: int = ANSWER_CHARS) -> str:
    text = normalise(text)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    stop = max(cut.rfind("。"), cut.rfind(". "))
    return (cut[: stop + 1] if stop > limit // 2 else cut) + "…"


def load_documents(language: str) -> list[Document]:
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return []
    documents: list[Document] = []
    faq_url = _page_url(FaqPage, locale)
    for entry in FaqEntry.objects.filter(locale=locale).order_by("sort_order", "id"):
        answer = strip_tags(entry.answer)
        documents.append(
            Document(
                key=f"faq:{entry.pk}",
                kind="faq",
                title=entry.question,
                url=f"{faq_url}#faq-entry-{entry.pk}" if faq_url else "",
                text=_shorten(answer),
                body=answer,
                translation_key=str(entry.translation_key),
            )
        )
    glossary_url = _page_url(GlossaryPage, locale)
    for term in GlossaryTerm.objects.filter(locale=locale):
        documents.append(
            Document(
                key=f"glossary:{term.pk}",
                kind="glossary",
                title=term.term,
                url=f"{glossary_url}#term-{term.pk}" if glossary_url else "",
                text=_shorten(term.definition),
                body=f"{term.term} {term.reading} {term.definition}",
                translation_key=str(term.translation_key),
            )
        )
    pages = (
        GuidancePage.objects.live()
        .public()
        .filter(locale=locale)
        .not_type(FaqPage, GlossaryPage)
        .specific()
        .order_by("path")
    )
    for page in pages:
        body = strip_tags(page.body.render_as_block()) if page.body else ""
        documents.append(
            Document(
                key=f"page:{page.pk}",
                kind="page",
                title=page.title,
                url=page.get_url() or "",
                text=_shorten(page.intro or body),
                body=f"{page.intro}\n{body}",
                translation_key=str(page.translation_key),
            )
        )
    return documents


def load_synonyms(language: str) -> SynonymMap:
    groups = [(s.term, s.variant_list()) for s in Synonym.objects.filter(language=language)]
    return SynonymMap.build(groups, language)
