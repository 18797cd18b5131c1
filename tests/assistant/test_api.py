"""The assistant's JSON API (/api/v1/assistant/): answers, refusals, errors, feedback, logging."""

import json

import pytest
from django.test import Client

from assistant.models import AssistantQuestion, Synonym
from content.models import FaqEntry

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

ASK = "/api/v1/assistant/ask/"
FEEDBACK = "/api/v1/assistant/feedback/"


def ask(client, question, **extra):
    return client.post(ASK, json.dumps({"question": question, **extra}), content_type="application/json")


def test_answer_cites_its_source_with_a_working_link(client):
    response = ask(client, "登録しないでジョブカード作れる？")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "answered"
    assert "利用者登録" in data["text"]
    source = data["sources"][0]
    assert source["label"] == "利用者登録をしなくてもジョブ・カードは作れますか。"
    assert source["kind_label"] == "よくある質問"
    entry = FaqEntry.objects.get(locale__language_code="ja", question=source["label"])
    assert source["url"].endswith(f"/faq/#faq-entry-{entry.pk}")
    page = client.get(source["url"].split("#")[0])
    assert page.status_code == 200
    assert f'id="faq-entry-{entry.pk}"' in page.content.decode()
    assert data["generated"] is False and data["notice"] == ""


def test_glossary_and_page_sources_link_to_their_pages(client):
    data = ask(client, "ライフラインチャートとは").json()
    assert data["sources"][0]["kind"] == "glossary"
    assert "#term-" in data["sources"][0]["url"]
    assert client.get(data["sources"][0]["url"].split("#")[0]).status_code == 200


def test_out_of_scope_question_is_refused_with_help(client):
    data = ask(client, "明日の東京の天気は？").json()
    assert data["status"] == "unknown"
    assert "見つかりませんでした" in data["text"]
    assert data["sources"] == []
    labels = [link["label"] for link in data["help_links"]]
    assert "よくある質問の一覧を見る" in labels
    assert any("キャリアコンサルタント" in label for label in labels)
    assert any("ハローワーク" in label for label in labels)
    assert AssistantQuestion.objects.get(public_id=data["id"]).outcome == "unknown"


def test_saving_questions_invite_registration_for_anonymous_visitors(client, login_with_mfa):
    data = ask(client, "登録すれば作ったジョブカードを保存できますか").json()
    assert data["status"] == "answered"
    assert data["invite"]["url"] == "/accounts/signup/"
    assert "利用者登録" in data["invite_text"]
    # Signed in: no invitation.
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(email="member@example.jp", password="x-Secret-123")
    client.force_login(user)
    assert ask(client, "登録すれば作ったジョブカードを保存できますか").json()["invite"] is None


def test_english_questions_use_english_content(client):
    data = ask(client, "Can I write it in Excel?", language="en").json()
    assert data["status"] == "answered"
    assert data["sources"][0]["label"] == "May I write it by hand or in Excel?"
    assert data["sources"][0]["url"].startswith("/en/faq/")
    assert data["sources"][0]["kind_label"] == "FAQ"  # gettext: the English label


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"question": ""}, "質問を入力してください。"),
        ({"question": "   "}, "質問を入力してください。"),
        ({"question": "あ" * 201}, "質問は200文字以内で入力してください。"),
        ({"question": 123}, "質問を文字で入力してください。"),
        ({}, "質問を文字で入力してください。"),
    ],
)
def test_bad_questions_get_a_clear_japanese_error(client, body, message):
    response = client.post(ASK, json.dumps(body), content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"error": message}


@pytest.mark.parametrize("raw", ["not json", "[1, 2]", "\xff", "{" * 5000])
def test_unreadable_bodies_are_400_not_500(client, raw):
    response = client.post(ASK, raw, content_type="application/json")
    assert response.status_code == 400
    assert "JSON" in response.json()["error"]


def test_get_is_not_allowed(client):
    assert client.get(ASK).status_code == 405


