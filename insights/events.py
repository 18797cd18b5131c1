"""The one call every app makes to count something: ``record(request, name, **attributes)``.

Placeholder until the statistics app stores events (see docs/statistics.md when it lands).
Recording never raises: a failure to count must not fail the person's request.
"""

from __future__ import annotations


def record(request, name: str, **attributes) -> None:
    """Count one event."""
    return None
