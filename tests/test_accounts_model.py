"""The custom user: e-mail is the login ID; names and kana kept apart."""

import pytest
from django.core.exceptions import ValidationError

pytestmark = pytest.mark.django_db


def test_email_is_the_login_id(django_user_model, client):
    user = django_user_model.objects.create_user("Yamada.Hanako@Example.JP", "a-long-pass-phrase")
    assert user.email == "yamada.hanako@example.jp"
    assert django_user_model.USERNAME_FIELD == "email"
    assert not hasattr(user, "username") or user.username is None
    assert client.login(email="yamada.hanako@example.jp", password="a-long-pass-phrase")


def test_names_and_kana_are_separate_and_kana_must_be_hiragana(django_user_model):
    user = django_user_model(
        email="a@example.jp",
        last_name="山田",
        first_name="花子",
        last_name_kana="やまだ",
        first_name_kana="ハナコ",
    )
    with pytest.raises(ValidationError) as info:
        user.full_clean(exclude=["password"])
    assert info.value.message_dict["first_name_kana"] == ["ひらがなで入力してください。"]
    user.first_name_kana = "はなこ"
    user.full_clean(exclude=["password"])
    assert user.get_full_name() == "山田 花子"