def test_rate_limit_per_ip(client, settings):
    settings.ASSISTANT_RATE_LIMIT = 3
    for _ in range(3):
        assert ask(client, "ハロワで手伝ってもらえる？").status_code == 200
    response = ask(client, "ハロワで手伝ってもらえる？")
    assert response.status_code == 429
    assert "1分ほどたってから" in response.json()["error"]
    other = Client(REMOTE_ADDR="192.0.2.10")
    assert ask(other, "ハロワで手伝ってもらえる？").status_code == 200


def test_no_csrf_token_needed(client):
    strict = Client(enforce_csrf_checks=True)
    assert ask(strict, "エクセルで作ってもいいの？").status_code == 200


def test_feedback_updates_the_logged_question(client):
    answer = ask(client, "エクセルで作ってもいいの？", channel="widget").json()
    record = AssistantQuestion.objects.get(public_id=answer["id"])
    assert record.helpful is None and record.channel == "widget"
    response = client.post(
        FEEDBACK, json.dumps({"id": answer["id"], "helpful": False}), content_type="application/json"
    )
    assert response.status_code == 200
    assert response.json()["message"] == "ご評価ありがとうございました。今後の改善に役立てます。"
    record.refresh_from_db()
    assert record.helpful is False and record.feedback_at is not None


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"id": "00000000-0000-0000-0000-000000000000", "helpful": True}, 404),
        ({"id": "not-a-uuid", "helpful": True}, 400),
        ({"id": "00000000-0000-0000-0000-000000000000", "helpful": "yes"}, 400),
    ],
)
def test_bad_feedback_is_refused_clearly(client, body, status):
    response = client.post(FEEDBACK, json.dumps(body), content_type="application/json")
    assert response.status_code == status
    assert response.json()["error"]


def test_only_masked_text_is_stored(client):
    question = "私の名前は山田太郎です。090-1234-5678かtaro@example.jpに連絡ください。ハロワで相談できますか"
    answer = ask(client, question).json()
    stored = AssistantQuestion.objects.get(public_id=answer["id"]).question
    for secret in ("山田", "太郎", "1234", "taro@"):
        assert secret not in stored
    assert "[氏名]" in stored and "[電話番号]" in stored and "[メールアドレス]" in stored
    assert "ハロワで相談できますか" in stored


def test_signed_in_persons_name_is_masked(client):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(
        email="hoshino.aoi@example.jp", password="x-Secret-123", last_name="星野", first_name="葵"
    )
    client.force_login(user)
    answer = ask(client, "星野葵として登録した内容を履歴書に変換できる？").json()
    stored = AssistantQuestion.objects.get(public_id=answer["id"]).question
    assert "星野" not in stored and "葵" not in stored


def test_personal_data_never_reaches_the_logs(client, caplog):
    ask(client, "私の名前は山田太郎です。電話は090-1234-5678")
    assert "山田" not in caplog.text and "090-1234-5678" not in caplog.text


def test_new_faq_entry_is_found_after_save(client, ja, fresh_index):
    # The demo FAQ now covers printing and smartphones (#16), so the new entry is about braille.
    question = "ジョブ・カードを点字で読めますか。"
    before = ask(client, "点字で読みたい").json()
    assert before["status"] != "answered" and not before["sources"]  # no answer yet (at most choices)
    FaqEntry.objects.create(locale=ja, audience="system", question=question, answer="<p>点字版は窓口へ。</p>")
    data = ask(client, "点字で読みたい").json()
    assert data["status"] == "answered"
    assert data["sources"][0]["label"] == question


def test_editors_synonyms_take_effect(client, fresh_index):
    before = ask(client, "ジョブカの作り方を知りたい、ワープロで書いていい？").json()
    Synonym.objects.create(language="ja", term="Excel", variants="ワープロ、ワード")
    after = ask(client, "ジョブカの作り方を知りたい、ワープロで書いていい？").json()
    entry = "手書きやExcelで作成してもよいですか。"

    def offered(data):  # the answer's source and every candidate shown beside it
        return [link["label"] for key in ("sources", "choices", "related") for link in data.get(key) or []]

    assert entry not in offered(before)
    assert entry in offered(after)
