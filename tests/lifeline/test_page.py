"""/lifeline/: the request's own card only, works without JavaScript, Japanese errors, nothing lost."""

import pytest
from django.contrib.auth import get_user_model

from lifeline.models import LifelinePoint
from sheets.cards import SESSION_KEY
from sheets.models import Card
from tests.markup import squash

pytestmark = pytest.mark.django_db
URL = "/lifeline/"


@pytest.fixture
def points(db):
    """The life-line points written during the test (the demo person's card has some already)."""
    before = set(LifelinePoint.objects.values_list("pk", flat=True))
    return lambda: LifelinePoint.objects.exclude(pk__in=before)


def rows(*points, initial=0, total=None, prefix="points"):
    """POST data for the formset: points are (age, satisfaction, event[, id[, delete]])."""
    data = {
        f"{prefix}-TOTAL_FORMS": str(total if total is not None else len(points)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "50",
    }
    for i, point in enumerate(points):
        age, satisfaction, event, *rest = point
        data[f"{prefix}-{i}-age"] = str(age)
        data[f"{prefix}-{i}-satisfaction"] = str(satisfaction)
        data[f"{prefix}-{i}-event"] = event
        if rest:
            data[f"{prefix}-{i}-id"] = str(rest[0])
        if len(rest) > 1 and rest[1]:
            data[f"{prefix}-{i}-DELETE"] = "on"
    return data


def test_first_visit_shows_empty_rows_and_creates_no_card(client):
    cards = Card.objects.count()
    response = client.get(URL)
    assert response.status_code == 200
    html = squash(response.content.decode())
    assert "<h1>ライフラインチャート</h1>" in html
    assert html.count("data-lifeline-row>") == 5 + 1  # five rows and the template row
    assert 'name="points-0-age"' in html and 'name="points-4-event"' in html
    assert '<label class="form-field__label" for="id_points-0-satisfaction">満足度</label>' in html
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert Card.objects.count() == cards
    assert "<svg" not in html


def test_an_anonymous_visitor_saves_points_on_a_new_card(client):
    response = client.post(
        URL, rows((18, 40, "高校卒業"), (22, -30, "就職活動で苦労"), ("", "", ""), total=3)
    )
    assert response.status_code == 302 and response["Location"] == URL
    card = Card.objects.for_anonymous_key(client.session[SESSION_KEY]).get()
    assert card.owner is None
    assert list(card.lifeline_points.values_list("age", "satisfaction", "event")) == [
        (18, 40, "高校卒業"),
        (22, -30, "就職活動で苦労"),
    ]
    html = squash(client.get(URL).content.decode())
    assert "ライフラインチャートを保存しました。" in html
    assert (
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="lifeline-title lifeline-desc"'
        in html
    )
    assert "<caption>ライフラインチャートの内容</caption>" in html
    assert (
        '<th scope="row">22歳</th><td class="lifeline-table__value">−30</td><td>就職活動で苦労</td>' in html
    )
    assert 'value="高校卒業"' in html  # the saved rows come back to edit


def test_numbers_typed_in_full_width_are_read(client, points):
    client.post(URL, rows(("２５歳", "＋８０", "結婚"), ("３０", "−６０", "転職")))
    assert sorted(points().values_list("age", "satisfaction")) == [(25, 80), (30, -60)]


def test_errors_are_japanese_next_to_the_field_and_keep_the_input(client):
    cards = Card.objects.count()
    data = rows((130, 150, "あ" * 101), ("", "", "年齢を書き忘れた"), (30, 10, "正しい行"))
    response = client.post(URL, data)
    assert response.status_code == 200
    html = squash(response.content.decode())
    assert "<title>エラー：ライフラインチャート" in html
    assert "入力内容を確認してください" in html
    assert (
        '<p class="field-error" id="id_points-0-age-error"><span class="visually-hidden">エラー：</span>'
        "年齢は0〜120の数字で入力してください。</p>"
    ) in html
    assert 'aria-describedby="id_points-0-age-error lifeline-hint-age" aria-invalid="true"' in html
    assert "満足度は−100〜100の数字で入力してください。" in html
    assert "出来事は100文字以内で入力してください。" in html
    assert "年齢を入力してください。" in html and "満足度を入力してください。" in html
    assert '<a href="#id_points-1-age">出来事 2：年齢を入力してください。</a>' in html
    # Everything typed is still there, nothing was saved, no card was made.
    assert 'value="年齢を書き忘れた"' in html and 'value="正しい行"' in html and 'value="130"' in html
    assert Card.objects.count() == cards


def test_change_and_delete_points(client, points):
    client.post(URL, rows((10, 20, "小学校"), (20, 50, "大学入学")))
    first, second = points().order_by("age")
    response = client.post(
        URL, rows((12, 30, "小学校の運動会", first.pk), (20, 50, "大学入学", second.pk, True), initial=2)
    )
    assert response.status_code == 302
    assert list(points().values_list("age", "satisfaction", "event")) == [(12, 30, "小学校の運動会")]


def test_adding_rows_without_javascript_keeps_what_was_typed(client, points):
    response = client.post(URL, {**rows((18, 40, "高校卒業"), ("", "", "")), "add": "1"})
    assert response.status_code == 200
    html = squash(response.content.decode())
    assert 'value="高校卒業"' in html
    assert 'name="points-4-age"' in html and 'name="points-5-age"' not in html
    assert (
        'id="id_points-2-age" name="points-2-age" value="" step="1" min="0" max="120" '
        'inputmode="numeric" autofocus' in html
    )
    assert "field-error" not in html  # nothing was checked yet
    assert not points().exists()


def test_no_more_than_fifty_points(client, points):
    data = rows(*[(i, 0, f"出来事{i}") for i in range(51)])
    data["points-MAX_NUM_FORMS"] = "1000"
    response = client.post(URL, data)
    assert response.status_code == 200
    assert "記入できる出来事は50件までです。" in squash(response.content.decode())
    assert not points().exists()


def test_a_person_only_reaches_their_own_points(client, points):
    User = get_user_model()
    owner = User.objects.create_user(email="owner@example.com", password="x" * 20)
    other = User.objects.create_user(email="other@example.com", password="x" * 20)
    client.force_login(owner)
    client.post(URL, rows((30, 70, "昇進")))
    point = points().get()
    assert point.card.owner == owner

    client.force_login(other)
    html = squash(client.get(URL).content.decode())
    assert "昇進" not in html
    # Posting the owner's point id changes nothing: the formset only knows this card's points.
    client.post(URL, rows((31, -100, "書き換え", point.pk), initial=1))
    client.post(URL, rows((31, -100, "削除", point.pk, True), initial=1))
    point.refresh_from_db()
    assert (point.age, point.satisfaction, point.event) == (30, 70, "昇進")
    assert points().count() == 1


def test_the_page_is_in_english_too(client):
    assert client.get("/en/lifeline/").status_code == 200
