"""The example-sentence flows editors maintain (Wagtail snippets).

One ``SentenceFlow`` per sheet box (``content.taxonomy.SheetBox``): 3–6 questions whose answers fill
slots, and sentence templates that compose them. The grammar lives in ``sentences.grammar`` and the
composing in ``sentences.composer``; this model only stores what editors write and refuses a flow
that would produce a broken sentence for any combination of answers.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import PreviewableMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.api_fields import LocaleCodeField
from content.taxonomy import SheetBox

from . import composer, lint
from .blocks import QuestionBlock, SentenceBlock

# Problems shown to an editor at most, so that the message stays readable.
MAX_REPORTED_PROBLEMS = 8


class SentenceFlow(PreviewableMixin, TranslatableMixin, index.Indexed, models.Model):
    title = models.CharField(_("名前"), max_length=100)
    slug = models.SlugField(
        _("URL名"),
        max_length=60,
        help_text=_("半角英数字とハイフン。/sentences/<URL名>/ のアドレスになります。"),
    )
    box = models.CharField(_("記入欄"), max_length=30, choices=SheetBox.choices)
    intro = models.TextField(_("はじめの説明"), blank=True)
    questions = StreamField([("question", QuestionBlock())], verbose_name=_("質問"), min_num=3, max_num=6)
    sentences = StreamField(
        [("sentence", SentenceBlock())], verbose_name=_("文のひな形"), min_num=1, max_num=8
    )
    active = models.BooleanField(
        _("公開する"), default=True, help_text=_("外すと、利用者には表示されません。")
    )
    sort_order = models.PositiveIntegerField(_("表示順"), default=0)

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("intro"),
        TranslatableField("questions"),
        TranslatableField("sentences"),
        SynchronizedField("slug"),
        SynchronizedField("box"),
        SynchronizedField("active"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.FilterField("box"),
        index.FilterField("locale_id"),
        index.FilterField("active"),
    ]
    api_fields = [
        APIField("locale", serializer=LocaleCodeField()),
        APIField("title"),
        APIField("slug"),
        APIField("box"),
        APIField("intro"),
        APIField("questions"),
        APIField("sentences"),
        APIField("active"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("例文の質問フロー")
        verbose_name_plural = _("例文の質問フロー")
        ordering = ["sort_order", "id"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="sentences_flow_slug_locale")]

    def __str__(self):
        return self.title

    # The data the composer works on ---------------------------------------------------------

    def spec(self) -> composer.FlowSpec:
        return spec_from_streams(self.slug, self.title, self.box, self.intro, self.questions, self.sentences)

    # Editors ---------------------------------------------------------------------------------

    def clean(self):
        super().clean()
        try:
            spec = self.spec()
        except (KeyError, TypeError, ValueError, AttributeError):
            return  # the StreamFields themselves are invalid; their own errors are shown
        problems = composer.check_spec(spec)
        if problems:
            raise ValidationError(problems[:MAX_REPORTED_PROBLEMS])
        bad = lint.flow_problems(spec)
        if bad:
            messages = [
                gettext("次の答えの組み合わせで、文が不自然になります（%(n)d通り）。") % {"n": len(bad)}
            ]
            for answers, text, found in bad[: MAX_REPORTED_PROBLEMS - 1]:
                messages.append(
                    gettext("%(answers)s →「%(text)s」：%(problems)s")
                    % {"answers": answer_labels(spec, answers), "text": text, "problems": " ".join(found)}
                )
            raise ValidationError(messages)

    def get_preview_template(self, request, mode_name):
        return "sentences/preview.html"

    def get_preview_context(self, request, mode_name):
        from .preview import preview_context

        context = super().get_preview_context(request, mode_name)
        context.update(preview_context(self))
        return context


def _value(block_value, name, default=""):
    value = block_value.get(name, default) if hasattr(block_value, "get") else default
    return default if value is None else value


def _items(values):
    """The children of a StreamField or ListBlock value, or of their raw JSON form."""
    for child in values or ():
        if hasattr(child, "block_type") and hasattr(child, "value"):  # StreamChild / ListValue child
            yield child.value
        elif isinstance(child, dict) and "type" in child and "value" in child:  # raw JSON
            yield child["value"]
        else:
            yield child


def spec_from_streams(slug, title, box, intro, questions, sentences) -> composer.FlowSpec:
    """A ``FlowSpec`` from the two StreamField values (or their raw JSON form)."""

    question_specs = []
    for value in _items(questions):
        choices = tuple(
            composer.Choice(
                key=_value(choice, "key"),
                label=_value(choice, "label"),
                phrase=_value(choice, "phrase").strip(),
                conjugation=_value(choice, "conjugation") or "auto",
            )
            for choice in _items(_value(value, "choices", []))
        )
        question_specs.append(
            composer.Question(
                key=_value(value, "key"),
                text=_value(value, "text"),
                help_text=_value(value, "help_text"),
                kind=_value(value, "kind") or "noun",
                multiple=bool(_value(value, "multiple", False)),
                max_choices=int(_value(value, "max_choices", 1) or 1),
                joiner=_value(value, "joiner") or "や",
                choices=choices,
            )
        )
    sentence_specs = tuple(
        composer.Sentence(
            variants=tuple(v.strip() for v in _items(_value(value, "variants", [])) if v and v.strip())
        )
        for value in _items(sentences)
    )
    return composer.FlowSpec(
        slug=slug,
        title=title,
        box=box,
        intro=intro,
        questions=tuple(question_specs),
        sentences=sentence_specs,
    )


def answer_labels(spec: composer.FlowSpec, answers: composer.Answers) -> str:
    """「質問：答え、答え／質問：答え」 for messages and the preview."""
    parts = []
    for question in spec.questions:
        labels = [question.choice(key).label for key in answers.get(question.key, ()) if question.choice(key)]
        parts.append(f"{question.text}：{'、'.join(labels)}")
    return "／".join(parts)
