"""One log line per refused social login: the reason, never a token or a claim value."""

import logging

logger = logging.getLogger("accounts.mynaportal")


def log_refusal(request, provider, error, exception) -> None:
    logger.warning(
        "social login refused: provider=%s error=%s reason=%s",
        getattr(provider, "id", provider),
        error,
        f"{type(exception).__name__}: {exception}" if exception else "-",
    )
