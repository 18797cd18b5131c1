"""/occupations/ and /occupations/<id>/: search, browse, the occupation page with its charts and
tables, and the job tag credit line on every page."""

import re

import pytest
from django.urls import reverse

from occupations.models import DataVersion, Occupation

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def credit():
    return DataVersion.current().credit


def test_list_page_without_a_query_shows_the_groups_and_the_credit(client):
    response = client.get(reverse("occupations:list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>職業を調べる</h1>" in html
    assert "医療・看護・保健の職業" in html and "36職業" in html
    assert credit() in html


def test_search_lists_matches_with_the_alias_that_matched(client):
    response = client.get(reverse("occupations:list"), {"q": "がんもどき"})
    html = response.content.decode()
    assert "「がんもどき」に当てはまる職業：1件" in html
    assert "豆腐製造、豆腐職人" in html
    assert "別名「がんもどき製造工」に一致" in html
    assert credit() in html


def test_no_match_says_so(client):
    html = client.get(reverse("occupations:list"), {"q": "zzzzqqq"}).content.decode()
    assert "当てはまる職業は見つかりませんでした" in html


def test_a_too_long_query_gets_a_message_next_to_the_field_and_is_kept(client):
    query = "あ" * 51
    response = client.get(reverse("occupations:list"), {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="occupation-q-error"' in html and "50文字以内" in html
    assert f'value="{query}"' in html
    assert 'aria-invalid="true"' in html and "occupation-q-error occupation-q-hint" in html
    assert "<title>エラー：" in html


def test_an_empty_search_asks_for_a_word(client):
    html = client.get(reverse("occupations:list"), {"q": ""}).content.decode()
    assert "職業名や仕事の名前を入力してください。" in html


def test_browsing_a_group_pages_through_it(client):
    first = client.get(reverse("occupations:list"), {"group": "12"}).content.decode()
    assert "85件の職業" in first
    assert first.count('class="card"') == 20
    assert 'href="?group=12&amp;page=5"' in first
    last = client.get(reverse("occupations:list"), {"group": "12", "page": "5"}).content.decode()
    assert last.count('class="card"') == 5
    # An unknown group or page does not fail.
    assert client.get(reverse("occupations:list"), {"group": "99", "page": "x"}).status_code == 200


def test_search_within_a_group(client):
    everywhere = client.get(reverse("occupations:list"), {"q": "看護"}).content.decode()
    in_group = client.get(reverse("occupations:list"), {"q": "看護", "group": "04"}).content.decode()
    ids = [int(pk) for pk in re.findall(r'<h3 class="card__title"><a href="/occupations/(\d+)/"', in_group)]
    all_ids = [
        int(pk) for pk in re.findall(r'<h3 class="card__title"><a href="/occupations/(\d+)/"', everywhere)
    ]
    assert ids and set(Occupation.objects.filter(pk__in=ids).values_list("group", flat=True)) == {"04"}
    assert len(all_ids) > len(ids)
    assert "「医療・看護・保健の職業」の中から探します。" in in_group


def test_the_occupation_page(client):
    occupation = Occupation.objects.get(title="看護師")
    response = client.get(reverse("occupations:detail", args=[occupation.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>看護師</h1>" in html
    assert "医療・看護・保健の職業" in html  # the group in the breadcrumb and eyebrow
    assert occupation.summary in html
    for heading in (
        "どんな仕事か",
        "仕事の内容",
        "就くには",
        "関連する資格",
        "職業興味（6つの型）",
        "仕事価値観",
    ):
        assert f">{heading}</h2>" in html
    first_task = occupation.tasks.first().text
    assert f"<li>{first_task}</li>" in html
    assert f"<li>{occupation.qualifications[0]}</li>" in html
    assert f"「{occupation.riasec_code}」" in html
    assert credit() in html
    assert f'href="{occupation.jobtag_url}"' in html


def test_charts_are_svg_images_with_their_figures_in_a_table(client):
    occupation = Occupation.objects.get(title="看護師")
    html = client.get(reverse("occupations:detail", args=[occupation.pk])).content.decode()
    charts = re.findall(
        r'<svg class="chart[^"]*"[^>]*role="img"[^>]*>\s*<title id="[^"]+">([^<]+)</title>', html
    )
    assert charts == [
        "看護師の職業興味（6つの型）",
        "看護師の仕事価値観",
        "看護師で重要なスキル（上位10）",
    ]
    assert html.count('<table class="data-table">') == 3
    social = occupation.interests["social"]
    assert re.search(rf"社会的（S）.*?</th>\s*<td[^>]*>{social:.1f}</td>", html, re.S)
    # The top skill first, with its Japanese label.
    top = max(occupation.skills, key=occupation.skills.get)
    label = occupation.data_version.label("skills", top)
    assert html.index(f'<th scope="row">{label}</th>') < html.index("</table>", html.index("スキルの水準"))


def test_an_occupation_without_profiles_still_has_a_page(client):
    bare = Occupation.objects.filter(
        interests__isnull=True, work_values__isnull=True, skills__isnull=True
    ).first()
    html = client.get(reverse("occupations:detail", args=[bare.pk])).content.decode()
    assert "<svg" not in html.split('id="main"')[1]
    assert credit() in html


def test_unknown_occupation_is_404(client):
    assert client.get("/occupations/99999/").status_code == 404
