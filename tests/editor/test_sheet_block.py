"""The sheet-form block: a cached page shell plus the person's live fields fetched separately."""

import pytest

from content.blocks import SheetFormBlock
from sheets.cards import SESSION_KEY
from sheets.definitions import get_definition
from sheets.models import Card
from tests.sheet_post import post_data

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_block_shell_has_no_personal_data_and_points_at_the_box():
    block = SheetFormBlock()
    html = block.render(
        block.to_python({"sheet": "1-1", "box": "strengths", "intro": "強みを書いてみましょう。"})
    )
    assert "強み等（様式1）" in html
    assert "/card/sheets/1-1/fragment/?fields=strengths" in html
    assert 'href="/card/sheets/1-1/"' in html  # without JavaScript: a link to the editor


def test_fragment_shows_only_the_box_and_saving_it_leaves_the_rest(client):
    definition = get_definition("1-1")
    client.post(
        "/card/sheets/1-1/",
        {**post_data(definition, {"values_interests": "残る文", "strengths": "前の文"}), "lock_version": "0"},
    )
    html = client.get("/card/sheets/1-1/fragment/?fields=strengths&next=/guide/").content.decode()
    assert 'name="career_plan-strengths"' in html and "前の文" in html
    assert 'name="career_plan-values_interests"' not in html
    assert 'name="_fields" value="strengths"' in html
    card = Card.objects.for_anonymous_key(client.session[SESSION_KEY]).get()
    entry = card.entries.get()
    response = client.post(
        "/card/sheets/1-1/",
        {
            "career_plan-strengths": "新しい文",
            "_fields": "strengths",
            "lock_version": entry.lock_version,
            "next": "/guide/",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/guide/"
    entry.refresh_from_db()
    assert entry.draft_data["strengths"] == "新しい文"
    assert entry.draft_data["values_interests"] == "残る文"


def test_fragment_refuses_an_outside_next(client):
    html = client.get("/card/sheets/1-1/fragment/?next=https://evil.example/").content.decode()
    assert "evil.example" not in html


def test_the_how_to_page_offers_students_the_sheet_it_advises(client):
    html = client.get("/howto/howto-quick/").content.decode()
    assert "学生の方は3-2 → 3-1 → 1-2の順に" in html
    assert "/card/sheets/1-2/fragment/" in html
