"""Markup as assertions compare it, whatever way a template wraps a long tag or a table row."""

import re

_TAG = re.compile(r"<[^<>]+>")


def squash(html: str) -> str:
    """``html`` with each tag's whitespace collapsed to single spaces (``<input id="a"\\n   name="b">``
    → ``<input id="a" name="b">``) and none between one tag and the next (``</td>\\n  <td>`` →
    ``</td><td>``). Text between tags is left as it is."""
    html = _TAG.sub(lambda match: re.sub(r"\s+", " ", match.group(0)), html)
    return re.sub(r">\s+<", "><", html)
