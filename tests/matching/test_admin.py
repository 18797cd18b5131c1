import pytest
from django.contrib.auth import get_user_model

from matching.models import JobPosting

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_staff_moderate_postings_in_the_wagtail_admin(client, login_with_mfa):
    admin = get_user_model().objects.create_superuser(email="mod@example.jp", password="x-long-password-19")
    login_with_mfa(admin)
    posting = JobPosting.objects.order_by("-updated_at", "-pk").first()  # the first row of the list
    listing = client.get("/admin/snippets/matching/jobposting/?status=published")
    assert listing.status_code == 200
    assert posting.title in listing.content.decode()
    edit = client.get(f"/admin/snippets/matching/jobposting/edit/{posting.pk}/")
    assert edit.status_code == 200 and 'name="status"' in edit.content.decode()


def test_a_job_seeker_cannot_open_the_postings_admin(client):
    client.force_login(get_user_model().objects.get(email="misaki@example.jp"))
    response = client.get("/admin/snippets/matching/jobposting/")
    assert response.status_code in (302, 403)


def test_a_job_tag_version_that_drops_an_occupation_withdraws_its_postings():
    from matching.models import JobPosting

    posting = JobPosting.objects.filter(status=JobPosting.Status.PUBLISHED).first()
    occupation = posting.occupation
    occupation.delete()
    posting.refresh_from_db()
    assert posting.occupation is None
    assert posting.status == JobPosting.Status.WITHDRAWN
    assert posting.duties  # the company's texts are kept
