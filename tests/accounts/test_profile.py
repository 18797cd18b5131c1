"""マイページ > 登録情報: the 基本情報 form, its Japanese validation and the postal-code lookup."""

import datetime
import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model

from accounts.models import Profile
from tests.markup import squash

pytestmark = pytest.mark.django_db

EDIT = "/accounts/profile/edit/"
VIEW = "/accounts/profile/"
LOOKUP = "/accounts/profile/postal-code/"


@pytest.fixture
def user():
    return get_user_model().objects.create_user("hanako@example.jp", "sakura-no-hana-2026")


@pytest.fixture
def signed_in(client, user):
    client.force_login(user)
    return client


def full_input(**overrides):
    data = {
        "last_name": "山田",
        "first_name": "花子",
        "last_name_kana": "ヤマダ",
        "first_name_kana": "ﾊﾅｺ",
        "birth_date": "平成２年４月１日",
        "gender": "",
        "postal_code": "１００－００１３",
        "address": "東京都千代田区霞が関1-2-2 中央合同庁舎5号館",
        "address_kana": "トウキョウト チヨダク カスミガセキ 1-2-2",
        "phone": "０９０ー１２３４ー５６７８",
        "contact_postal_code": "",
        "contact_address": "",
        "contact_address_kana": "",
        "contact_phone": "",
        "contact_email": "",
        "user_type": "employed",
        "purpose": "career_review",
    }
    data.update(overrides)
    return data


def html(response):
    return unescape(squash(response.content.decode()))


def input_value(response, name):
    match = re.search(rf'<input [^>]*name="{name}" value="([^"]*)"', squash(response.content.decode()))
    assert match, f"no input {name}"
    return unescape(match.group(1))


def error_for(response, name):
    """The error paragraph tied to the input by aria-describedby, or None."""
    page = squash(response.content.decode())
    tag = re.search(rf'<input [^>]*name="{name}"[^>]*>', page).group(0)
    if 'aria-invalid="true"' not in tag:
        return None
    described = re.search(r'aria-describedby="([^"]*)"', tag).group(1).split()
    error_id = next(item for item in described if item.endswith("-error"))
    paragraph = re.search(rf'<p class="field-error" id="{error_id}">(.*?)</p>', page, re.S).group(1)
    return unescape(re.sub(r"<[^>]+>", "", paragraph))


# Access ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [VIEW, EDIT, LOOKUP + "?code=1000013"])
def test_login_is_required(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_pages_are_not_cached(signed_in):
    for path in (VIEW, EDIT):
        response = signed_in.get(path)
        assert response.status_code == 200
        assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]


# Saving ----------------------------------------------------------------------------------------


def test_save_normalises_and_stores(signed_in, user):
    response = signed_in.post(EDIT, full_input())
    assert response.status_code == 302
    assert response["Location"] == VIEW

    user.refresh_from_db()
    assert (user.last_name, user.first_name) == ("山田", "花子")
    assert (user.last_name_kana, user.first_name_kana) == ("やまだ", "はなこ")
    assert (user.user_type, user.purpose) == ("employed", "career_review")
    profile = Profile.objects.get(user=user)
    assert profile.birth_date == datetime.date(1990, 4, 1)
    assert profile.gender == ""
    assert profile.postal_code == "1000013"
    assert profile.address == "東京都千代田区霞が関1-2-2 中央合同庁舎5号館"
    assert profile.address_kana == "とうきょうと ちよだく かすみがせき 1-2-2"
    assert profile.phone == "090-1234-5678"
    assert not profile.has_contact

    page = html(signed_in.get(VIEW))
    assert "登録情報を保存しました。" in page
    assert "1990年4月1日（平成2年4月1日）" in page
    assert "〒100-0013" in page
    assert "在職者" in page and "キャリアの棚卸し・振り返り" in page


