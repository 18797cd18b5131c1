"""The 履歴書 and the 職務経歴書 as Excel workbooks (openpyxl), drawn from the same objects as the PDF.

The 履歴書 is one worksheet laid out like the form — title and date, the name block with the photo
box at the right, 現住所 and 連絡先, the 年 | 月 | 学歴・職歴 table over two printed pages (a page
break between them), 免許・資格 and the two free-text boxes — set to print on A4 portrait, one page
wide. The 職務経歴書 is one worksheet of sections, one job per block. Cells name the font BIZ UD明朝
(shipped with Windows 10 and later, the same glyphs as the PDF); elsewhere Excel substitutes a
Mincho.
"""

from __future__ import annotations

import io

from django.utils import translation
from openpyxl import Workbook
from openpyxl.drawing.image import Image as SheetImage
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from outputs.values import write_text_cell
from outputs.xlsx import set_print_a4, workbook_bytes

from . import rirekisho as rk
from .photo import HEIGHT_MM, WIDTH_MM
from .shokumu import Block, Shokumu, blocks

FONT_NAME = "BIZ UD明朝 Medium"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def font(size: float = 10.5, bold: bool = False) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold, charset=128)


LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
LEFT_TOP = Alignment(horizontal="left", vertical="top", wrap_text=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center", wrap_text=True)


def cell(ws: Worksheet, ref: str, value="", *, size=10.5, align=LEFT, border=BOX, bold=False):
    """Write ``value`` in ``ref`` (a cell or a range, merged), with a border round every cell."""
    first = ref.split(":")[0]
    if ":" in ref:
        ws.merge_cells(ref)
    if isinstance(value, str) and value:
        write_text_cell(ws[first], value)  # a person's text is never a formula (outputs.values)
    else:
        ws[first] = value if value != "" else None
    ws[first].font = font(size, bold)
    ws[first].alignment = align
    if border is not None:
        for row in ws[ref] if ":" in ref else [[ws[ref]]]:
            for c in row:
                c.border = border
    return ws[first]


# 履歴書 ---------------------------------------------------------------------------------------
# Columns: A 年, B 月, C–F the text, G the 電話 / E-mail / photo column.
RK_WIDTHS = {"A": 9, "B": 5, "C": 8, "D": 22, "E": 22, "F": 14, "G": 26}
ROW_HEIGHT = 24  # points: about 8.5 mm, the form's ruled rows


def rirekisho_workbook(doc: rk.Rirekisho) -> bytes:
    with translation.override("ja"):
        wb = Workbook()
        ws = wb.active
        words = rk.labels()  # the printed words the PDF uses too
        ws.title = words["title"]
        set_print_a4(ws, top_bottom=0.5, page_numbers=False)
        for column, width in RK_WIDTHS.items():
            ws.column_dimensions[column].width = width
        page1, page2 = rk.split_history(doc.history)
        row = _rirekisho_head(ws, doc, words)
        row = _rows_table(ws, row, page1, words["history"], words)
        cell(
            ws,
            f"A{row}:G{row}",
            words["gender_note"],
            size=8,
            border=None,
        )
        ws.row_breaks.append(Break(id=row))
        row = _rows_table(ws, row + 1, page2, words["history"], words)
        row = _rows_table(ws, row + 1, rk.licence_rows(doc.licences), words["licences"], words)
        row = _text_box(ws, row + 1, words["appeal"], doc.appeal, height=190)
        _text_box(ws, row + 1, words["wishes"], doc.wishes, height=115)
        ws.print_area = f"A1:G{ws.max_row}"
        return workbook_bytes(wb)


def _rirekisho_head(ws: Worksheet, doc: rk.Rirekisho, words: dict) -> int:
    b = doc.basics
    cell(ws, "A1:D1", "　".join(words["title"]), size=18, border=None)  # 「履　歴　書」, spaced as printed
    cell(ws, "E1:F1", doc.date_text, align=RIGHT, border=None)
    ws.row_dimensions[1].height = 30
    cell(ws, "A2:B2", words["kana"], size=8)
    cell(ws, "C2:F2", b.name_kana, size=9)
    cell(ws, "A3:B3", words["name"], size=8, align=LEFT_TOP)
    cell(ws, "C3:F3", b.name, size=20)
    ws.row_dimensions[3].height = 52
    cell(ws, "A4:E4", doc.birth_text or words["birth_blank"], align=CENTER)
    cell(ws, "F4", words["gender"] + ("\n" + b.gender if doc.show_gender and b.gender else ""), size=9)
    ws.row_dimensions[4].height = 30
    ws.row_dimensions[2].height = 20
    # The photo (or its box) in G1:G4.
    if doc.photo:
        image = SheetImage(io.BytesIO(doc.photo))
        image.width, image.height = round(WIDTH_MM / 25.4 * 96), round(HEIGHT_MM / 25.4 * 96)
        ws.add_image(image, "G1")
    else:
        cell(
            ws,
            "G1:G4",
            "\n".join([words["photo_here"], "", *words["photo_note"]]),
            size=7,
            align=CENTER,
        )

    contact = doc.show_contact
    cell(ws, "A6:B6", words["kana"], size=8)
    cell(ws, "C6:F6", b.address_kana, size=9)
    cell(ws, "G6", words["phone"] + " " + b.phone, size=9)
    cell(ws, "A7:B7", words["address"], size=8, align=LEFT_TOP)
    cell(ws, "C7:F7", f"〒{b.postal_code_text}\n{b.address}", align=LEFT_TOP)
    cell(ws, "G7", "E-mail\n" + b.email, size=9, align=LEFT_TOP)
    cell(ws, "A8:B8", words["kana"], size=8)
    cell(ws, "C8:F8", b.contact_address_kana if contact else "", size=9)
    cell(ws, "G8", words["phone"] + " " + (b.contact_phone if contact else ""), size=9)
    cell(ws, "A9:B9", words["contact"], size=8, align=LEFT_TOP)
    cell(
        ws,
        "C9:F9",
        f"〒{b.contact_postal_code_text if contact else ''}　"
        + words["contact_note"]
        + (f"\n{b.contact_address}" if contact else ""),
        align=LEFT_TOP,
    )
    cell(ws, "G9", "E-mail\n" + (b.contact_email if contact else ""), size=9, align=LEFT_TOP)
    for r in (6, 8):
        ws.row_dimensions[r].height = 20
    for r in (7, 9):
        ws.row_dimensions[r].height = 44
    return 11


def _rows_table(ws: Worksheet, row: int, lines: list[rk.Line], caption: str, words: dict) -> int:
    """A 年 | 月 | caption table from ``row``; returns the row after it."""
    cell(ws, f"A{row}", words["year"], size=9, align=CENTER)
    cell(ws, f"B{row}", words["month"], size=9, align=CENTER)
    cell(ws, f"C{row}:G{row}", caption, size=9, align=CENTER)
    for line in lines:
        row += 1
        align = {rk.Line.HEADING: CENTER, rk.Line.END: RIGHT}.get(line.kind, LEFT)
        cell(ws, f"A{row}", line.year, align=CENTER)
        cell(ws, f"B{row}", line.month, align=CENTER)
        cell(ws, f"C{row}:G{row}", line.text, align=align)
        ws.row_dimensions[row].height = ROW_HEIGHT * rk.row_units(line.text)
    return row + 1


def _text_box(ws: Worksheet, row: int, caption: str, text: str, *, height: float) -> int:
    cell(ws, f"A{row}:G{row}", caption, size=9)
    cell(ws, f"A{row + 1}:G{row + 1}", text, align=LEFT_TOP)
    ws.row_dimensions[row + 1].height = height
    return row + 2


# 職務経歴書 -------------------------------------------------------------------------------------
# Columns: A the labels / dates, B–E the text.
SK_WIDTHS = {"A": 20, "B": 22, "C": 22, "D": 22, "E": 16}


def _lines_height(text: str, chars_per_line: int = 48, line_points: float = 15) -> float:
    lines = sum(max(1, -(-len(part) // chars_per_line)) for part in (text or "").split("\n"))
    return max(20, lines * line_points + 6)


def shokumu_workbook(doc: Shokumu) -> bytes:
    """One worksheet drawn from ``resumes.shokumu.blocks`` (the layout every writer shares): column A
    holds a job's labels and the licences' dates, B–E the text."""
    layout = blocks(doc)
    with translation.override("ja"):
        wb = Workbook()
        ws = wb.active
        ws.title = layout[0].text
        set_print_a4(ws, top_bottom=0.5, page_numbers=False)
        for column, width in SK_WIDTHS.items():
            ws.column_dimensions[column].width = width
        row = 1
        for block in layout:
            row = _SK_WRITERS[block.kind](ws, row, block)
        ws.print_area = f"A1:E{row - 1}"
        return workbook_bytes(wb)


def _sk_title(ws: Worksheet, row: int, block: Block) -> int:
    cell(ws, f"A{row}:E{row}", block.text, size=16, align=CENTER, border=None, bold=True)
    ws.row_dimensions[row].height = 30
    return row + 1


def _sk_right(ws: Worksheet, row: int, block: Block) -> int:
    for line in block.lines or (block.text,):
        cell(ws, f"A{row}:E{row}", line, align=RIGHT, border=None)
        row += 1
    return row


def _sk_heading(ws: Worksheet, row: int, block: Block) -> int:
    cell(ws, f"A{row + 1}:E{row + 1}", block.text, size=12, border=None, bold=True)
    return row + 2


def _sk_box(ws: Worksheet, row: int, block: Block) -> int:
    cell(ws, f"A{row}:E{row}", block.text, align=LEFT_TOP)
    ws.row_dimensions[row].height = _lines_height(block.text, chars_per_line=90)
    return row + 1


def _sk_rows(ws: Worksheet, row: int, rows, *, label_size=10.5) -> int:
    for label, value in rows:
        cell(ws, f"A{row}", label, size=label_size, align=LEFT_TOP)
        cell(ws, f"B{row}:E{row}", value, align=LEFT_TOP)
        ws.row_dimensions[row].height = _lines_height(value)
        row += 1
    return row


def _sk_job(ws: Worksheet, row: int, block: Block) -> int:
    cell(ws, f"A{row}:E{row}", block.text, bold=True)
    return _sk_rows(ws, row + 1, block.rows, label_size=9) + 1


def _sk_table(ws: Worksheet, row: int, block: Block) -> int:
    return _sk_rows(ws, row, block.rows)


def _sk_note(ws: Worksheet, row: int, block: Block) -> int:
    cell(ws, f"A{row}:E{row}", block.text, border=None)
    return row + 1


_SK_WRITERS = {
    "title": _sk_title,
    "meta": _sk_right,
    "heading": _sk_heading,
    "box": _sk_box,
    "job": _sk_job,
    "table": _sk_table,
    "note": _sk_note,
    "end": lambda ws, row, block: _sk_right(ws, row + 1, block),
}
