"""The 職務経歴書 as a Word document (python-docx), for people who edit it further before sending.

A4 portrait, 20 mm margins; the body font is BIZ UD明朝 (shipped with Windows 10 and later, the same
glyphs as the PDF; Word substitutes a Mincho elsewhere). Headings are real Word headings (so the
navigation pane and screen readers see the structure); each job is a two-column table.
"""

from __future__ import annotations

import io

from django.utils import translation
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from .shokumu import Shokumu, blocks

FONT_NAME = "BIZ UD明朝 Medium"


def _set_font(style, size: float, bold: bool = False) -> None:
    style.font.name = FONT_NAME
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.color.rgb = RGBColor(0, 0, 0)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        fonts.set(qn(attribute), FONT_NAME)


def _text(container, text: str, *, align=None):
    """Paragraphs for ``text``, one per line (a blank line stays a blank paragraph)."""
    paragraphs = []
    for line in (text or "").split("\n"):
        paragraph = container.add_paragraph(line)
        if align is not None:
            paragraph.alignment = align
        paragraphs.append(paragraph)
    return paragraphs


COLUMN_WIDTHS = (Mm(40), Mm(130))


def _table(document, rows, widths=COLUMN_WIDTHS):
    """A two-column ruled table of (label, value) rows; a value's line breaks become paragraphs."""
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = widths
        cells[0].text = label
        lines = value.split("\n")
        cells[1].paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    return table


def shokumu_document(doc: Shokumu) -> bytes:
    """The document drawn from ``resumes.shokumu.blocks`` (the layout every writer shares): the title
    and the section headings are Word headings, a job a level-2 heading and its table."""
    layout = blocks(doc)
    with translation.override("ja"):
        document = Document()
        section = document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(20))
        _set_font(document.styles["Normal"], 10.5)
        _set_font(document.styles["Title"], 16, bold=True)
        _set_font(document.styles["Heading 1"], 12, bold=True)
        _set_font(document.styles["Heading 2"], 10.5, bold=True)
        document.core_properties.title = layout[0].text
        document.core_properties.author = ""

        for block in layout:
            if block.kind == "title":
                document.add_paragraph(block.text, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif block.kind in ("meta", "end"):
                for line in block.lines or (block.text,):
                    document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif block.kind == "heading":
                document.add_heading(block.text, level=1)
            elif block.kind == "box":
                _text(document, block.text)
            elif block.kind == "job":
                document.add_heading(block.text, level=2)
                if block.rows:
                    _table(document, block.rows)
            elif block.kind == "table":
                _table(document, block.rows)
            elif block.kind == "note":
                document.add_paragraph(block.text)

        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
