"""Generative answers: only from retrieved entries, always cited, and the retrieval answer on any failure.

A fake provider stands in for Gemini; no test reaches the network.
"""

import json

import pytest

from assistant import providers
from assistant.models import AssistantQuestion

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

ASK = "/api/v1/assistant/ask/"
QUESTION = "ハロワで作るの手伝ってもらえる？"
RETRIEVED = "ハローワークでジョブ・カードの作成を手伝ってもらえますか。"


def ask(client, question=QUESTION):
    return client.post(ASK, json.dumps({"question": question}), content_type="application/json").json()


def test_generated_answer_cites_retrieved_entries_and_carries_a_notice(client, fake_provider):
    data = ask(client)
    assert data["generated"] is True
    assert data["text"] == f"（要約）{RETRIEVED} についての回答です。"
    assert data["sources"][0]["label"] == RETRIEVED
    assert "生成AI" in data["notice"]
    call = fake_provider.calls[0]
    assert call["passages"][0].id == "S1" and call["passages"][0].title == RETRIEVED
    assert all(p.title for p in call["passages"])
    record = AssistantQuestion.objects.get(public_id=data["id"])
    assert record.outcome == "generated"


@pytest.mark.parametrize("behaviour", ["cite_unknown", "no_citation", "error", "slow"])
def test_any_failure_falls_back_to_the_retrieval_answer(client, fake_provider, behaviour, settings):
    settings.ASSISTANT_LLM_TIMEOUT = 0.2
    fake_provider.behaviour = behaviour
    data = ask(client)
    assert data["generated"] is False
    assert data["notice"] == ""
    assert data["sources"][0]["label"] == RETRIEVED
    assert "無料" in data["text"]  # the FAQ entry's own answer
    assert AssistantQuestion.objects.get(public_id=data["id"]).outcome == "answered"


def test_provider_is_not_asked_when_retrieval_does_not_know(client, fake_provider):
    data = ask(client, "明日の東京の天気は？")
    assert data["status"] == "unknown"
    assert fake_provider.calls == []


def test_no_key_no_provider(settings):
    settings.ASSISTANT_LLM_PROVIDER = ""
    settings.GEMINI_API_KEY = ""
    providers.reset()
    assert providers.get_provider() is None


def test_key_selects_gemini_without_calling_it(settings):
    settings.ASSISTANT_LLM_PROVIDER = ""
    settings.GEMINI_API_KEY = "test-key-not-real"
    settings.ASSISTANT_GEMINI_MODEL = "gemini-test"
    providers.reset()
    provider = providers.get_provider()
    assert isinstance(provider, providers.GeminiProvider)
    assert provider.model == "gemini-test"


def test_gemini_provider_sends_only_the_passages_and_parses_citations(monkeypatch, settings):
    """The Gemini client is replaced: what it would send is checked, nothing leaves the machine."""
    settings.GEMINI_API_KEY = "test-key-not-real"
    sent = {}

    class FakeModels:
        def generate_content(self, model, contents, config):
            sent.update(model=model, contents=contents, config=config)

            class Response:
                text = json.dumps({"answer": "はい、手伝ってもらえます。", "citations": ["S1"]})

            return Response()

    class FakeClient:
        models = FakeModels()

    provider = providers.GeminiProvider(model="gemini-test")
    monkeypatch.setattr(provider, "client", lambda: FakeClient())
    passages = [providers.Passage("S1", RETRIEVED, "ハローワークでは無料で相談できます。")]
    result = provider.generate(QUESTION, passages, "ja")
    assert result.text == "はい、手伝ってもらえます。" and result.citations == ["S1"]
    assert "[S1] " + RETRIEVED in sent["contents"] and QUESTION in sent["contents"]
    assert "書かれていることだけを使って" in sent["config"].system_instruction
    assert sent["config"].response_mime_type == "application/json"


def test_gemini_client_errors_become_provider_errors(monkeypatch, settings):
    settings.GEMINI_API_KEY = "test-key-not-real"
    provider = providers.GeminiProvider()

    def broken():
        raise OSError("network is unreachable")

    monkeypatch.setattr(provider, "client", broken)
    with pytest.raises(providers.ProviderError):
        provider.generate(QUESTION, [providers.Passage("S1", "t", "x")], "ja")
