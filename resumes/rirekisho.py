"""The 履歴書 as data, in the layout of 厚生労働省履歴書様式例 (令和3年): every renderer (the preview,
the PDF, the xlsx) draws this one object, so they always agree.

Conventions applied (tested in tests/resumes/test_rirekisho.py):
- 学歴 then 職歴 in the one table, each introduced by its heading on a centred row;
- a school: 「入学」 on its start month, 「卒業」（修了、中途退学、卒業見込み …) on its end month;
- a job: 「入社」, then 「退社」; the current job has no end line and 「現在に至る」 follows the jobs;
  no job at all gives 「なし」 under 職歴;
- the list closes with 「以上」, right-aligned;
- 年 in 和暦 (平成31 / 令和元) or 西暦 as chosen; 生年月日 with 満年齢 at the document's date.
"""

from __future__ import annotations

import datetime
import math
import unicodedata
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext as _

from . import mapping
from .dates import age_on, format_date, split_year_month
from .mapping import SourceRow
from .options import RirekishoChoices
from .sources import Basics


@dataclass(frozen=True)
class Line:
    """One row of the 年 | 月 | text tables."""

    HEADING = "heading"  # 「学歴」「職歴」: centred
    ENTRY = "entry"
    PRESENT = "present"  # 「現在に至る」
    END = "end"  # 「以上」: right-aligned

    year: str
    month: str
    text: str
    kind: str = ENTRY


@dataclass
class Rirekisho:
    date_text: str  # 「令和7年6月15日現在」
    basics: Basics
    birth_text: str  # 「平成2年4月1日生（満35歳）」, "" when left out
    show_gender: bool
    show_contact: bool
    photo: bytes | None
    history: list[Line]
    licences: list[Line]
    appeal: str
    wishes: str
    calendar: str
    sources: dict[str, list[SourceRow]] = field(default_factory=dict)


def available_rows(sheets: dict[str, dict]) -> dict[str, list[SourceRow]]:
    """The rows the person can choose from, by part of the 履歴書."""
    education = mapping.rows(sheets, mapping.STUDIES) + mapping.rows(sheets, mapping.TRAININGS)
    education.sort(key=lambda r: (r.start == "", r.start))
    return {
        "education": education,
        "jobs": mapping.rows(sheets, mapping.JOBS),
        "licences": mapping.rows(sheets, mapping.QUALIFICATIONS),
    }


def default_appeal(sheets: dict[str, dict]) -> str:
    return mapping.strengths(sheets)


def build(
    basics: Basics,
    sheets: dict[str, dict],
    choices: RirekishoChoices,
    *,
    today: datetime.date,
    photo: bytes | None = None,
) -> Rirekisho:
    with translation.override("ja"):
        return _build(basics, sheets, choices, today=today, photo=photo)


def _build(basics, sheets, choices, *, today, photo) -> Rirekisho:
    calendar = choices.calendar
    day = choices.date_on(today)
    basics = basics.with_overrides(choices.basics)
    available = available_rows(sheets)
    chosen = {part: [r for r in found if choices.rows.includes(r)] for part, found in available.items()}

    birth_text = ""
    if choices.include_birth_date and basics.birth_date:
        age = age_on(basics.birth_date, day)
        birth_text = _("%(date)s生（満%(age)d歳）") % {
            "date": format_date(basics.birth_date, calendar),
            "age": age,
        }

    appeal = choices.appeal if choices.appeal is not None else default_appeal(sheets)
    return Rirekisho(
        date_text=_("%(date)s現在") % {"date": format_date(day, calendar)},
        basics=basics,
        birth_text=birth_text,
        show_gender=choices.include_gender,
        show_contact=choices.include_contact and basics.has_contact,
        photo=photo if choices.include_photo else None,
        history=history_lines(chosen["education"], chosen["jobs"], calendar),
        licences=licence_lines(chosen["licences"], calendar),
        appeal=appeal,
        wishes=choices.wishes,
        calendar=str(calendar),
        sources=available,
    )


def _dated(value: str, text: str, calendar, kind: str = Line.ENTRY) -> Line:
    year, month = split_year_month(value, calendar)
    return Line(year, month, text, kind)


def _join(*parts: str) -> str:
    return "　".join(p for p in parts if p)


def education_lines(row: SourceRow, calendar) -> list[Line]:
    wording = mapping.WORDINGS[row.source]
    word = str(wording.end.get(row.status, wording.end_default))
    if row.status in wording.single_line:  # 受講予定: one line, on the month it starts
        return [_dated(row.start, _join(row.title, word), calendar)]
    lines = [_dated(row.start, _join(row.title, str(wording.start)), calendar)]
    if row.status and row.status not in wording.dated_end:  # 在学中, 受講中: no date of its own
        lines.append(Line("", "", _join(row.title, word)))
    elif row.end and not row.is_present:
        lines.append(_dated(row.end, _join(row.title, word), calendar))
    elif row.status:  # 卒業 without an end month
        lines.append(Line("", "", _join(row.title, word)))
    return lines


