"""StreamField blocks editors build guidance pages from."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .basic import CalloutBlock, HeadingBlock, ParagraphBlock, StepListBlock
from .links import RelatedLinksBlock
from .media import ImageBlock, VideoBlock
from .sheets import SheetFormBlock
from .snippets import ExampleSentenceBlock, FaqListBlock


class GuidanceStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    steps = StepListBlock()
    image = ImageBlock()
    video = VideoBlock()
    faq_list = FaqListBlock()
    related_links = RelatedLinksBlock()
    example_sentences = ExampleSentenceBlock()
    sheet_form = SheetFormBlock()

    class Meta:
        label = _("本文")


__all__ = [
    "CalloutBlock",
    "ExampleSentenceBlock",
    "FaqListBlock",
    "GuidanceStreamBlock",
    "HeadingBlock",
    "ImageBlock",
    "ParagraphBlock",
    "RelatedLinksBlock",
    "SheetFormBlock",
    "StepListBlock",
    "VideoBlock",
]
