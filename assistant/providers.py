"""Optional generative answers, grounded in the retrieved entries only.

A provider turns a question and the retrieved passages into a short answer that cites the ids of
the passages it used. The assistant uses one only when ``GEMINI_API_KEY`` is set (or
``ASSISTANT_LLM_PROVIDER`` names another class); whatever goes wrong (no key, timeout, an error,
an answer that cites nothing or cites a passage it was not given), the retrieval answer is shown.
"""

from __future__ import annotations

import json
import logging
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


class ProviderError(Exception):
    """The provider gave no usable answer."""


@dataclass
class Passage:
    id: str  # "S1", "S2"… as shown to the model
    title: str
    text: str


@dataclass
class Generated:
    text: str
    citations: list[str]


class Provider:
    """The interface: answer ``question`` from ``passages`` only, citing passage ids."""

    name = "base"

    def generate(self, question: str, passages: list[Passage], language: str) -> Generated:
        raise NotImplementedError


SYSTEM_PROMPT = {
    "ja": (
        "あなたは厚生労働省「ジョブ・カード作成支援サイト」の案内係です。"
        "与えられた資料（S1 などの id つき）に書かれていることだけを使って、"
        "利用者の質問に日本語で簡潔に（300字以内で）答えてください。"
        "資料にないことは推測せず、答えられない場合は answer を空にしてください。"
        "使った資料の id を citations に必ず入れてください。"
        "個人の事情についての判断や約束はしないでください。"
    ),
    "en": (
        "You are the help desk of the MHLW Job Card support site. Answer the user's question briefly "
        "(under 120 words) in English using only the given sources (ids such as S1). Do not guess; if the "
        "sources do not answer it, return an empty answer. Always list the ids you used in citations."
    ),
}
RESPONSE_SCHEMA = {
    "type": "object",
    "properties": {
        "answer": {"type": "string"},
        "citations": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["answer", "citations"],
}


def build_prompt(question: str, passages: list[Passage]) -> str:
    sources = "\n\n".join(f"[{p.id}] {p.title}\n{p.text}" for p in passages)
    return f"# 資料 / Sources\n{sources}\n\n# 質問 / Question\n{question}"


class GeminiProvider(Provider):
    """Google Gemini through the official ``google-genai`` client."""

    name = "gemini"

    def __init__(self, api_key: str | None = None, model: str | None = None, timeout: float | None = None):
        self.api_key = api_key or settings.GEMINI_API_KEY
        self.model = model or settings.ASSISTANT_GEMINI_MODEL
        self.timeout = timeout or settings.ASSISTANT_LLM_TIMEOUT
        self._client = None

    def client(self):
        if self._client is None:
            from google import genai
            from google.genai import types

            self._client = genai.Client(
                api_key=self.api_key,
                http_options=types.HttpOptions(
                    timeout=int(self.timeout * 1000),
                    retry_options=types.HttpRetryOptions(attempts=1),
                ),
            )
        return self._client

    def generate(self, question: str, passages: list[Passage], language: str) -> Generated:
        from google.genai import types

        try:
            response = self.client().models.generate_content(
                model=self.model,
                contents=build_prompt(question, passages),
                config=types.GenerateContentConfig(
                    system_instruction=SYSTEM_PROMPT.get(language, SYSTEM_PROMPT["en"]),
                    temperature=0.2,
                    max_output_tokens=800,
                    response_mime_type="application/json",
                    response_json_schema=RESPONSE_SCHEMA,
                ),
            )
            data = json.loads(response.text or "{}")
        except Exception as error:  # any client, network or parsing failure → retrieval answer
            raise ProviderError(type(error).__name__) from error
        return Generated(text=str(data.get("answer", "")).strip(), citations=list(data.get("citations", [])))


_provider_cache: dict[str, Provider | None] = {}
# Calls run here so that a provider that hangs is abandoned after ASSISTANT_LLM_TIMEOUT seconds.
_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="assistant-llm")


def get_provider() -> Provider | None:
    """The configured provider, or None (retrieval answers only)."""
    name = settings.ASSISTANT_LLM_PROVIDER
    if not name:
        name = "gemini" if settings.GEMINI_API_KEY else "none"
    if name not in _provider_cache:
        if name == "none":
            _provider_cache[name] = None
        elif name == "gemini":
            _provider_cache[name] = GeminiProvider() if settings.GEMINI_API_KEY else None
        else:
            _provider_cache[name] = import_string(name)()
    return _provider_cache[name]


def reset() -> None:
    _provider_cache.clear()


def grounded_answer(
    provider: Provider, question: str, passages: list[Passage], language: str
) -> Generated | None:
    """The provider's answer if it is usable, else None. Never raises."""
    future = _executor.submit(provider.generate, question, passages, language)
    try:
        generated = future.result(timeout=settings.ASSISTANT_LLM_TIMEOUT)
    except FutureTimeout:
        future.cancel()
        logger.warning("assistant: %s provider timed out", provider.name)
        return None
    except Exception as error:
        # Only the kind of failure: the question may hold personal data and is never logged.
        logger.warning("assistant: %s provider failed (%s)", provider.name, type(error).__name__)
        return None
    known = {p.id for p in passages}
    citations = [c for c in dict.fromkeys(generated.citations) if isinstance(c, str)]
    if not generated.text or not citations or not set(citations) <= known:
        logger.warning("assistant: %s answer rejected (no or unknown citations)", provider.name)
        return None
    return Generated(text=generated.text[:1200], citations=citations)
