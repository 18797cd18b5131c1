"""Dates as a 履歴書 writes them: 和暦 or 西暦, year-months, 満年齢.

Built on ``accounts.japanese`` (the eras and ``to_wareki``). A year-month belongs to the era in
force on the first day of that month: 2019-04 is 平成31年4月 and 2019-05 is 令和元年5月 (令和
began on 5月1日); for a month in which an era changed part-way (1989-01, 1926-12) this gives the
earlier era, as the month began in it.
"""

from __future__ import annotations

import datetime
import re
from enum import StrEnum

from accounts.japanese import era_of, to_seireki, to_wareki
from sheets.definitions import PRESENT


class Calendar(StrEnum):
    WAREKI = "wareki"
    SEIREKI = "seireki"


_YEAR_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


def parse_year_month(value: str) -> tuple[int, int] | None:
    """``"2019-04"`` → ``(2019, 4)``; anything else (``"present"``, "", garbage) → None."""
    match = _YEAR_MONTH_RE.match(value or "")
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    return (year, month) if 1 <= month <= 12 else None


def year_label(year: int, month: int, calendar: Calendar) -> str:
    """What goes in the 年 column: ``2019`` or ``平成31`` / ``令和元``."""
    if calendar == Calendar.SEIREKI:
        return str(year)
    first_day = datetime.date(year, month, 1)
    era = era_of(first_day)
    if era is None:
        return str(year)
    number = year - era.start.year + 1
    return f"{era.name}{'元' if number == 1 else number}"


def split_year_month(value: str, calendar: Calendar) -> tuple[str, str]:
    """``("平成31", "4")`` for the 年 and 月 columns; ``("", "")`` when there is no date."""
    parsed = parse_year_month(value)
    if parsed is None:
        return "", ""
    year, month = parsed
    return year_label(year, month, calendar), str(month)


def format_year_month(value: str, calendar: Calendar, present: str = "現在") -> str:
    """``平成31年4月`` / ``2019年4月``; 「現在」 for ``present``; "" when there is no date."""
    if value == PRESENT:
        return present
    year, month = split_year_month(value, calendar)
    return f"{year}年{month}月" if year else ""


def format_date(day: datetime.date, calendar: Calendar) -> str:
    return to_wareki(day) if calendar == Calendar.WAREKI else to_seireki(day)


def age_on(birth: datetime.date, day: datetime.date) -> int:
    """満年齢 on ``day``: one more on each birthday (a 2月29日 birthday counts on 3月1日 in
    other years, which is also what the law on counting ages gives for a date)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
