"""Optional: a generative model proposes job tag tasks from the free-text duties of 様式2 (#19 item 6).

Off unless a provider is configured (``GEMINI_API_KEY``, or ``MATCHING_TASKS_PROVIDER`` naming a
class); off in tests, which use a fake. The model never invents a task: candidates are job tag task
lines found first by the duties' words (``candidate_tasks``), and only ids among them are kept. What
comes back is shown as 「AIによる推定」 on the matching settings page; the person ticks what applies and
it is added to the 「経験した職業」 box for them to check and save — never applied silently.
"""

from __future__ import annotations

import json
import logging
import math
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils.module_loading import import_string

from .features import sources_for
from .text import coverage, words

logger = logging.getLogger(__name__)

MAX_CANDIDATES = 40
MAX_DUTY_CHARS = 2000


class ProposalError(Exception):
    """No usable proposal (no provider, an error, a timeout)."""


@dataclass(frozen=True)
class Candidate:
    id: str  # "T12" as shown to the model
    task_id: int
    occupation_id: int
    occupation: str
    text: str


@dataclass
class Proposal:
    occupation_id: int
    occupation: str
    tasks: list[str] = field(default_factory=list)
    years: int = 0  # from the 様式2 rows whose duties matched


class TaskProvider:
    """The interface: which of ``candidates`` do ``duties`` describe? Returns candidate ids."""

    name = "base"

    def pick(self, duties: str, candidates: list[Candidate]) -> list[str]:
        raise NotImplementedError


SYSTEM_PROMPT = (
    "あなたは日本の職業情報提供サイト（job tag）の仕事内容に詳しい案内係です。"
    "利用者が書いた職務内容に、与えられた仕事内容の候補（T1 などの id つき）のうち、"
    "実際に行っていたと読み取れるものだけを選び、その id を task_ids に入れてください。"
    "候補にないものを作ったり、推測で広げたりしないでください。当てはまるものがなければ空にしてください。"
)
RESPONSE_SCHEMA = {
    "type": "object",
    "properties": {"task_ids": {"type": "array", "items": {"type": "string"}}},
    "required": ["task_ids"],
}


class GeminiTaskProvider(TaskProvider):
    """Google Gemini through ``google-genai`` (the assistant's client and timeout settings)."""

    name = "gemini"

    def pick(self, duties: str, candidates: list[Candidate]) -> list[str]:
        from google import genai
        from google.genai import types

        client = genai.Client(
            api_key=settings.GEMINI_API_KEY,
            http_options=types.HttpOptions(
                timeout=int(settings.ASSISTANT_LLM_TIMEOUT * 1000),
                retry_options=types.HttpRetryOptions(attempts=1),
            ),
        )
        listing = "\n".join(f"[{c.id}] {c.occupation}：{c.text}" for c in candidates)
        response = client.models.generate_content(
            model=settings.ASSISTANT_GEMINI_MODEL,
            contents=f"# 職務内容\n{duties}\n\n# 仕事内容の候補\n{listing}",
            config=types.GenerateContentConfig(
                system_instruction=SYSTEM_PROMPT,
                temperature=0.0,
                max_output_tokens=400,
                response_mime_type="application/json",
                response_json_schema=RESPONSE_SCHEMA,
            ),
        )
        return list(json.loads(response.text or "{}").get("task_ids", []))


def get_provider() -> TaskProvider | None:
    name = settings.MATCHING_TASKS_PROVIDER
    if name == "none":
        return None
    if name:
        return import_string(name)()
    return GeminiTaskProvider() if settings.GEMINI_API_KEY else None


def candidate_tasks(duties: str, limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """job tag task lines sharing words with ``duties``, best covered first (the model's choices)."""
    from occupations.models import OccupationTask

    have = words(duties)
    if not have:
        return []
    query = Q()
    for word in sorted(have, key=len, reverse=True)[:12]:
        if len(word) >= 2:
            query |= Q(text__contains=word)
    if not query:
        return []
    rows = list(OccupationTask.objects.filter(query).select_related("occupation")[:3000])
    line_words = [words(t.text) & have for t in rows]
    # A word found in few task lines says more (「仕訳」) than one found in many (「作成」).
    df: dict[str, int] = {}
    for found in line_words:
        for word in found:
            df[word] = df.get(word, 0) + 1
    total = len(rows) + 1
    scored = sorted(
        (
            (sum(math.log(total / df[w]) for w in found), t)
            for found, t in zip(line_words, rows, strict=True)
            if found
        ),
        key=lambda pair: (-pair[0], pair[1].occupation_id, pair[1].position),
    )
    return [
        Candidate(f"T{i}", t.pk, t.occupation_id, t.occupation.title, t.text)
        for i, (_weight, t) in enumerate(scored[:limit], start=1)
    ]


_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="matching-ai")


def propose(user) -> list[Proposal]:
    """Occupations whose job tag tasks the person's 様式2 duties describe, with those tasks."""
    provider = get_provider()
    if provider is None:
        raise ProposalError("no provider")
    jobs = [job for job in sources_for(user).jobs if job.duties.strip()]
    duties = "\n".join(job.duties for job in jobs)[:MAX_DUTY_CHARS]
    candidates = candidate_tasks(duties)
    if not candidates:
        return []
    try:
        picked = _executor.submit(provider.pick, duties, candidates).result(
            timeout=settings.ASSISTANT_LLM_TIMEOUT
        )
    except FutureTimeout as error:
        raise ProposalError("timeout") from error
    except Exception as error:  # any client, network or parsing failure
        logger.warning("task proposal failed: %s", type(error).__name__)  # never the duties
        raise ProposalError(type(error).__name__) from error
    by_id = {c.id: c for c in candidates}
    out: dict[int, Proposal] = {}
    for cid in picked:
        candidate = by_id.get(str(cid))
        if candidate is None:  # not a candidate we gave: dropped
            continue
        proposal = out.setdefault(
            candidate.occupation_id, Proposal(candidate.occupation_id, candidate.occupation)
        )
        if candidate.text not in proposal.tasks:
            proposal.tasks.append(candidate.text)
    for proposal in out.values():
        # A 様式2 row counts towards the years when it covers at least 40 % of one proposed task line.
        months = sum(
            job.months
            for job in jobs
            if any(coverage(words(task), words(job.duties)) >= 0.4 for task in proposal.tasks)
        )
        proposal.years = max(1, round(months / 12)) if months else 1
    return sorted(out.values(), key=lambda p: (-len(p.tasks), p.occupation_id))
