import datetime

import pytest
from django.urls import reverse

from accounts.models import User
from matching.models import JobPosting, MatchingProfile
from matching.service import recommendations
from resumes.models import ResumeDraft
from sheets.models import SheetEntry

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture
def misaki():
    return User.objects.get(email="misaki@example.jp")


def scores(user):
    return [
        (posting.pk, match.total, tuple(p.points for p in match.parts))
        for posting, match in recommendations(user)
    ]


def test_demo_holds_200_published_postings_built_from_job_tag():
    postings = JobPosting.objects.filter(demo_key__startswith="demo-")
    assert postings.count() == 200
    assert postings.filter(status="published").count() == 200
    first = postings.get(demo_key="demo-000")
    tasks = set(first.occupation.tasks.values_list("text", flat=True))
    assert first.duty_lines and set(first.duty_lines) <= tasks
    assert postings.values("occupation").distinct().count() > 150


def test_demo_postings_are_deterministic():
    from demo.loaders.matching import load_postings

    before = list(
        JobPosting.objects.order_by("demo_key").values_list("demo_key", "title", "prefecture", "duties")
    )
    load_postings()
    after = list(
        JobPosting.objects.order_by("demo_key").values_list("demo_key", "title", "prefecture", "duties")
    )
    assert before == after


def test_recommendations_page_shows_reasons_and_sources(client, misaki):
    assert client.get(reverse("matching:index")).status_code == 302  # sign-in needed
    client.force_login(misaki)
    response = client.get(reverse("matching:index"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "この求人があなたに合う理由" in body
    assert "根拠" in body and "様式" in body
    assert "オフ" in body  # not discoverable by default
    top_posting, top = recommendations(misaki)[0]
    assert top_posting.title in body and f"合う度合い {top.total}点" in body


def test_detail_lists_gaps_with_next_steps_and_withdrawn_is_hidden(client, misaki):
    posting = JobPosting.objects.filter(status="published").exclude(required_licences=[]).first()
    client.force_login(misaki)
    body = client.get(reverse("matching:detail", args=[posting.pk])).content.decode()
    assert "足りないもの" in body and posting.required_licences[0] in body
    assert "ハロートレーニング" in body
    posting.status = JobPosting.Status.WITHDRAWN
    posting.save()
    assert client.get(reverse("matching:detail", args=[posting.pk])).status_code == 404
    assert posting.pk not in [p.pk for p, _m in recommendations(misaki, k=500)]


def test_opt_in_is_off_by_default_and_saved_with_wishes(client, misaki):
    client.force_login(misaki)
    assert not MatchingProfile.objects.filter(user=misaki).exists()
    response = client.get(reverse("matching:settings"))
    assert 'name="discoverable"' in response.content.decode()
    assert "checked" not in response.content.decode().split('name="discoverable"')[1][:40]
    response = client.post(
        reverse("matching:settings"),
        {"discoverable": "on", "prefecture": "神奈川県", "employment_types": ["regular"], "occupation_lines": "一般事務 5",  # noqa: E501
         "show_work_history": "on", "max_hours_per_week": "40"},
    )  # fmt: skip
    assert response.status_code == 302
    profile = MatchingProfile.objects.get(user=misaki)
    assert profile.discoverable and profile.prefecture == "神奈川県"
    assert profile.occupations[0]["years"] == 5


def test_bad_occupation_line_is_explained_and_input_kept(client, misaki):
    client.force_login(misaki)
    response = client.post(
        reverse("matching:settings"), {"prefecture": "大阪府", "occupation_lines": "宇宙海賊 3"}
    )
    body = response.content.decode()
    assert response.status_code == 400  # said next to the field, input kept
    assert "「宇宙海賊」という職業が job tag に見つかりません。" in body
    assert 'value="大阪府" selected' in body
    assert not MatchingProfile.objects.filter(user=misaki).exists()


def test_counterfactual_protected_attributes_change_no_score(misaki):
    MatchingProfile.objects.create(user=misaki, discoverable=True, prefecture="神奈川県")
    before = scores(misaki)
    profile = misaki.profile
    for gender, birth, address in (
        ("男性", "1960-01-01", "沖縄県那覇市1-1"),
        ("女性", "2004-12-31", "北海道札幌市"),
    ):
        profile.gender = gender
        profile.birth_date = datetime.date.fromisoformat(birth)
        profile.address = address
        profile.save()
        misaki.first_name, misaki.last_name = "Nguyen", "Van An"
        misaki.save()
        ResumeDraft.objects.filter(card__owner=misaki).update(photo=b"\xff\xd8fakejpeg")
        assert scores(misaki) == before
    # The company name in 様式2 is not read either.
    entry = SheetEntry.objects.get(card__owner=misaki, sheet_code="2")
    entry.saved_data["jobs"][0]["company_name"] = "株式会社まったく別の名前"
    entry.save()
    assert scores(misaki) == before


def test_matching_settings_are_in_the_personal_data_download_and_go_with_the_account(misaki):
    from accounts.export import build_export

    assert build_export(misaki).get("matching") is None
    MatchingProfile.objects.create(
        user=misaki, discoverable=True, prefecture="神奈川県", occupations=[{"id": 1, "years": 2}]
    )
    data = build_export(misaki)["matching"]
    assert data["discoverable"] is True and data["occupations"] == [{"id": 1, "years": 2}]
    misaki.delete()
    assert not MatchingProfile.objects.exists()
