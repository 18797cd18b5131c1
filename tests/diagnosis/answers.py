"""Answer sets for the checks: every item of a dimension gets the value given for it."""

from diagnosis.questions import CHECKS, INTEREST

RIASEC = ("realistic", "investigative", "artistic", "social", "enterprising", "conventional")


def answers(kind: str, values: dict[str, int], default: int = 1) -> dict[str, int]:
    return {item.id: values.get(item.dimension, default) for item in CHECKS[kind].items}


def pure(kind: str, key: str) -> dict[str, int]:
    """5 for one dimension, 1 for the rest."""
    return answers(kind, {key: 5})


def post_data(kind: str, values: dict[str, int], default: int = 1) -> dict[str, str]:
    return {key: str(value) for key, value in answers(kind, values, default).items()}


def interest_scores(key: str) -> dict[str, float]:
    return {k: (5.0 if k == key else 1.0) for k in RIASEC}


__all__ = ["INTEREST", "RIASEC", "answers", "interest_scores", "post_data", "pure"]