def test_edit_form_shows_what_is_stored(signed_in, user):
    signed_in.post(EDIT, full_input())
    response = signed_in.get(EDIT)
    assert input_value(response, "last_name_kana") == "やまだ"
    assert input_value(response, "birth_date") == "1990年4月1日"
    assert input_value(response, "postal_code") == "100-0013"
    assert input_value(response, "phone") == "090-1234-5678"
    assert 'name="user_type" value="employed" checked' in squash(response.content.decode())


def test_contact_is_optional_and_stored_when_given(signed_in, user):
    data = full_input(
        contact_postal_code="5300001",
        contact_address="大阪府大阪市北区梅田1-1",
        contact_address_kana="オオサカフ",
        contact_phone="06(1234)5678",
        contact_email="Hanako.Work@Example.JP",
    )
    assert signed_in.post(EDIT, data).status_code == 302
    profile = Profile.objects.get(user=user)
    assert profile.has_contact
    assert profile.contact_postal_code == "5300001"
    assert profile.contact_address_kana == "おおさかふ"
    assert profile.contact_phone == "06-1234-5678"
    assert profile.contact_email == "hanako.work@example.jp"
    page = html(signed_in.get(VIEW))
    assert "〒530-0001" in page and "06-1234-5678" in page


def test_everything_may_be_blank(signed_in, user):
    blank = {name: "" for name in full_input()}
    assert signed_in.post(EDIT, blank).status_code == 302
    profile = Profile.objects.get(user=user)
    assert profile.birth_date is None and profile.postal_code == "" and profile.phone == ""
    user.refresh_from_db()
    assert user.user_type == "" and user.purpose == ""
    assert "未登録" in html(signed_in.get(VIEW))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1990-04-01", datetime.date(1990, 4, 1)),
        ("1990/4/1", datetime.date(1990, 4, 1)),
        ("1990年4月1日", datetime.date(1990, 4, 1)),
        ("平成2年4月1日", datetime.date(1990, 4, 1)),
        ("H2.4.1", datetime.date(1990, 4, 1)),
        ("令和6年1月5日", datetime.date(2024, 1, 5)),
        ("R6/1/5", datetime.date(2024, 1, 5)),
        ("昭和64年1月7日", datetime.date(1989, 1, 7)),
        ("令和元年5月1日", datetime.date(2019, 5, 1)),
        ("Ｓ５５．１２．３", datetime.date(1980, 12, 3)),
    ],
)
def test_birth_date_in_seireki_or_wareki(signed_in, user, typed, expected):
    assert signed_in.post(EDIT, full_input(birth_date=typed)).status_code == 302
    assert Profile.objects.get(user=user).birth_date == expected


# Validation: the message next to the field, everything else kept, nothing saved ---------------


def assert_rejected_and_kept(response, field, words, user):
    assert response.status_code == 400
    message = error_for(response, field)
    assert message, f"no error next to {field}"
    for word in words:
        assert word in message
    page = html(response)
    assert "入力内容を確認してください" in page  # the summary at the top, linked to the field
    assert f'href="#id_{field}"' in page
    # What else was typed is still there.
    assert input_value(response, "last_name") == "山田"
    assert input_value(response, "address") == "東京都千代田区霞が関1-2-2 中央合同庁舎5号館"
    assert input_value(response, "phone") == "０９０ー１２３４ー５６７８"
    assert 'name="purpose" value="career_review" checked' in squash(response.content.decode())
    assert not Profile.objects.filter(user=user).exists()
    user.refresh_from_db()
    assert user.last_name == ""


def test_bad_kana(signed_in, user):
    response = signed_in.post(EDIT, full_input(last_name_kana="山田"))
    assert_rejected_and_kept(response, "last_name_kana", ["ひらがなで入力してください"], user)
    assert input_value(response, "last_name_kana") == "山田"
    assert input_value(response, "birth_date") == "平成２年４月１日"


