"""The person's agreement (本人同意) to what a company wrote — 3-3's evaluation and 様式2's 企業による
確認 — and 3-3's technical rows: the company adds them, the person rates them."""

import pytest
from django.urls import reverse

from sharing.agreement import awaiting_agreement
from sharing.models import Share
from sheets.definitions import get_definition
from sheets.definitions.base import Writer
from sheets.editor.layout import read_submission
from sheets.models import Card, SheetEntry
from sheets.services import save_version, start_entry

from .conftest import mfa_client
from .test_evaluation import company_post
from .test_sharing import receive, share_by_code

pytestmark = pytest.mark.django_db

ROWS = [
    ("仕訳・伝票処理", "取引を正しく仕訳し、伝票を期限までに起票できる。", "A"),
    ("月次決算の補助", "試算表を作成し、前月との差異を説明できる。", "B"),
]


def technical_post(lock, rows=ROWS, extra_total=0):
    data = company_post(lock, {})
    data["technical_basic-TOTAL_FORMS"] = str(len(rows) + extra_total)
    for i, (unit, criterion, rating) in enumerate(rows):
        data[f"technical_basic-{i}-ORIGIN"] = str(i)  # as the form sends it: the row it was
        data[f"technical_basic-{i}-unit"] = unit
        data[f"technical_basic-{i}-criterion"] = criterion
        data[f"technical_basic-{i}-company_rating"] = rating
    return data


@pytest.fixture
def company(person_client, other_supporter):
    client = mfa_client(other_supporter)
    receive(client, share_by_code(person_client, sheets=("3-3-1-1",), scope="organisation"))
    share = Share.objects.get(owner__email="hanako@example.jp")
    return client, reverse("supporter:sheet", args=[share.pk, "3-3-1-1"])


def test_the_company_adds_technical_rows_and_the_person_rates_them(person, company):
    client, url = company
    # without JavaScript: 「行を追加」 brings the form back with a new row, nothing saved
    page = client.post(url, {**technical_post(0, rows=ROWS[:1]), "action": "add:technical_basic"})
    assert page.status_code == 200
    assert 'name="technical_basic-1-unit"' in page.content.decode()
    assert not SheetEntry.objects.filter(card__owner=person, sheet_code="3-3-1-1").exists()

    assert client.post(url, technical_post(0)).status_code == 302
    entry = SheetEntry.objects.get(card__owner=person, sheet_code="3-3-1-1")
    rows = entry.saved_data["technical_basic"]
    assert [(r["unit"], r["company_rating"]) for r in rows] == [
        ("仕訳・伝票処理", "A"),
        ("月次決算の補助", "B"),
    ]
    assert not any(r.get("self_rating") for r in rows)

    # The person rates the rows; they can neither add nor drop one.
    definition = get_definition("3-3-1-1")
    post = {
        "technical_basic-TOTAL_FORMS": "3",
        "technical_basic-0-self_rating": "A",
        "technical_basic-1-self_rating": "A",
        "technical_basic-2-unit": "勝手に足した行",
        "technical_basic-1-unit": "書き換え",
    }
    data = read_submission(definition, post, entry.saved_data, role=Writer.PERSON)
    assert [r["self_rating"] for r in data["technical_basic"]] == ["A", "A"]
    assert [r["unit"] for r in data["technical_basic"]] == ["仕訳・伝票処理", "月次決算の補助"]
    save_version(entry, data, entry.lock_version, person)
    entry.refresh_from_db()

    # A company rating (B) differing from the self-rating (A) needs 総評, as for the basic abilities.
    refused = client.post(url, technical_post(entry.lock_version))
    assert refused.status_code == 400
    assert "総評に、評価が異なる理由を書いてください" in refused.content.decode()


def test_the_person_agrees_to_the_evaluation_and_a_change_by_the_company_clears_it(person, company):
    client, url = company
    client.post(url, technical_post(0, rows=ROWS[:1]))
    entry = SheetEntry.objects.get(card__owner=person, sheet_code="3-3-1-1")
    waiting = {item["section"] for item in awaiting_agreement(person) if item["code"] == "3-3-1-1"}
    assert "本人同意" in waiting

    data = dict(entry.saved_data, person_agreed=True)
    data["technical_basic"][0]["self_rating"] = "A"
    save_version(entry, data, entry.lock_version, person)
    entry.refresh_from_db()
    assert entry.saved_data["person_agreed"] is True
    assert "本人同意" not in {i["section"] for i in awaiting_agreement(person) if i["code"] == "3-3-1-1"}

    # the person's own answers keep the agreement
    data = dict(entry.saved_data)
    data["basic_abilities"]["teamwork"]["c1"]["self_rating"] = "A"
    save_version(entry, data, entry.lock_version, person)
    entry.refresh_from_db()
    assert entry.saved_data["person_agreed"] is True

    # the company changes its 総評: the agreement no longer holds
    post = technical_post(entry.lock_version, rows=ROWS[:1])
    post["overall-overall_comment"] = "期限を守り、丁寧に仕事を進めました。"
    assert client.post(url, post).status_code == 302
    entry.refresh_from_db()
    assert entry.saved_data["person_agreed"] is False
    assert "本人同意" in {i["section"] for i in awaiting_agreement(person) if i["code"] == "3-3-1-1"}


def test_the_company_confirms_sheet_2_and_the_person_agrees(
    person, person_client, other_supporter, consultant
):
    entry = start_entry(Card.objects.filter(owner=person).first(), "2")
    save_version(
        entry,
        {
            "jobs": [
                {
                    "period_from": "2019-04",
                    "period_to": "2024-03",
                    "company_name": "みなと商事",
                    "duties": "経理",
                }
            ]
        },
        entry.lock_version,
        person,
    )
    client = mfa_client(other_supporter)
    receive(client, share_by_code(person_client, sheets=("2",), scope="organisation"))
    share = Share.objects.get(owner=person)
    url = reverse("supporter:sheet", args=[share.pk, "2"])
    assert "記入欄に記入する" in client.get(url).content.decode()  # reading holds nothing
    page = client.get(client.post(url, {"action": "hold"}).url).content.decode()
    assert 'name="employer_confirmation-confirmation_company"' in page
    assert 'name="employer_confirmation-person_agreed"' not in page  # the person's
    entry.refresh_from_db()
    response = client.post(
        url,
        {
            "lock_version": entry.lock_version,
            "employer_confirmation-confirmation_company": "株式会社みなと商事",
            "employer_confirmation-confirmation_person": "人事部 高橋",
            "employer_confirmation-confirmation_date": "2026-11-30",
            "employer_confirmation-person_agreed": "on",  # not theirs: ignored
        },
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.saved_data["confirmation_company"] == "株式会社みなと商事"
    assert not entry.saved_data.get("person_agreed")
    assert entry.saved_data["jobs"][0]["duties"] == "経理"
    assert "企業による確認" in {i["section"] for i in awaiting_agreement(person) if i["code"] == "2"}

    save_version(entry, dict(entry.saved_data, person_agreed=True), entry.lock_version, person)
    assert "企業による確認" not in {i["section"] for i in awaiting_agreement(person) if i["code"] == "2"}
