"""The 職務経歴書 as a Word document (python-docx), for people who edit it further before sending.

A4 portrait, 20 mm margins; the body font is BIZ UD明朝 (shipped with Windows 10 and later, the same
glyphs as the PDF; Word substitutes a Mincho elsewhere). Headings are real Word headings (so the
navigation pane and screen readers see the structure); each job is a two-column table.
"""

from __future__ import annotations

import io

from django.utils import translation
from django.utils.translation import gettext as _
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from .shokumu import Shokumu, labels

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


def shokumu_document(doc: Shokumu) -> bytes:
    words = labels()  # the headings every writer of the 職務経歴書 uses
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
        document.core_properties.title = _("職務経歴書")
        document.core_properties.author = ""

        title = document.add_paragraph(_("職務経歴書"), style="Title")
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        document.add_paragraph(doc.date_text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        document.add_paragraph(_("氏名　%(name)s") % {"name": doc.name}).alignment = WD_ALIGN_PARAGRAPH.RIGHT

        document.add_heading(words["summary"], level=1)
        _text(document, doc.summary)

        document.add_heading(words["jobs"], level=1)
        if not doc.jobs:
            document.add_paragraph(words["no_jobs"])
        for job in doc.jobs:
            document.add_heading("　".join(p for p in (job.period, job.company) if p), level=2)
            rows = [(words["details"], job.details), (words["duties"], job.duties)]
            rows.append((words["learnings"], job.learnings))
            rows = [(label, value) for label, value in rows if value]
            if not rows:
                continue
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for label, value in rows:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Mm(40), Mm(130)
                cells[0].text = label
                cells[1].text = ""
                lines = value.split("\n")
                cells[1].paragraphs[0].text = lines[0]
                for line in lines[1:]:
                    cells[1].add_paragraph(line)

        if doc.skills:
            document.add_heading(words["skills"], level=1)
            _text(document, doc.skills)

        document.add_heading(words["licences"], level=1)
        if doc.licences:
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for licence in doc.licences:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Mm(40), Mm(130)
                cells[0].text, cells[1].text = licence.date, licence.name
        else:
            document.add_paragraph(words["no_licences"])

        document.add_heading(words["pr"], level=1)
        _text(document, doc.pr)
        document.add_paragraph(words["end"]).alignment = WD_ALIGN_PARAGRAPH.RIGHT

        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
