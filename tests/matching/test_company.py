"""The company side of postings: who may write them, Japanese validation with nothing lost, the
status a save leads to, closing, and staff moderation."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django.urls import reverse

from matching.models import JobPosting
from matching.service import published
from sharing.models import Membership, Organisation
from tests.sharing.conftest import make_user, mfa_client

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

NEW = reverse("matching:company_posting_new")


def test_only_a_verified_member_of_an_approved_company_reaches_the_company_pages(
    client, django_user_model, recruiter
):
    assert client.get(NEW).status_code == 302 and "/accounts/login/" in client.get(NEW)["Location"]
    client.force_login(get_user_model().objects.get(email="misaki@example.jp"))
    assert client.get(NEW).status_code == 403  # a job seeker
    password_only = Client()
    password_only.force_login(recruiter)  # no authenticator yet: sent to set one up
    assert "/2fa/totp/activate/" in password_only.get(NEW)["Location"]
    consultant = make_user(django_user_model, "cc@hw.example.jp")
    hw = Organisation.objects.create(name="ハローワーク品川", kind="consultant", status="approved")
    Membership.objects.create(organisation=hw, user=consultant, display_name="相談員")
    assert mfa_client(consultant).get(NEW).status_code == 403  # a supporter, but not a company
    pending = make_user(django_user_model, "new@pending.example.jp")
    org = Organisation.objects.create(name="承認待ちの会社", kind="company")
    Membership.objects.create(organisation=org, user=pending, display_name="担当")
    assert mfa_client(pending).get(NEW).status_code == 403
    assert mfa_client(recruiter).get(NEW).status_code == 200


def test_a_member_posts_a_structured_job_that_is_published_and_matched(
    recruiter_client, company, recruiter, posting_data
):
    data, task_lines = posting_data
    response = recruiter_client.post(NEW, data)
    assert response.status_code == 302
    posting = JobPosting.objects.get(organisation=company)
    assert posting.status == JobPosting.Status.PUBLISHED
    assert posting.company_name == company.name and posting.created_by == recruiter
    assert posting.occupation.title == "経理事務"
    assert posting.duties == [*task_lines, "会計ソフトへの仕訳入力をする。"]
    assert posting.preferred_licences == ["日商簿記2級"]  # as job tag writes it
    assert (posting.experience_years, posting.wage_min, posting.wage_max) == (2, 220000, 300000)
    assert posting in published()
    misaki = Client()
    misaki.force_login(get_user_model().objects.get(email="misaki@example.jp"))
    page = misaki.get(reverse("matching:detail", args=[posting.pk])).content.decode()
    assert "この求人があなたに合う理由" in page and "会計ソフトへの仕訳入力をする。" in page


def test_bad_input_is_explained_next_to_each_field_and_nothing_is_lost(recruiter_client, posting_data):
    data, _lines = posting_data
    bad = {
        **data,
        "occupation_name": "宇宙海賊",
        "required_text": "看護士",
        "wage_min": "400000",
        "wage_max": "300000",
        "experience_years": "abc",
        "hours_per_week": "90",
        "prefecture": "",
    }
    response = recruiter_client.post(NEW, bad)
    body = response.content.decode()
    assert response.status_code == 400
    assert "「宇宙海賊」という職業が job tag に見つかりません。" in body
    assert "「看護士」は免許・資格の一覧にありません。" in body and "看護師" in body  # the close name
    assert "求める経験年数は数字で入力してください。" in body
    assert "週の所定労働時間は60時間以下にしてください。" in body
    assert "勤務地の都道府県を選んでください。" in body
    assert 'class="field-error"' in body and "入力内容を確認してください" in body
    assert "経理事務（横浜市・正社員）" in body and "会計ソフトへの仕訳入力をする。" in body  # kept
    assert JobPosting.objects.filter(title=data["title"]).count() == 0
    fixed = {**data, "wage_min": "400000", "wage_max": "300000"}
    body = recruiter_client.post(NEW, fixed).content.decode()
    assert "賃金の上限は、下限以上にしてください。" in body
    none = {**data, "tasks": [], "duties_text": ""}
    body = recruiter_client.post(NEW, none).content.decode()
    assert "仕事の内容を、job tag のタスクから選ぶか、自由記述で1つ以上書いてください。" in body


def test_showing_the_occupations_tasks_keeps_the_input_and_shows_no_error(recruiter_client, posting_data):
    data, lines = posting_data
    response = recruiter_client.post(NEW, {**data, "tasks": [], "action": "tasks"})
    body = response.content.decode()
    assert response.status_code == 200
    assert lines[0] in body and 'name="tasks"' in body
    assert "入力内容を確認してください" not in body
    assert 'value="経理事務（横浜市・正社員）"' in body
    assert JobPosting.objects.filter(title=data["title"]).count() == 0


def test_edit_close_and_another_company_cannot_touch_it(recruiter_client, other_company_client, posting_data):
    data, _lines = posting_data
    recruiter_client.post(NEW, data)
    posting = JobPosting.objects.get(title=data["title"])
    edit = reverse("matching:company_posting_edit", args=[posting.pk])
    form = recruiter_client.get(edit).content.decode()
    assert 'value="経理事務"' in form and "会計ソフトへの仕訳入力をする。" in form
    assert other_company_client.get(edit).status_code == 404
    assert (
        other_company_client.post(reverse("matching:company_posting_close", args=[posting.pk])).status_code
        == 404
    )
    recruiter_client.post(edit, {**data, "title": "経理事務（横浜市・正社員・急募）"})
    posting.refresh_from_db()
    assert posting.title.endswith("急募）") and posting.status == JobPosting.Status.PUBLISHED
    recruiter_client.post(reverse("matching:company_posting_close", args=[posting.pk]))
    posting.refresh_from_db()
    assert posting.status == JobPosting.Status.WITHDRAWN and posting not in published()


def test_a_posting_staff_stopped_goes_back_to_review_when_edited(recruiter_client, posting_data):
    data, _lines = posting_data
    recruiter_client.post(NEW, data)
    posting = JobPosting.objects.get(title=data["title"])
    posting.status, posting.moderation_note = JobPosting.Status.SUSPENDED, "賃金の記載を確認してください。"
    posting.save()
    assert posting not in published()
    home = recruiter_client.get(reverse("matching:company_home")).content.decode()
    assert "停止" in home and "賃金の記載を確認してください。" in home
    recruiter_client.post(reverse("matching:company_posting_edit", args=[posting.pk]), data)
    posting.refresh_from_db()
    assert posting.status == JobPosting.Status.REVIEW and posting not in published()


@override_settings(MATCHING_REVIEW_BEFORE_PUBLISHING=True)
def test_with_review_before_publishing_a_new_posting_waits_for_staff(recruiter_client, posting_data):
    data, _lines = posting_data
    response = recruiter_client.post(NEW, data, follow=True)
    assert "運営の確認のあと公開されます。" in response.content.decode()
    assert JobPosting.objects.get(title=data["title"]).status == JobPosting.Status.REVIEW


def test_staff_moderate_with_the_three_statuses_in_the_admin(
    client, login_with_mfa, recruiter_client, posting_data
):
    data, _lines = posting_data
    recruiter_client.post(NEW, data)
    posting = JobPosting.objects.get(title=data["title"])
    admin = get_user_model().objects.create_superuser(email="mod2@example.jp", password="x-long-password-19")
    login_with_mfa(admin)
    edit = client.get(f"/admin/snippets/matching/jobposting/edit/{posting.pk}/").content.decode()
    for label in ("公開", "審査中", "停止"):
        assert f">{label}</option>" in edit
    listing = client.get("/admin/snippets/matching/jobposting/?status=published").content.decode()
    assert data["title"] in listing
