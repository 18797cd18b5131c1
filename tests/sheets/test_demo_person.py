"""The demo job seeker (demo/data/person.py): a complete saved card to try every output at once."""

import pytest

from demo.data import person as data
from demo.loader import DemoLoader
from sheets.models import Card
from sheets.validation import validate

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def _card():
    return Card.objects.get(owner__email=data.PERSON["email"])


def test_the_demo_person_has_a_saved_valid_card_and_a_lifeline():
    card = _card()
    entries = {e.sheet_code: e for e in card.entries.all()}
    # 3-3-1-1: the demo company's evaluation in progress (demo/data/supporters.py)
    assert set(entries) == {"1-1", "2", "3-1", "3-2", "3-3-1-1"}
    for code, entry in entries.items():
        assert entry.saved_data is not None and entry.draft_data is None, code
        assert not validate(entry.definition, entry.saved_data).errors, code
    assert len(entries["2"].saved_data["jobs"]) == 3
    assert card.lifeline_points.count() == len(data.LIFELINE)
    assert card.owner.profile.address.startswith("神奈川県横浜市")


def test_loading_the_demo_again_adds_nothing_and_keeps_edits():
    card = _card()
    entry = card.entries.get(sheet_code="1-1")
    from sheets.services import save_version

    edited = {**entry.saved_data, "next_actions": "毎朝30分、仕訳の問題を解きます。"}
    save_version(entry, edited, entry.lock_version, card.owner)
    DemoLoader().run()
    assert Card.objects.filter(owner__email=data.PERSON["email"]).count() == 1
    assert card.entries.count() == 5 and card.lifeline_points.count() == len(data.LIFELINE)
    entry.refresh_from_db()
    assert entry.saved_data["next_actions"] == "毎朝30分、仕訳の問題を解きます。"


def test_the_demo_person_can_sign_in_and_download_their_resume(client):
    from tests.outputs.conftest import pdf_text

    assert client.login(email=data.PERSON["email"], password=data.PERSON["password"])
    response = client.get("/resume/download/pdf/")
    assert response.status_code == 200
    text = "".join("".join(pdf_text(response.content)).split())
    assert "佐藤美咲" in text and "さくら会計事務所" in text and "以上" in text
