"""様式3-3-1-1 between a company and the person: the company starts it and writes its ratings and 総評,
the person writes the 自己評価; a different rating must be explained in 総評; the PDF shows both."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from outputs.exports import card_picks, export_pdf
from sharing.models import Share
from sheets.models import SheetEntry
from sheets.services import save_version

from .conftest import mfa_client
from .test_sharing import receive, share_by_code

pytestmark = pytest.mark.django_db

UNITS = ("teamwork", "challenge", "thinking")


def company_post(entry_lock, ratings: dict, comment=""):
    data = {
        "lock_version": entry_lock,
        "duties-company_name": "株式会社みなと商事",
        "duties-duty_content": "経理課で伝票入力、月次の試算表づくり、取引先への請求書発行を担当。",
        "overall-overall_comment": comment,
        "roles-evaluator_name": "人事 高橋",
    }
    for unit in UNITS:
        for i in range(1, 5):
            data[f"basic_abilities-basic_abilities__{unit}__c{i}__company_rating"] = ratings.get(
                (unit, i), "A"
            )
    return data


def _sheet_url(share):
    return reverse("supporter:sheet", args=[share.pk, "3-3-1-1"])


@pytest.fixture
def company_share(person_client, other_supporter):
    client = mfa_client(other_supporter)
    receive(client, share_by_code(person_client, sheets=("3-3-1-1",), scope="organisation"))
    return client, Share.objects.get(owner__email="hanako@example.jp")


def test_the_company_starts_the_sheet_and_writes_its_parts_only(person, company_share):
    client, share = company_share
    assert "記入欄に記入する" in client.get(_sheet_url(share)).content.decode()
    page = client.get(client.post(_sheet_url(share), {"action": "hold"}).url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "basic_abilities__teamwork__c1__company_rating" in html
    assert "basic_abilities__teamwork__c1__self_rating" not in html  # the person's column: shown only

    post = company_post(0, {})
    post["basic_abilities-basic_abilities__teamwork__c1__self_rating"] = "A"  # not theirs: ignored
    assert client.post(_sheet_url(share), post).status_code == 302
    entry = SheetEntry.objects.get(card__owner=person, sheet_code="3-3-1-1")
    assert entry.saved_data["basic_abilities"]["teamwork"]["c1"]["company_rating"] == "A"
    assert not entry.saved_data["basic_abilities"]["teamwork"]["c1"].get("self_rating")
    assert entry.saved_data["company_name"] == "株式会社みなと商事"


def test_a_different_rating_needs_its_reason_in_the_overall_comment(person, person_client, company_share):
    client, share = company_share
    client.post(_sheet_url(share), company_post(0, {}))
    entry = SheetEntry.objects.get(card__owner=person, sheet_code="3-3-1-1")

    # The person writes the 自己評価 (my page asks for it), rating teamwork c2 as A.
    mypage = person_client.get(reverse("mypage")).content.decode()
    assert "自己評価（企業・訓練実施機関が評価を記入しました）" in mypage
    assert person_client.get(reverse("jobcard_edit", args=["3-3-1-1"])).status_code == 200
    data = entry.saved_data
    for unit in UNITS:
        for i in range(1, 5):
            data["basic_abilities"][unit][f"c{i}"]["self_rating"] = "A"
    save_version(entry, data, entry.lock_version, person)
    entry.refresh_from_db()

    changed = company_post(entry.lock_version, {("teamwork", 2): "B"})
    refused = client.post(_sheet_url(share), changed)
    assert refused.status_code == 400
    html = refused.content.decode()
    assert "総評に、評価が異なる理由を書いてください" in html
    assert "株式会社みなと商事" in html  # what the company typed is kept

    explained = company_post(
        entry.lock_version,
        {("teamwork", 2): "B"},
        comment="報告の時期が遅れることがあったため、Bとしました。",
    )
    assert client.post(_sheet_url(share), explained).status_code == 302
    entry.refresh_from_db()
    c2 = entry.saved_data["basic_abilities"]["teamwork"]["c2"]
    assert (c2["self_rating"], c2["company_rating"]) == ("A", "B")

    pdf = export_pdf(card_picks(entry.card), [])
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "報告の時期が遅れることがあったため" in text
    assert "株式会社みなと商事" in text


def test_a_consultant_cannot_start_an_evaluation_sheet(person_client, consultant):
    client = mfa_client(consultant)
    receive(client, share_by_code(person_client, sheets=("3-3-1-1",)))
    share = Share.objects.get(owner__email="hanako@example.jp")
    assert client.get(_sheet_url(share)).status_code == 404


@pytest.mark.parametrize("code", ["3-3-1-2", "3-3-2-1", "3-3-3"])
def test_every_evaluation_variant_is_started_by_the_company_in_its_own_structure(
    person, person_client, other_supporter, code
):
    from sheets.definitions import get_definition
    from tests.sheet_post import post_data

    client = mfa_client(other_supporter)
    receive(client, share_by_code(person_client, sheets=(code,), scope="organisation"))
    share = Share.objects.get(owner__email="hanako@example.jp")
    url = reverse("supporter:sheet", args=[share.pk, code])
    assert "記入欄に記入する" in client.get(url).content.decode()
    page = client.get(client.post(url, {"action": "hold"}).url).content.decode()
    definition = get_definition(code)
    first = definition.sections[0]
    assert f'name="{first.key}-{first.fields[0].key}"' in page  # 職務内容 or 訓練の概要

    values = {
        first.fields[0].key: "港湾職業能力開発センター" if first.key == "training" else "株式会社みなと商事"
    }
    body = post_data(definition, values)
    body["lock_version"] = SheetEntry.objects.get(card__owner=person, sheet_code=code).lock_version
    body["overall-overall_comment"] = "基礎的な事項を確実に身につけました。"
    assert client.post(url, body).status_code == 302
    saved = SheetEntry.objects.get(card__owner=person, sheet_code=code).saved_data
    assert saved[first.fields[0].key] == values[first.fields[0].key]
    assert saved["overall_comment"] == "基礎的な事項を確実に身につけました。"
    assert not saved.get("person_agreed")  # not final before the person agrees


def test_a_training_body_adds_the_subjects_of_3_3_4(person, person_client, other_supporter):
    client = mfa_client(other_supporter)
    receive(client, share_by_code(person_client, sheets=("3-3-4",), scope="organisation"))
    share = Share.objects.get(owner__email="hanako@example.jp")
    url = reverse("supporter:sheet", args=[share.pk, "3-3-4"])
    client.post(url, {"action": "hold"})
    entry = SheetEntry.objects.get(card__owner=person, sheet_code="3-3-4")
    body = {
        "lock_version": entry.lock_version,
        "training-institution_name": "港湾職業能力開発センター",
        "subjects-TOTAL_FORMS": "1",
        "subjects-INITIAL_FORMS": "0",
        "subjects-0-name": "簿記会計",
        "subjects-0-hours": "48時間",
        "subjects-0-company_rating": "A",
    }
    assert client.post(url, body).status_code == 302
    entry.refresh_from_db()
    assert entry.saved_data["subjects"][0]["name"] == "簿記会計"
    assert entry.saved_data["subjects"][0]["company_rating"] == "A"
