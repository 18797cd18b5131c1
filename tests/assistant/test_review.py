"""「質問のまとめ」: editors see unanswered and 👎 questions grouped, and start a FAQ entry from a group."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from assistant.models import AssistantQuestion
from assistant.review import bigrams, group_questions, jaccard

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

URL = "/admin/assistant/review/"


@pytest.fixture
def editor_client(client, login_with_mfa):
    login_with_mfa(get_user_model().objects.get(email="editor@example.jp"))
    return client


def _ask(text, outcome="unknown", helpful=None, days_ago=0):
    question = AssistantQuestion.objects.create(question=text, outcome=outcome, helpful=helpful)
    if days_ago:
        AssistantQuestion.objects.filter(pk=question.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=days_ago)
        )
        question.refresh_from_db()
    return question


@pytest.fixture
def asked():
    return {
        "print": [
            _ask("スマホで印刷できますか", days_ago=3),
            _ask("スマホから印刷したい", days_ago=2),
            _ask("すまほで印刷する方法", outcome="answered", helpful=False, days_ago=1),
        ],
        "hellowork": [
            _ask("ハロワで手伝ってもらえる？", days_ago=5),
            _ask("ハローワークで手伝ってもらえますか", outcome="answered", helpful=False, days_ago=4),
        ],
        "alone": [_ask("点字版はありますか", days_ago=1)],
        "fine": [_ask("スマホで印刷はできる？", outcome="answered", helpful=True)],
        "old": [_ask("スマホで印刷できないの？", days_ago=200)],
    }


def test_similar_questions_fall_in_one_group(asked):
    questions = [q for key in ("print", "hellowork", "alone") for q in asked[key]]
    groups = group_questions(questions)
    as_sets = [{q.question for q in group.questions} for group in groups]
    assert {q.question for q in asked["print"]} in as_sets
    assert {q.question for q in asked["hellowork"]} in as_sets
    assert {"点字版はありますか"} in as_sets
    assert groups[0].count == 3  # the largest first
    assert groups[0].representative.question == "すまほで印刷する方法"  # the newest wording
    assert (groups[0].unanswered, groups[0].unhelpful) == (2, 1)


def test_kana_and_spelling_variants_share_pairs():
    assert jaccard(bigrams("パスワードを忘れた"), bigrams("ぱすわーど忘れました")) >= 0.5
    assert jaccard(bigrams("パスワードを忘れた"), bigrams("スマホで印刷できますか")) == 0


def test_editors_see_the_groups_with_counts_and_a_button(editor_client, asked):
    response = editor_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "すまほで印刷する方法" in html and "スマホから印刷したい" in html
    assert "ハロワで手伝ってもらえる?" in html  # shown as stored: NFKC-normalised (？ → ?)
    assert "スマホで印刷はできる？" not in html  # rated helpful: nothing to do
    assert "スマホで印刷できないの？" not in html  # older than the period shown
    assert html.count("この質問からFAQを作成") == 3  # one per group
    assert "回答できず 2・👎 1" in html
    html = editor_client.get(URL, {"days": 365}).content.decode()
    assert "スマホで印刷できないの?" in html


def test_the_button_prefills_the_faq_form_with_the_group(editor_client, asked):
    html = editor_client.get(URL).content.decode()
    newest = asked["print"][2]
    start = html.index(f"/admin/assistant/questions/{newest.pk}/new-faq/")
    url = html[start : html.index('"', start)].replace("&amp;", "&")
    response = editor_client.get(url, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="すまほで印刷する方法"' in page
    assert "同じ内容と思われるほかの質問（2件）" in page
    assert "「スマホから印刷したい」" in page and "「スマホで印刷できますか」" in page
    assert 'action="/admin/snippets/content/faqentry/add/?locale=ja"' in page


def test_stored_questions_are_shown_masked_again(editor_client):
    _ask("元部下の佐藤の職務経歴を書きたい")  # stored before masking knew bare surnames
    html = editor_client.get(URL).content.decode()
    assert "佐藤" not in html and "元部下の[氏名]の職務経歴を書きたい" in html


def test_staff_without_the_assistant_permission_are_refused(client, login_with_mfa, asked):
    group = Group.objects.create(name="Only admin access")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = get_user_model().objects.create_user(email="other-staff@example.jp", password="x-very-long-pass")
    user.is_staff = True
    user.save()
    user.groups.add(group)
    login_with_mfa(user)
    assert client.get(URL).status_code in (302, 403)
    newest = asked["print"][2]
    assert client.get(f"/admin/assistant/questions/{newest.pk}/new-faq/?locale=ja").status_code in (302, 403)
    assert "質問のまとめ" not in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
