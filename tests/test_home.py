"""The home page, attribute selection (table 2-7) and the persona menus."""

import re

import pytest
from django.urls import reverse

from content.taxonomy import Purpose, UserType
from home.models import HomePage, MenuPage
from home.views import CHOICE_COOKIE

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_home_page_explains_the_job_card_and_offers_both_entries(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    home = HomePage.objects.get(locale__language_code="ja")
    assert '<html lang="ja"' in html
    assert home.hero_title in html
    assert home.quick_title in html and home.supported_title in html
    assert home.quick_page.url in html
    # The three attribute groups of table 2-7 with every option.
    for name in ("user_type", "purpose", "case"):
        assert f'name="{name}"' in html
    for label in ("求職者", "在職者", "学生", "仕事を探す準備", "すぐに作成したい", "まず知りたい"):
        assert label in html


def test_every_persona_and_purpose_has_a_menu_in_both_languages():
    for lang in ("ja", "en"):
        pairs = set(
            MenuPage.objects.live().filter(locale__language_code=lang).values_list("user_type", "purpose")
        )
        assert pairs == {(u, p) for u in UserType.values for p in Purpose.values}


def test_choosing_student_and_job_search_leads_to_that_menu_and_is_remembered(client):
    response = client.get(
        reverse("select_attributes"), {"user_type": "student", "purpose": "job_search", "case": "quick"}
    )
    menu = MenuPage.objects.get(locale__language_code="ja", user_type="student", purpose="job_search")
    assert response.status_code == 302
    assert response["Location"] == menu.url + "?case=quick"
    assert response.cookies[CHOICE_COOKIE].value == "student.job_search.quick"

    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    quick_section = next(s for s in menu.sections if s.value["use_case"] == "quick")
    for item in quick_section.value["items"]:
        assert item.url in html
    # The chosen case's section comes before the others.
    other = next(s for s in menu.sections if s.value["use_case"] == "learn")
    assert html.index(quick_section.value["heading"]) < html.index(other.value["heading"])


def test_selection_saved_on_the_account_of_a_signed_in_person(client, django_user_model):
    user = django_user_model.objects.create_user("hanako@example.jp", "long-enough-pass")
    client.force_login(user)
    client.get(reverse("select_attributes"), {"user_type": "employed", "purpose": "training"})
    user.refresh_from_db()
    assert (user.user_type, user.purpose) == ("employed", "training")


def test_incomplete_selection_shows_japanese_errors_and_keeps_the_choice(client):
    response = client.get(reverse("select_attributes"), {"user_type": "student", "purpose": "", "case": "x"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "このサイトを使う目的を選んでください。" in html
    assert "選択肢の中から選んでください。" in html
    # The valid part of the input is still selected.
    assert re.search(r'value="student"[^>]*\bchecked', html)
    assert not re.search(r'name="purpose"[^>]*\bchecked', html)


def test_english_home_is_served_under_en(client):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    home_en = HomePage.objects.get(locale__language_code="en")
    assert home_en.hero_title in html
    # The page chrome comes from gettext (locale/en), not the Japanese source strings.
    assert "Skip to main content" in html
    assert "Job seeker" in html and "Preparing to look for work" in html
    assert "求職者" not in html


def test_english_selection_leads_to_the_english_menu(client):
    response = client.get("/en/select/", {"user_type": "job_seeker", "purpose": "training"})
    menu = MenuPage.objects.get(locale__language_code="en", user_type="job_seeker", purpose="training")
    assert response.status_code == 302
    assert response["Location"] == menu.url
    assert menu.url.startswith("/en/")


def test_language_switch_links_to_the_translation_and_keeps_the_use_case(client):
    menu = MenuPage.objects.get(locale__language_code="ja", user_type="student", purpose="job_search")
    english = MenuPage.objects.get(locale__language_code="en", user_type="student", purpose="job_search")
    html = client.get(menu.url, {"case": "quick"}).content.decode()
    assert f'href="{english.url}?case=quick" lang="en"' in html
    html = client.get("/search/", {"q": "面接"}).content.decode()
    assert 'href="/en/search/?q=%E9%9D%A2%E6%8E%A5" lang="en"' in html
