"""Editors review unanswered and badly rated questions and start FAQ entries from them."""

import pytest
from django.contrib.auth import get_user_model

from assistant.models import AssistantQuestion, Synonym

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture
def editor_client(client, login_with_mfa):
    login_with_mfa(get_user_model().objects.get(email="editor@example.jp"))
    return client


@pytest.fixture
def questions():
    unknown = AssistantQuestion.objects.create(question="スマホで印刷できますか", outcome="unknown")
    bad = AssistantQuestion.objects.create(
        question="ハロワで手伝ってもらえる？", outcome="answered", helpful=False, source_title="ハローワーク…"
    )
    good = AssistantQuestion.objects.create(question="エクセルでいい？", outcome="answered", helpful=True)
    return unknown, bad, good


def test_editors_list_and_filter_questions(editor_client, questions):
    unknown, bad, good = questions
    response = editor_client.get("/admin/assistant_questions/")
    assert response.status_code == 200
    html = response.content.decode()
    for record in questions:
        assert record.question in html
    assert html.count("FAQを作成") == 2  # only the two that need attention

    html = editor_client.get("/admin/assistant_questions/", {"outcome": "unknown"}).content.decode()
    assert unknown.question in html and bad.question not in html
    html = editor_client.get("/admin/assistant_questions/", {"helpful": "false"}).content.decode()
    assert bad.question in html and good.question not in html


def test_questions_cannot_be_added_or_edited(editor_client, questions):
    assert editor_client.get("/admin/assistant_questions/new/").status_code in (302, 403)
    unknown = questions[0]
    assert editor_client.get(f"/admin/assistant_questions/edit/{unknown.pk}/").status_code in (302, 403)
    assert editor_client.get(f"/admin/assistant_questions/inspect/{unknown.pk}/").status_code == 200


def test_new_faq_entry_starts_from_the_question(editor_client, questions):
    unknown = questions[0]
    response = editor_client.get(f"/admin/assistant/questions/{unknown.pk}/new-faq/", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="スマホで印刷できますか"' in html
    assert 'action="/admin/snippets/content/faqentry/add/?locale=ja"' in html


def test_editors_keep_the_synonyms(editor_client):
    assert Synonym.objects.filter(term="ジョブ・カード").exists()  # seeded by the data migration
    assert Synonym.objects.count() >= 20
    response = editor_client.get("/admin/snippets/assistant/synonym/")
    assert response.status_code == 200
    assert "キャリコン" in response.content.decode()


def test_anonymous_visitors_cannot_see_questions(client, questions):
    response = client.get("/admin/assistant_questions/")
    assert response.status_code == 302
