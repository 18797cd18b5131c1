"""Assistant tests: never a real LLM, and an index built from the demo content only."""

import pytest

from assistant import providers, retrieval


@pytest.fixture(autouse=True)
def _no_network_provider(settings):
    """Whatever GEMINI_API_KEY the machine has, tests use no provider unless they set a fake one."""
    settings.ASSISTANT_LLM_PROVIDER = "none"
    providers.reset()
    yield
    providers.reset()


@pytest.fixture
def fresh_index():
    """For tests that change content: forget the index before and after (the rollback undoes the
    change, but not what this process built from it)."""
    retrieval.reset()
    yield
    retrieval.reset()


@pytest.fixture
def fake_provider(settings):
    """Use tests.assistant.fakes.FakeProvider; its behaviour is set per test."""
    from .fakes import FakeProvider

    FakeProvider.behaviour = "cite_first"
    FakeProvider.calls = []
    settings.ASSISTANT_LLM_PROVIDER = "tests.assistant.fakes.FakeProvider"
    providers.reset()
    return FakeProvider