def test_impossible_date(signed_in, user):
    response = signed_in.post(EDIT, full_input(birth_date="1990年2月30日"))
    assert_rejected_and_kept(response, "birth_date", ["2月30日という日付はありません"], user)
    assert input_value(response, "birth_date") == "1990年2月30日"
    assert input_value(response, "last_name_kana") == "ヤマダ"


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("昭和64年1月8日", ["昭和64年1月7日まで"]),
        ("令和元年4月30日", ["令和元年5月1日から"]),
        ("1899年12月31日", ["1900年1月1日以降"]),
        ("3000年1月1日", ["未来の日付"]),
        ("たんじょうび", ["1990年4月1日", "平成2年4月1日"]),
    ],
)
def test_dates_out_of_range(signed_in, user, typed, words):
    response = signed_in.post(EDIT, full_input(birth_date=typed))
    assert_rejected_and_kept(response, "birth_date", words, user)


def test_future_birth_date_is_refused(signed_in, user):
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    response = signed_in.post(EDIT, full_input(birth_date=tomorrow.isoformat()))
    assert_rejected_and_kept(response, "birth_date", ["未来の日付"], user)


def test_unknown_postal_code(signed_in, user):
    response = signed_in.post(EDIT, full_input(postal_code="999-9999"))
    assert_rejected_and_kept(response, "postal_code", ["999-9999の住所が見つかりませんでした"], user)
    assert input_value(response, "postal_code") == "999-9999"


def test_malformed_postal_code_and_phone(signed_in, user):
    response = signed_in.post(EDIT, full_input(postal_code="100-001", phone="12345"))
    assert response.status_code == 400
    assert "7桁の数字" in error_for(response, "postal_code")
    assert "10桁または11桁" in error_for(response, "phone")
    assert input_value(response, "phone") == "12345"
    assert input_value(response, "last_name_kana") == "ヤマダ"
    assert not Profile.objects.filter(user=user).exists()


def test_gender_is_free_text_up_to_30_characters(signed_in, user):
    assert signed_in.post(EDIT, full_input(gender="回答しない")).status_code == 302
    assert Profile.objects.get(user=user).gender == "回答しない"
    Profile.objects.filter(user=user).delete()
    response = signed_in.post(EDIT, full_input(gender="あ" * 31))
    assert response.status_code == 400
    assert error_for(response, "gender") == "エラー：30文字以内で入力してください（いまは31文字です）。"


def test_unknown_choice_and_bad_contact_email(signed_in, user):
    response = signed_in.post(EDIT, full_input(user_type="astronaut", contact_email="not-an-address"))
    assert response.status_code == 400
    page = html(response)
    assert "選択肢の中から選んでください。" in page
    assert 'aria-describedby="id_user_type-error"' in page
    assert "メールアドレスの形式で入力してください" in error_for(response, "contact_email")
    # The 連絡先 section is opened to show its error.
    assert '<details class="form-details" open>' in page


def test_hint_and_error_are_both_described(signed_in):
    response = signed_in.post(EDIT, full_input(birth_date="2023/2/30"))
    tag = re.search(r'<input [^>]*name="birth_date"[^>]*>', squash(response.content.decode())).group(0)
    assert 'aria-describedby="id_birth_date-error id_birth_date-hint"' in tag


# 住所を検索 without JavaScript: a submit button that re-renders the form ----------------------


def test_lookup_without_js_fills_the_address_and_keeps_the_rest(signed_in, user):
    data = full_input(postal_code="１００００１３", address="", address_kana="", last_name_kana="山田")
    data["lookup"] = "home"
    response = signed_in.post(EDIT, data)
    assert response.status_code == 200
    assert input_value(response, "postal_code") == "100-0013"
    assert input_value(response, "address") == "東京都千代田区霞が関"
    assert input_value(response, "address_kana") == "とうきょうとちよだくかすみがせき"
    # Everything else as typed, and no complaint yet about the kana: only saving checks it.
    assert input_value(response, "last_name_kana") == "山田"
    assert input_value(response, "birth_date") == "平成２年４月１日"
    assert error_for(response, "last_name_kana") is None
    page = html(response)
    assert "「東京都千代田区霞が関」を入力しました。続けて番地・建物名を入力してください。" in page
    assert re.search(r'<input [^>]*name="address"[^>]*autofocus', squash(response.content.decode()))
    # Nothing is saved by a lookup.
    assert not Profile.objects.filter(user=user).exists()


