"""#14 item 9: an autosave (or a plain POST) with more rows than the editor reads says so.

The editor reads at most ``ROW_LIMIT`` rows of a repeat from one submission; before this change an
autosave with 4,000 rows answered 200 with 「下書きを自動保存しました」 and silently kept 200."""

import pytest

from sheets.cards import SESSION_KEY
from sheets.definitions import get_definition
from sheets.editor.layout import ROW_LIMIT
from sheets.models import Card, SheetEntry
from tests.sheet_post import post_data

pytestmark = pytest.mark.django_db

SENT = 4000


def many_rows(count=SENT) -> dict:
    rows = [{"company_name": f"株式会社{index}"} for index in range(count)]
    return post_data(get_definition("2"), {"jobs": rows})


def stored_rows(client) -> list:
    key = client.session.get(SESSION_KEY)
    entry = SheetEntry.objects.get(card=Card.objects.for_anonymous_key(key).get(), sheet_code="2")
    return entry.current_data["jobs"]


def test_autosave_answer_says_which_rows_were_not_kept(client):
    response = client.post("/card/sheets/2/autosave/", many_rows(), HTTP_IF_MATCH='"0"')
    assert response.status_code == 200
    payload = response.json()
    assert len(stored_rows(client)) == ROW_LIMIT  # what is kept is unchanged ...
    (dropped,) = payload["dropped_rows"]  # ... but now said
    assert dropped["field"] == "jobs" and dropped["limit"] == ROW_LIMIT and dropped["sent"] == SENT
    section = get_definition("2").section_of("jobs").title
    assert section in payload["warning"]
    assert f"{ROW_LIMIT:,}行まで" in payload["warning"] and "3,800行は保存していません" in payload["warning"]


def test_autosave_within_the_limit_has_no_warning(client):
    response = client.post("/card/sheets/2/autosave/", many_rows(3), HTTP_IF_MATCH='"0"')
    assert response.status_code == 200
    assert "warning" not in response.json() and "dropped_rows" not in response.json()


def test_plain_post_shows_the_dropped_rows_on_the_page(client):
    payload = many_rows()
    payload.update({"lock_version": "0", "action": "draft"})
    response = client.post("/card/sheets/2/", payload, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "3,800行は保存していません" in html and f"{ROW_LIMIT:,}行まで" in html
    assert len(stored_rows(client)) == ROW_LIMIT
