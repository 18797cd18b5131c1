"""Personal data is masked before a question is stored: realistic questions people might type."""

import unicodedata

import pytest

from assistant.masking import EMAIL, NAME, NUMBER, PHONE, POSTAL, mask, names_of


@pytest.mark.parametrize(
    ("text", "gone", "placeholder"),
    [
        ("返信はyamada.taro+job@example.co.jpにお願いします", "yamada.taro", EMAIL),
        ("メール：ｓａｔｏ＿ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｎｅ．ｊｐ です", "hanako", EMAIL),
        ("携帯は090-1234-5678です", "1234", PHONE),
        ("電話番号は０８０－９８７６－５４３２", "9876", PHONE),
        ("自宅 03-1234-5678 に連絡ください", "1234-5678", PHONE),
        ("(06)6123-4567 まで", "6123", PHONE),
        ("+81 90-1111-2222 で登録しました", "1111", PHONE),
        ("番号は09012345678です", "09012345678", PHONE),
        ("090ー1234ー5678に電話して", "1234", PHONE),
        ("フリーダイヤル0120-123-456", "0120", PHONE),
        ("住所は〒100-8916 東京都千代田区霞が関1-2-2", "8916", POSTAL),
        ("郵便番号１６０－００２３です", "0023", POSTAL),
        ("〒1600023", "1600023", POSTAL),
        ("マイナンバーは1234 5678 9012です", "5678", NUMBER),
        ("私の名前は山田太郎です。ジョブカードの作り方を教えて", "山田", NAME),
        ("はじめまして、佐藤と申します。", "佐藤", NAME),
        ("鈴木花子といいます。在職中です", "鈴木", NAME),
        ("氏名：高橋 一郎", "高橋", NAME),
        ("名前は　伊藤さくらです", "伊藤", NAME),
        ("私は渡辺です。学生です", "渡辺", NAME),
        ("担当の田中さんに相談したい", "田中", NAME),
        ("小林様から紹介されました", "小林", NAME),
        ("My name is Emily Clark and I need help", "Emily", NAME),
    ],
)
def test_personal_data_is_masked(text, gone, placeholder):
    masked = mask(text)
    assert gone not in masked, masked
    assert placeholder in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        "様式3-1の書き方を教えて",
        "2024年4月から働いています",
        "私は学生です。いつ作ればいい？",
        "わたしは在職中です",
        "皆さんはどう書いていますか",
        "キャリアコンサルタントさんに相談したい",
        "令和6年3月31日まで在籍",
        "職務経歴書は2枚までですか",
    ],
)
def test_ordinary_questions_are_left_alone(text):
    assert mask(text) == unicodedata.normalize("NFKC", text)  # only the width of ？ etc. changes


def test_signed_in_persons_own_name_is_masked(django_user_model):
    user = django_user_model(
        email="kimura.ken@example.jp",
        last_name="木村",
        first_name="健",
        last_name_kana="きむら",
        first_name_kana="けん",
    )
    user.is_active = True
    masked = mask("木村健です。きむらけんで登録しました。kimura.kenでログインできない", names_of(user))
    for part in ("木村", "きむら", "kimura"):
        assert part not in masked, masked


def test_anonymous_has_no_names():
    class Anonymous:
        is_authenticated = False

    assert names_of(Anonymous()) == []
    assert names_of(None) == []