def test_lookup_keeps_the_street_number_already_typed(signed_in):
    data = full_input(postal_code="1000013", address="東京都千代田区霞が関1-2-2")
    data["lookup"] = "home"
    response = signed_in.post(EDIT, data)
    assert input_value(response, "address") == "東京都千代田区霞が関1-2-2"


def test_lookup_for_the_contact_address(signed_in):
    data = full_input(contact_postal_code="530-0001")
    data["lookup"] = "contact"
    response = signed_in.post(EDIT, data)
    assert response.status_code == 200
    assert input_value(response, "contact_address") == "大阪府大阪市北区梅田"
    assert input_value(response, "contact_address_kana") == "おおさかふおおさかしきたくうめだ"
    assert input_value(response, "address") == "東京都千代田区霞が関1-2-2 中央合同庁舎5号館"
    assert '<details class="form-details" open>' in html(response)


def test_lookup_of_an_unknown_postal_code_shows_the_error_next_to_it(signed_in, user):
    data = full_input(postal_code="999-9999", address="")
    data["lookup"] = "home"
    response = signed_in.post(EDIT, data)
    assert response.status_code == 400
    assert "999-9999の住所が見つかりませんでした" in error_for(response, "postal_code")
    assert input_value(response, "last_name") == "山田"
    assert re.search(r'<input [^>]*name="postal_code"[^>]*autofocus', squash(response.content.decode()))
    assert not Profile.objects.filter(user=user).exists()


def test_enter_key_saves_rather_than_looks_up(signed_in):
    """The first submit button in the form (the browser's default) is 保存する, not 住所を検索."""
    page = squash(signed_in.get(EDIT).content.decode())
    form = page[page.index("data-profile-form") :]
    first_button = re.search(r"<button [^>]*>", form).group(0)
    assert 'name="lookup"' not in first_button


# 住所を検索 with JavaScript: the JSON endpoint ---------------------------------------------------


def test_lookup_json(signed_in):
    response = signed_in.get(LOOKUP, {"code": "１００－００１３"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "postal_code": "1000013",
        "postal_code_display": "100-0013",
        "address": "東京都千代田区霞が関",
        "address_kana": "とうきょうとちよだくかすみがせき",
        "partial": False,
        "message": "「東京都千代田区霞が関」を入力しました。続けて番地・建物名を入力してください。",
    }


def test_lookup_json_keeps_a_longer_address(signed_in):
    response = signed_in.get(LOOKUP, {"code": "1000013", "address": "東京都千代田区霞が関1-2-2"})
    assert response.json()["address"] == "東京都千代田区霞が関1-2-2"


def test_lookup_json_errors(signed_in):
    response = signed_in.get(LOOKUP, {"code": "9999999"})
    assert response.status_code == 404
    assert "999-9999の住所が見つかりませんでした" in response.json()["error"]
    response = signed_in.get(LOOKUP, {"code": "12"})
    assert response.status_code == 400
    assert "7桁" in response.json()["error"]


def test_lookup_button_is_wired_for_the_script(signed_in):
    page = squash(signed_in.get(EDIT).content.decode())
    assert f'data-lookup-url="{LOOKUP}"' in page
    assert 'data-postal-lookup="home"' in page and 'data-postal-lookup="contact"' in page
    assert "accounts/profile.js" in page
    assert signed_in.get("/static/accounts/profile.js").status_code == 200
