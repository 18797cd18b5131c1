"""job tag both ways (#18 item 6): every occupation page links to its job tag page by id; job tag can link
here by its own id (``/occupations/<id>/``) and start 様式2's duties from an occupation."""

import pytest
from django.urls import reverse

from occupations.models import JOBTAG_DETAIL_URL, Occupation
from sheets.models import SheetEntry

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_every_occupation_page_links_to_job_tag_by_its_id(client):
    occupation = Occupation.objects.get(title="看護師")
    html = client.get(f"/occupations/{occupation.pk}/").content.decode()
    assert f'href="https://shigoto.mhlw.go.jp/User/Occupation/Detail/{occupation.pk}"' in html
    assert "job tag（職業情報提供サイト）で「看護師」を見る" in html


def test_the_link_is_built_from_the_id_when_the_data_set_gave_no_address(client):
    occupation = Occupation.objects.order_by("pk").first()
    Occupation.objects.filter(pk=occupation.pk).update(jobtag_url="")
    html = client.get(reverse("occupations:detail", args=[occupation.pk])).content.decode()
    assert f'href="{JOBTAG_DETAIL_URL.format(id=occupation.pk)}"' in html
    api = client.get(f"/api/v1/occupations/{occupation.pk}/").json()
    assert api["jobtag_url"] == JOBTAG_DETAIL_URL.format(id=occupation.pk)


def test_every_imported_occupation_has_its_own_job_tag_number_as_its_address():
    """/occupations/<job tag id>/ is the deep link: the page's key is job tag's number."""
    for pk, url in Occupation.objects.values_list("pk", "jobtag_url"):
        assert url.rstrip("/").endswith(f"/Detail/{pk}"), (pk, url)


def test_a_deep_link_by_job_tag_id_serves_the_page_and_an_unknown_id_is_404(client):
    occupation = Occupation.objects.get(title="看護師")
    response = client.get(f"/occupations/{occupation.pk}/")
    assert response.status_code == 200
    assert "<h1>看護師</h1>" in response.content.decode()
    assert client.get("/occupations/999999/").status_code == 404


def test_the_occupation_page_offers_to_start_sheet_2_from_it(client):
    occupation = Occupation.objects.get(title="看護師")
    html = client.get(f"/occupations/{occupation.pk}/").content.decode()
    assert f'href="/card/sheets/2/?occupation={occupation.pk}"' in html
    assert "この職業で様式2の職務を書き始める" in html


def test_sheet_2_started_from_an_occupation_offers_its_tasks(client):
    occupation = Occupation.objects.get(title="看護師")
    tasks = list(occupation.tasks.values_list("text", flat=True))
    before = SheetEntry.objects.count()
    response = client.get(f"/card/sheets/2/?occupation={occupation.pk}")
    assert response.status_code == 200
    html = response.content.decode()
    # A blank row to write in (not a row template), whose 職務内容 picker opens on the occupation …
    assert 'name="jobs-TOTAL_FORMS" value="1"' in html
    attributes = " ".join(html.split())  # the tag's attributes as one line, however indented
    assert (
        'data-target="id_jobs-0-duties" data-mode="tasks" data-api-url="/api/v1/occupations/" '
        f'data-start-url="/api/v1/occupations/{occupation.pk}/"'
    ) in attributes
    assert html.count("data-start-url=") == 1
    preceding = html[: html.index("data-start-url=")]
    assert preceding.count("<template") == preceding.count("</template>")
    # … and without JavaScript its task lines are listed there.
    assert "「看護師」の仕事内容です。" in html
    for text in tasks:
        assert f"<li>{text}</li>" in html
    # Nothing is written to a card by opening it.
    assert SheetEntry.objects.count() == before


@pytest.mark.parametrize("value", ["999999", "abc", "-1", "1" * 30, ""])
def test_an_unknown_or_malformed_occupation_is_ignored(client, value):
    response = client.get("/card/sheets/2/", {"occupation": value})
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-start-url=" not in html
    assert "の仕事内容です。" not in html


def test_a_person_with_jobs_gets_a_new_row_after_theirs_and_nothing_is_saved(client, django_user_model):
    from sheets.models import Card
    from sheets.services import save_version, start_entry

    user = django_user_model.objects.create_user("kango@example.jp", "pw-for-tests-2026")
    entry = start_entry(Card.objects.create(owner=user), "2")
    jobs = [
        {"period_from": "2015-04", "period_to": "2020-03", "company_name": "みなと病院"},
        {"period_from": "2020-04", "period_to": "present", "company_name": "さくら診療所"},
    ]
    save_version(entry, {"jobs": jobs}, entry.lock_version, user)
    client.force_login(user)
    occupation = Occupation.objects.get(title="看護師")
    html = client.get(f"/card/sheets/2/?occupation={occupation.pk}").content.decode()
    assert 'name="jobs-TOTAL_FORMS" value="3"' in html
    assert 'data-target="id_jobs-2-duties" data-mode="tasks"' in html
    start = html.index("data-start-url=")
    picker = html.rindex("data-occupation-picker data-target=", 0, start)
    assert html[picker:].startswith('data-occupation-picker data-target="id_jobs-2-duties"')
    entry.refresh_from_db()
    assert entry.saved_data["jobs"] == jobs and entry.draft_data is None
    # Without the occupation the page is as before.
    assert 'name="jobs-TOTAL_FORMS" value="2"' in client.get("/card/sheets/2/").content.decode()
