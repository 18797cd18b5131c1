"""job tag both ways (#18 item 6): every occupation page links to its job tag page by id; job tag can link
here by its own id (``/occupations/<id>/``) and start 様式2's duties from an occupation."""

import pytest
from django.urls import reverse

from forms.models import SheetEntry
from occupations.models import JOBTAG_DETAIL_URL, Occupation

pytestmark = pytest.mark.django_db


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
    # The picker of 職務内容 opens on the occupation (script) …
    assert f'data-start-url="/api/v1/occupations/{occupation.pk}/"' in html
    assert html.count("data-start-url=") == 1
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
