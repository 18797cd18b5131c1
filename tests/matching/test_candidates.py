"""「この方が合う理由」: a company sees opted-in people for its posting, anonymised — the person's
chosen items and the score's parts in words with their sources, nothing else — and every view is
recorded for the person."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from matching.models import JobPosting, MatchingProfile, MatchingRecord, OfferBlock

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

NEW = reverse("matching:company_posting_new")


@pytest.fixture
def misaki():
    return get_user_model().objects.get(email="misaki@example.jp")


@pytest.fixture
def posting(recruiter_client, posting_data, company):
    data, _lines = posting_data
    recruiter_client.post(NEW, data)
    return JobPosting.objects.get(organisation=company)


def _opt_in(user, **shown):
    return MatchingProfile.objects.update_or_create(
        user=user, defaults={"discoverable": True, "prefecture": "神奈川県", **shown}
    )[0]


def _candidates(client, posting):
    response = client.get(reverse("matching:company_candidates", args=[posting.pk]))
    assert response.status_code == 200
    return response.content.decode()


def _main(body):
    return body.split("<main", 1)[1].split("</main>", 1)[0] if "<main" in body else body


def _list(body):
    return body.split('<ol class="match-list">', 1)[1].split("</ol>\n", 1)[0]


def test_only_opted_in_people_are_candidates(recruiter_client, posting, misaki):
    assert "いま、この求人の候補者はいません。" in _candidates(recruiter_client, posting)
    MatchingProfile.objects.create(user=misaki, discoverable=False)
    assert "いま、この求人の候補者はいません。" in _candidates(recruiter_client, posting)
    _opt_in(misaki)
    body = _candidates(recruiter_client, posting)
    assert "候補者 " in body and "この方が合う理由" in body


def test_a_candidate_is_anonymised_to_the_items_the_person_chose(recruiter_client, posting, misaki):
    _opt_in(
        misaki, show_work_history=True, show_qualifications=True, show_diagnosis=False, show_prefecture=True
    )
    main = _main(_candidates(recruiter_client, posting))
    # Chosen items: work history without company names or dates, licences, the prefecture.
    assert "請求書の発行（月約300件）" in main
    assert "日商簿記検定3級" in main
    assert "神奈川県" in main
    assert re.search(r"約\d+年", main)
    # Never: name, e-mail, birth date or age, the address beyond the prefecture, phone, company
    # names and departments of 様式2, the dates of the jobs.
    secrets = ("佐藤", "美咲", "misaki@", "1991", "横浜市中区", "山下町", "090-2468")
    secrets += ("株式会社みなと商事", "横浜みらい信用金庫", "総務部", "2014-04", "2019")
    for secret in secrets:
        assert secret not in main, secret
    # The parts in words with their sources; the interest part is hidden (not shown by the person).
    assert "根拠" in main and "様式2" in main and "様式3-1" in main
    assert "ご本人が非公開にしている項目です。" in main
    assert "希望の内容は表示しません" in main  # the conditions part never shows the wishes


def test_hidden_items_show_neither_words_nor_points(recruiter_client, posting, misaki):
    _opt_in(misaki, show_work_history=False, show_qualifications=False, show_prefecture=False)
    main = _main(_candidates(recruiter_client, posting))
    assert "請求書の発行" not in main and "日商簿記検定3級" not in main
    assert "神奈川県" not in main.split("候補者 ", 1)[1]  # the posting's own place is above the list
    assert main.count("ご本人が非公開にしている項目です。") == 4  # duties, experience, licences, interests


def test_changing_protected_attributes_changes_nothing_the_company_sees(recruiter_client, posting, misaki):
    _opt_in(misaki, show_diagnosis=True)
    before = _list(_candidates(recruiter_client, posting))
    assert "候補者 " in before
    profile = misaki.profile
    profile.gender, profile.birth_date = "男性", datetime.date(1960, 1, 1)
    profile.address = "神奈川県川崎市川崎区1-1"
    profile.save()
    misaki.last_name, misaki.first_name = "Smith", "John"
    misaki.save()
    assert _list(_candidates(recruiter_client, posting)) == before


def test_a_person_who_blocked_the_company_disappears_without_a_word(
    recruiter_client, posting, misaki, company
):
    _opt_in(misaki)
    assert "候補者 " in _candidates(recruiter_client, posting)
    OfferBlock.objects.create(person=misaki, organisation=company)
    assert "いま、この求人の候補者はいません。" in _candidates(recruiter_client, posting)


def test_every_view_is_recorded_for_the_person_once_a_day(recruiter_client, posting, misaki, client):
    _opt_in(misaki)
    _candidates(recruiter_client, posting)
    _candidates(recruiter_client, posting)
    records = MatchingRecord.objects.filter(person=misaki, action=MatchingRecord.Action.LISTED)
    assert records.count() == 1
    assert records.get().organisation_name == "株式会社さくら事務センター"
    client.force_login(misaki)
    body = client.get(reverse("matching:offers")).content.decode()
    assert "株式会社さくら事務センター" in body and "匿名のプロフィールと合う理由を見ました" in body


def test_another_company_sees_no_candidates_of_this_posting(other_company_client, posting, misaki):
    _opt_in(misaki)
    assert (
        other_company_client.get(reverse("matching:company_candidates", args=[posting.pk])).status_code == 404
    )