def job_lines(row: SourceRow, calendar) -> list[Line]:
    wording = mapping.JOB_WORDING
    details = "、".join(
        p for p in (row.get(mapping.JOB_DEPARTMENT).strip(), mapping.employment_label(row)) if p
    )
    start_text = _join(row.title, str(wording.start)) + (f"（{details}）" if details else "")
    lines = [_dated(row.start, start_text, calendar)]
    if row.end and not row.is_present:
        lines.append(_dated(row.end, _join(row.title, str(wording.end_default)), calendar))
    return lines


def history_lines(education: list[SourceRow], jobs: list[SourceRow], calendar) -> list[Line]:
    if not education and not jobs:
        return []
    lines: list[Line] = []
    if education:
        lines.append(Line("", "", _("学歴"), Line.HEADING))
        for row in education:
            lines += education_lines(row, calendar)
        lines.append(Line("", "", ""))  # the customary blank row between the two parts
    lines.append(Line("", "", _("職歴"), Line.HEADING))
    if not jobs:
        lines.append(Line("", "", _("なし")))
    for row in jobs:
        lines += job_lines(row, calendar)
    if any(row.is_present for row in jobs):
        lines.append(Line("", "", _("現在に至る"), Line.PRESENT))
    lines.append(Line("", "", _("以上"), Line.END))
    return lines


def licence_lines(licences: list[SourceRow], calendar) -> list[Line]:
    wording = mapping.QUALIFICATION_WORDING
    lines = []
    for row in licences:
        word = wording.end.get(row.status, wording.end_default)
        lines.append(_dated(row.start, _join(row.title, str(word)), calendar))
    return lines


# Fitting the rows to the printed form ----------------------------------------------------------
# The form has a fixed number of ruled rows: the 学歴・職歴 table runs over both pages, then the
# 免許・資格 table. Longer lists add rows to page 2 (and the document flows onto a third page).
HISTORY_ROWS_PAGE_1 = 18
HISTORY_ROWS_PAGE_2 = 7
LICENCE_ROWS = 8
CHARS_PER_ROW = 38  # full-width characters that fit the text column at the printed size


def row_units(text: str) -> int:
    """How many printed rows a line takes (a long line wraps)."""
    width = sum(1 if unicodedata.east_asian_width(c) in "FWA" else 0.5 for c in text)
    return max(1, math.ceil(width / CHARS_PER_ROW))


def blank(n: int) -> list[Line]:
    return [Line("", "", "")] * max(0, n)


def split_history(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The 学歴・職歴 rows of page 1 and page 2, each filled up with blank rows to the form's count."""
    first: list[Line] = []
    used = 0
    for line in lines:
        units = row_units(line.text)
        if used + units > HISTORY_ROWS_PAGE_1:
            break
        first.append(line)
        used += units
    rest = lines[len(first) :]
    if rest and not rest[0].text:  # a blank separator row does not open page 2
        rest = rest[1:]
    rest_units = sum(row_units(line.text) for line in rest)
    return first + blank(HISTORY_ROWS_PAGE_1 - used), rest + blank(HISTORY_ROWS_PAGE_2 - rest_units)


def licence_rows(lines: list[Line]) -> list[Line]:
    used = sum(row_units(line.text) for line in lines)
    return lines + blank(LICENCE_ROWS - used)


def labels() -> dict:
    """The 履歴書's printed words, the same in every writer (the PDF's Typst template through
    ``resumes.pdf.rirekisho_data``, the xlsx), in Japanese as the form is."""
    with translation.override("ja"):
        return {
            "title": _("履歴書"),
            "kana": _("ふりがな"),
            "name": _("氏　名"),
            "birth_blank": _("年　　月　　日生　（満　　歳）"),
            "gender": _("※性別"),
            "photo": _("証明写真"),
            "photo_here": _("写真をはる位置"),
            "photo_note": [
                _("写真をはる必要がある場合"),
                _("1.縦　36～40mm"),
                _("　横　24～30mm"),
                _("2.本人単身胸から上"),
                _("3.裏面のりづけ"),
            ],
            "phone": _("電話"),
            "address": _("現住所"),
            "contact": _("連絡先"),
            "contact_note": _("（現住所以外に連絡を希望する場合のみ記入）"),
            "year": _("年"),
            "month": _("月"),
            "history": _("学歴・職歴（各別にまとめて書く）"),
            "licences": _("免許・資格"),
            "gender_note": _("※「性別」欄：記載は任意です。未記載とすることも可能です。"),
            "appeal": _("志望の動機、特技、好きな学科、アピールポイントなど"),
            "wishes": _(
                "本人希望記入欄（特に給料・職種・勤務時間・勤務地・その他についての希望などがあれば記入）"
            ),
        }
