"""While a supporter writes their part, the person's changes wait — and the reverse — with a clear
message, never a silent overwrite; what the person typed stays on their screen (#15 item 3)."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from sharing.models import Share
from sheets.definitions import get_definition
from sheets.models import SheetEntry
from sheets.services import PartBeingWritten, save_draft, save_version
from tests.sheet_post import post_data

from .conftest import PERSON_1_1, mfa_client
from .test_sharing import receive, share_by_code

pytestmark = pytest.mark.django_db

CHANGED = {**PERSON_1_1, "strengths": "経理の実務経験と、後輩に仕事を教える力。"}


@pytest.fixture
def shared(person_client, consultant):
    client = mfa_client(consultant)
    receive(client, share_by_code(person_client, scope="organisation"))
    share = Share.objects.get(owner__email="hanako@example.jp")
    return client, share, reverse("supporter:sheet", args=[share.pk, "1-1"])


def entry_of(person):
    return SheetEntry.objects.get(card__owner=person, sheet_code="1-1")


def person_posts(person_client, person, action="draft"):
    entry = entry_of(person)
    body = post_data(get_definition("1-1"), CHANGED)
    body.update({"lock_version": entry.lock_version, "action": action})
    return person_client.post(reverse("jobcard_edit", args=["1-1"]), body)


def test_reading_holds_nothing_and_writing_is_taken_on_purpose(person, person_client, shared):
    client, share, url = shared
    page = client.get(url).content.decode()
    assert "記入欄に記入する" in page and 'name="consultant-consultant_comment"' not in page
    assert entry_of(person).writer_now() is None
    assert person_posts(person_client, person).status_code == 302  # the person is free

    save_version(entry_of(person), PERSON_1_1, entry_of(person).lock_version, person)  # no draft left
    assert client.post(url, {"action": "hold"}).status_code == 302
    page = client.get(url).content.decode()
    assert 'name="consultant-consultant_comment"' in page and "記入をやめる" in page
    holder = entry_of(person).writer_now()
    assert holder[0] == share.member.user_id and holder[1] == "ハローワーク品川の佐藤 相談員さん"
    assert holder[2] - timezone.now() > datetime.timedelta(minutes=19)


def test_the_person_waits_while_the_consultant_writes_and_keeps_what_they_typed(
    person, person_client, shared
):
    client, _, url = shared
    client.post(url, {"action": "hold"})
    before = entry_of(person)

    editor = person_client.get(reverse("jobcard_edit", args=["1-1"])).content.decode()
    assert "ハローワーク品川の佐藤 相談員さんがこの様式の記入欄を記入中です" in editor

    refused = person_posts(person_client, person)
    assert refused.status_code == 423
    html = refused.content.decode()
    assert "記入中のため" in html and "入力した内容はこの画面に残っています" in html
    assert "後輩に仕事を教える力" in html  # what the person typed comes back in the form

    autosave = person_client.post(
        reverse("jobcard_autosave", args=["1-1"]),
        post_data(get_definition("1-1"), CHANGED),
        HTTP_IF_MATCH=f'"{before.lock_version}"',
    )
    assert autosave.status_code == 423 and "記入中のため" in autosave.json()["message"]

    api = person_client.put(
        "/api/v1/card/sheets/1-1/",
        json.dumps({"data": CHANGED, "save": True}),
        content_type="application/json",
        HTTP_IF_MATCH=f'"{before.lock_version}"',
    )
    assert api.status_code == 423 and "記入中のため" in api.json()["detail"]

    after = entry_of(person)
    assert after.lock_version == before.lock_version and after.draft_data is None
    assert after.saved_data["strengths"] == PERSON_1_1["strengths"]  # nothing written


def test_the_consultants_save_or_stop_frees_the_sheet(person, person_client, shared):
    client, _, url = shared
    client.post(url, {"action": "hold"})
    entry = entry_of(person)
    saved = client.post(
        url,
        {
            "lock_version": entry.lock_version,
            "consultant-consultant_name": "佐藤 一郎",
            "consultant-consultant_comment": "経理の経験を活かし、簿記2級を目標にすることで合意しました。",
        },
    )
    assert saved.status_code == 302
    assert entry_of(person).writer_now() is None
    assert person_posts(person_client, person).status_code == 302

    save_version(entry_of(person), entry_of(person).current_data, entry_of(person).lock_version, person)
    client.post(url, {"action": "hold"})
    assert entry_of(person).writer_now() is not None
    assert client.post(url, {"action": "release"}).status_code == 302
    assert entry_of(person).writer_now() is None


def test_a_hold_runs_out(person, person_client, shared):
    client, _, url = shared
    client.post(url, {"action": "hold"})
    SheetEntry.objects.filter(pk=entry_of(person).pk).update(
        writing_until=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert person_posts(person_client, person).status_code == 302
    assert entry_of(person).draft_data["strengths"] == CHANGED["strengths"]


def test_the_consultant_waits_while_the_person_has_an_unsaved_draft(person, person_client, shared):
    client, _, url = shared
    entry = entry_of(person)
    save_draft(entry, CHANGED, entry.lock_version, person)
    page = client.get(client.post(url, {"action": "hold"}).url).content.decode()
    assert "ご本人がこの様式を編集中です" in page
    assert entry_of(person).writer_now() is None
    assert 'name="consultant-consultant_comment"' not in page


def test_a_colleague_waits_for_the_one_writing(person, shared, colleague):
    client, _, url = shared
    client.post(url, {"action": "hold"})
    other = mfa_client(colleague)
    page = other.get(url).content.decode()
    assert "ハローワーク品川の佐藤 相談員さんがこの様式を記入中です" in page
    assert "記入欄に記入する" not in page
    assert other.post(url, {"action": "hold"}).status_code == 302
    assert entry_of(person).writer_now()[0] != colleague.pk

    entry = entry_of(person)
    refused = other.post(
        url, {"lock_version": entry.lock_version, "consultant-consultant_comment": "上書きしようとした文"}
    )
    assert refused.status_code == 423
    assert "記入中のため" in refused.content.decode()
    assert "上書きしようとした文" in refused.content.decode()  # kept on their screen
    assert not entry_of(person).saved_data.get("consultant_comment")


def test_the_service_refuses_the_person_whatever_the_path(person, shared):
    client, _, url = shared
    client.post(url, {"action": "hold"})
    entry = entry_of(person)
    with pytest.raises(PartBeingWritten) as refused:
        save_version(entry, CHANGED, entry.lock_version, person)
    assert "ハローワーク品川の佐藤 相談員さん" in refused.value.message
    assert refused.value.errors == {"": [refused.value.message]}
