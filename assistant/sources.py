"""What the assistant answers from: every public text of the site, as search documents.

* ``faq``: editors' FAQ entries (question = title, answer = body);
* ``glossary``: glossary terms (term; reading + definition);
* ``page`` / ``help``: every live, public page of the language (guidance pages, the home page,
  menus, legal pages such as the privacy policy and the terms…). A page with headings in its
  ``body`` becomes one document for the page (title, lead, the text before the first heading) and
  one per heading (「ページ名：見出し」 + the text under it), so that a question about one clause of
  the terms finds that clause. Pages that explain how to use the site are ``help``: how-to pages
  and any page type or section whose name says help (``HelpPage``, ``/help/``);
* ``field``: the sheets (様式) from their definitions (``sheets/definitions``): one document per
  sheet (its caption, description and sections), one per section (its fields with their help,
  choices and who writes them) and one per field that has a help text or 記入例, linking to the
  sheet's editor at that field. Sections and fields that several sheets share (記入日, the
  consultant box) are indexed once, naming every sheet they appear on;
* ``example``: the 記入例 — one document per box (what 記入例 there are for 「強み等」…) and one per
  pattern (「学生・文系…」 and its texts), linking to the editor where they are shown.

FAQ and glossary pages themselves are left out (their entries are indexed one by one).
"""

from __future__ import annotations

import re

from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page

from content.models import ExamplePattern, FaqEntry, GlossaryTerm
from content.taxonomy import SheetBox
from guidance_pages.models import FaqPage, GlossaryPage

from .models import Synonym
from .retrieval import Document
from .synonyms import BUILT_IN
from .text import SynonymMap, normalise

ANSWER_CHARS = 400
# Page fields that are not text people read (codes, dates, links).
_SKIP_FIELDS = {"slug", "seo_title", "search_description", "url_path", "draft_title", "live_revision"}
# Stream blocks whose text is indexed elsewhere or is not text (FAQ entries, 記入例, forms, media).
_SKIP_BLOCKS = {"faq_list", "example_sentences", "sheet_form", "image", "video"}
_HELP_PATH = re.compile(r"/(help|howto)/")


