"""和暦 / 西暦 for year-months and dates, and 満年齢."""

import datetime

import pytest

from resumes.dates import Calendar, age_on, format_date, format_year_month, split_year_month, year_label


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-04", "平成31年4月"),  # the last month of 平成
        ("2019-05", "令和元年5月"),  # 令和 began on 2019-05-01
        ("2020-01", "令和2年1月"),
        ("1989-01", "昭和64年1月"),  # 平成 began on 1月8日: the month began in 昭和
        ("1989-02", "平成元年2月"),
        ("1990-04", "平成2年4月"),
        ("1926-12", "大正15年12月"),
        ("1927-01", "昭和2年1月"),
    ],
)
def test_wareki_year_months(value, expected):
    assert format_year_month(value, Calendar.WAREKI) == expected


def test_year_and_month_columns():
    assert split_year_month("2019-04", Calendar.WAREKI) == ("平成31", "4")
    assert split_year_month("2019-05", Calendar.WAREKI) == ("令和元", "5")
    assert split_year_month("2019-05", Calendar.SEIREKI) == ("2019", "5")
    assert split_year_month("present", Calendar.WAREKI) == ("", "")
    assert split_year_month("2019-13", Calendar.WAREKI) == ("", "")
    assert year_label(1868, 11, Calendar.WAREKI) == "明治元"


def test_present_and_missing():
    assert format_year_month("present", Calendar.SEIREKI) == "現在"
    assert format_year_month("", Calendar.SEIREKI) == ""


def test_dates():
    assert format_date(datetime.date(2019, 4, 30), Calendar.WAREKI) == "平成31年4月30日"
    assert format_date(datetime.date(2019, 5, 1), Calendar.WAREKI) == "令和元年5月1日"
    assert format_date(datetime.date(2019, 5, 1), Calendar.SEIREKI) == "2019年5月1日"


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        ((1990, 4, 1), (2025, 3, 31), 34),  # the day before the birthday
        ((1990, 4, 1), (2025, 4, 1), 35),  # the birthday
        ((1990, 4, 1), (2025, 12, 31), 35),
        ((2000, 2, 29), (2025, 2, 28), 24),  # a 2月29日 birthday in a common year …
        ((2000, 2, 29), (2025, 3, 1), 25),  # … counts from 3月1日
        ((2000, 2, 29), (2024, 2, 29), 24),
        ((2000, 12, 31), (2001, 1, 1), 0),
    ],
)
def test_age_at_the_document_date(birth, day, age):
    assert age_on(datetime.date(*birth), datetime.date(*day)) == age
