"""A provider standing in for Gemini in tests: no network, behaviour chosen by the test."""

import time

from assistant.providers import Generated, Provider, ProviderError


class FakeProvider(Provider):
    name = "fake"
    behaviour = "cite_first"
    calls: list = []

    def generate(self, question, passages, language):
        type(self).calls.append({"question": question, "passages": passages, "language": language})
        if self.behaviour == "cite_first":
            return Generated(
                text=f"（要約）{passages[0].title} についての回答です。", citations=[passages[0].id]
            )
        if self.behaviour == "cite_unknown":
            return Generated(text="資料にない内容の回答です。", citations=["S99"])
        if self.behaviour == "no_citation":
            return Generated(text="出典なしの回答です。", citations=[])
        if self.behaviour == "error":
            raise ProviderError("quota exceeded")
        if self.behaviour == "slow":
            time.sleep(1.0)
            return Generated(text="遅すぎる回答です。", citations=[passages[0].id])
        raise AssertionError(self.behaviour)