def _shorten(text: str, limit: int = ANSWER_CHARS) -> str:
    text = normalise(text)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    stop = max(cut.rfind("。"), cut.rfind(". "))
    return (cut[: stop + 1] if stop > limit // 2 else cut) + "…"


def _page_url(model, locale) -> str:
    page = model.objects.live().public().filter(locale=locale).first()
    return page.get_url() if page else ""


def load_documents(language: str) -> list[Document]:
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return []
    with translation.override(language):
        documents = faq_documents(locale) + glossary_documents(locale) + page_documents(locale)
        documents += sheet_documents(language) + example_documents(language)
    return documents


# FAQ and glossary --------------------------------------------------------------------------------


def faq_documents(locale) -> list[Document]:
    faq_url = _page_url(FaqPage, locale)
    documents = []
    for entry in FaqEntry.objects.filter(locale=locale).order_by("sort_order", "id"):
        answer = normalise(strip_tags(entry.answer))
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
    return documents


def glossary_documents(locale) -> list[Document]:
    glossary_url = _page_url(GlossaryPage, locale)
    return [
        Document(
            key=f"glossary:{term.pk}",
            kind="glossary",
            title=term.term,
            url=f"{glossary_url}#term-{term.pk}" if glossary_url else "",
            text=_shorten(term.definition),
            body=f"{term.reading} {term.definition}",
            translation_key=str(term.translation_key),
        )
        for term in GlossaryTerm.objects.filter(locale=locale)
    ]


# Pages -------------------------------------------------------------------------------------------


def _block_text(block) -> str:
    """The readable text of one stream block (headings excluded: the caller splits on them)."""
    if block.block_type in _SKIP_BLOCKS:
        return ""
    try:
        parts = block.block.get_searchable_content(block.value)
    except Exception:  # a block type without searchable content: skip it rather than fail
        return ""
    return normalise(" ".join(strip_tags(str(part)) for part in parts if part))


def _stream_sections(value) -> list[tuple[str, str]]:
    """(heading, text) per heading of a StreamField; the text before the first heading has ""."""
    sections: list[tuple[str, list[str]]] = [("", [])]
    for block in value:
        if block.block_type == "heading":
            sections.append((normalise(block.value.get("text", "")), []))
            continue
        text = _block_text(block)
        if text:
            sections[-1][1].append(text)
    return [(heading, " ".join(parts)) for heading, parts in sections]


def _text_fields(page) -> list[models.Field]:
    """The specific page's own text and stream fields (not Wagtail's title, slug, SEO…)."""
    base = {f.name for f in Page._meta.get_fields()}
    fields = []
    for f in page._meta.get_fields():
        if f.name in base or f.name in _SKIP_FIELDS or not getattr(f, "concrete", False):
            continue
        if isinstance(f, StreamField | RichTextField | models.TextField):
            fields.append(f)
        elif isinstance(f, models.CharField) and not f.choices:
            fields.append(f)
    return fields


def _page_kind(page) -> str:
    from guidance_pages.models import HowToPage

    if isinstance(page, HowToPage) or "help" in type(page).__name__.lower():
        return "help"
    if _HELP_PATH.search(page.url_path or ""):
        return "help"
    return "page"


def page_documents(locale) -> list[Document]:
    pages = (
        Page.objects.live()
        .public()
        .filter(locale=locale, depth__gt=1)
        .not_type(FaqPage, GlossaryPage)
        .specific()
        .order_by("path")
    )
    documents: list[Document] = []
    for page in pages:
        url = page.get_url() or ""
        kind = _page_kind(page)
        lead: list[str] = []
        sections: list[tuple[str, str]] = []
        for f in _text_fields(page):
            value = getattr(page, f.name)
            if not value:
                continue
            if isinstance(f, StreamField):
                parts = _stream_sections(value)
                if parts and parts[0][1]:
                    lead.append(parts[0][1])
                sections.extend(part for part in parts[1:] if part[1])
            else:
                lead.append(normalise(strip_tags(str(value))))
        intro = normalise(getattr(page, "intro", "") or "")
        lead_text = " ".join(lead)
        headings = " ".join(heading for heading, _ in sections)
        documents.append(
            Document(
                key=f"page:{page.pk}",
                kind=kind,
                title=page.title,
                url=url,
                text=_shorten(intro or lead_text or " ".join(text for _, text in sections)),
                body=f"{lead_text} {headings}",
                translation_key=str(page.translation_key),
            )
        )
        for number, (heading, text) in enumerate(sections, start=1):
            documents.append(
                Document(
                    key=f"page:{page.pk}:{number}",
                    kind=kind,
                    title=f"{page.title}：{heading}",
                    url=url,
                    text=_shorten(text),
                    body=text,
                    translation_key=f"{page.translation_key}:{number}",
                )
            )
    return documents


# Sheets (様式) -----------------------------------------------------------------------------------


def _editor_url(code: str, anchor: str = "") -> str:
    try:
        url = reverse("jobcard_edit", args=[code])
    except NoReverseMatch:
        return ""
    return f"{url}#{anchor}" if anchor else url


def _short_title(definition) -> str:
    """「様式1-1」: what titles of sections and fields name their sheet by."""
    return definition.title.split(" ")[0]


def _field_line(leaf) -> str:
    """One line for a field of a section (``SheetDefinition.walk`` gives them in order): a group or
    repeat names itself by its labels from the nearest enclosing repeat down (a row's fields are
    read as the repeat's, 「職務経歴・会社名」 not the whole chain); a value field by its own label,
    with its help, choices, length and 「現在」."""
    from sheets.definitions.base import FieldType

    field = leaf.field
    if field.type in (FieldType.GROUP, FieldType.REPEAT):
        keys = [part for part in leaf.path if part != "*"]
        repeats = [i for i, part in enumerate(leaf.path[1:]) if part == "*"]  # "*" follows its repeat
        start = len([p for p in leaf.path[: repeats[-1]] if p != "*"]) if repeats else 0
        line = "・".join(leaf.labels[start : len(keys)])
        if field.type == FieldType.REPEAT:
            limit = f"（最大{field.max_rows}件）" if field.max_rows else ""
            line += f"：行を追加して書けます{limit}"
        return line + (f"。{field.help_text}" if field.help_text else "")
    line = field.label
    if field.help_text:
        line += f"：{field.help_text}"
    if field.choices:
        labels = (f"{c.value}：{c.label}" if c.value != c.label else c.label for c in field.choices)
        line += "（" + "／".join(labels) + "）"
    if field.max_length:
        line += f"（{field.max_length}文字まで）"
    if getattr(field, "allow_present", False):
        line += "（続いている場合は「現在」）"
    return line


def _unique(items):
    seen = set()
    return [item for item in items if not (item in seen or seen.add(item))]


def sheet_documents(language: str) -> list[Document]:
    """The sheets, their sections and the fields worth a document of their own (Japanese only:
    the sheet definitions are written in Japanese)."""
    if language != "ja":
        return []
    from sheets.definitions import all_definitions, get_definition, sheet_codes

    definitions = [get_definition(code) for code in sheet_codes()]
    if not definitions:
        definitions = all_definitions()
    documents: list[Document] = []
    # Sections and fields several sheets share are indexed once: key → (document, sheet titles).
    shared: dict[tuple, tuple[Document, list[str]]] = {}

    def add_shared(key, document, sheet_title):
        if key in shared:
            shared[key][1].append(sheet_title)
        else:
            shared[key] = (document, [sheet_title])
            documents.append(document)

    for definition in definitions:
        short = _short_title(definition)
        section_titles = "、".join(section.title for section in definition.sections)
        documents.append(
            Document(
                key=f"sheet:{definition.code}",
                kind="field",
                title=definition.title,
                url=_editor_url(definition.code),
                text=_shorten(f"{definition.title}：{definition.description} 記入する欄：{section_titles}。"),
                body=f"{definition.description} {section_titles}",
                translation_key=f"sheet:{definition.code}",
            )
        )
        for section in definition.sections:
            lines = _unique(_field_line(leaf) for leaf in definition.walk() if leaf.section is section)
            writer = section.writer.label
            body = " ".join(
                part for part in (section.help_text, f"記入する人：{writer}。", "。".join(lines)) if part
            )
            text = f"「{section.title}」は{short}の欄で、{writer}が記入します。"
            if section.help_text:
                text += section.help_text
            text += " 項目：" + "、".join(f.label for f in section.fields) + "。"
            document = Document(
                key=f"section:{definition.code}:{section.key}",
                kind="field",
                title=f"{section.title}（{short}）",
                url=_editor_url(definition.code),
                text=_shorten(text),
                body=body,
                translation_key=f"section:{definition.code}:{section.key}",
            )
            add_shared(("section", section.key, section.title, tuple(lines)), document, short)
        for leaf in definition.leaves():
            f = leaf.field
            if not (f.help_text or f.box):
                continue
            from sheets.definitions.base import FieldType

            parents = [p for p in leaf.path[:-1] if p != "*"]
            parent_labels = []
            current = None
            for key in parents:
                current = definition.field(key) if current is None else current.child(key)
                if current.type == FieldType.GROUP:
                    parent_labels.append(current.label)
            label = "・".join([*parent_labels, f.label]) if parent_labels else f.label
            anchor = _anchor(definition, leaf)
            writer = leaf.writer.label
            text = f"{short}の「{label}」欄（{leaf.section.title}）は{writer}が記入します。{f.help_text}"
            if f.box:
                text += "入力欄の横の「記入例を見る」で記入例を見られます。"
            document = Document(
                key=f"field:{definition.code}:{leaf.dotted}",
                kind="field",
                title=f"{label}（{short}）",
                url=_editor_url(definition.code, anchor),
                text=_shorten(text),
                body=" ".join(
                    _unique(
                        [f.help_text, leaf.section.title, leaf.section.help_text, f"記入する人：{writer}"]
                    )
                ),
                translation_key=f"field:{definition.code}:{leaf.dotted}",
            )
            add_shared(("field", leaf.dotted, label, f.help_text), document, short)
    for document, titles in shared.values():
        if len(titles) > 1:
            names = "、".join(_unique(titles))
            document.title = document.title.rsplit("（", 1)[0] + f"（{titles[0]}など）"
            document.body += f" この欄がある様式：{names}"
    return documents


def _anchor(definition, leaf) -> str:
    from sheets.definitions.base import FieldType

    top = definition.field(leaf.path[0])
    if top.type == FieldType.REPEAT:
        return f"repeat-{leaf.path[0]}"
    return f"id_{leaf.section.key}-{'__'.join(leaf.path)}"


# 記入例 ------------------------------------------------------------------------------------------


def _box_places() -> dict[str, tuple[str, str]]:
    """SheetBox value → (sheet code, anchor) of the first field that shows it."""
    from sheets.definitions import get_definition, sheet_codes

    places: dict[str, tuple[str, str]] = {}
    for code in sheet_codes():
        definition = get_definition(code)
        for leaf in definition.leaves():
            box = leaf.field.box
            if box and box.value not in places:
                places[box.value] = (code, _anchor(definition, leaf))
    return places


def example_documents(language: str) -> list[Document]:
    """記入例 are written in Japanese only."""
    if language != "ja":
        return []
    patterns = list(ExamplePattern.objects.filter(locale__language_code="ja").order_by("pk"))
    if not patterns:
        return []
    places = _box_places()
    documents: list[Document] = []
    for box in SheetBox:
        texts = [(p.title, getattr(p, box.value, "")) for p in patterns if getattr(p, box.value, "")]
        if not texts:
            continue
        code, anchor = places.get(box.value, ("", ""))
        label = box.label
        text = (
            f"「{label}」の記入例が{len(texts)}件あります。様式の入力欄の横にある「記入例を見る」を開くと、"
            f"あなたに近い記入例を3件まで見られます。記入例は参考です。ご自身の経験に合わせて書いてください。"
            f"（例：{texts[0][0]}）{texts[0][1]}"
        )
        documents.append(
            Document(
                key=f"example-box:{box.value}",
                kind="example",
                title=f"記入例：{label}",
                url=_editor_url(code, anchor) if code else "",
                text=_shorten(text),
                body="記入例 書き方 例 " + " ".join(title for title, _ in texts),
                translation_key=f"example-box:{box.value}",
            )
        )
    for pattern in patterns:
        filled = [(box, getattr(pattern, box.value, "")) for box in SheetBox]
        filled = [(box, value) for box, value in filled if value]
        if not filled:
            continue
        # Shown beside the career plan's fields: 様式1-2 for students, 1-1 for everyone else.
        code = "1-2" if pattern.user_type == "student" else "1-1"
        anchor = f"id_career_plan-{SheetBox.STRENGTHS.value}"
        first_box, first_text = filled[0]
        text = (
            f"「{pattern.title}」の記入例です。様式の入力欄の横にある「記入例を見る」で見られます。"
            f"{first_box.label}：{first_text}"
        )
        documents.append(
            Document(
                key=f"example:{pattern.pk}",
                kind="example",
                title=f"記入例：{pattern.title}",
                url=_editor_url(code, anchor) if code else "",
                text=_shorten(text),
                body=" ".join(f"{box.label} {value}" for box, value in filled),
                translation_key=str(pattern.translation_key),
            )
        )
    return documents


def load_synonyms(language: str) -> SynonymMap:
    groups = [(term, variants.split("、")) for lang, term, variants in BUILT_IN if lang == language]
    groups += [(s.term, s.variant_list()) for s in Synonym.objects.filter(language=language)]
    return SynonymMap.build(groups, language)
