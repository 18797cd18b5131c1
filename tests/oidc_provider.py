"""The test suite's OpenID Provider on 127.0.0.1. It lives in demo/mynaportal_op.py, because `make run`
serves the same OP as its 検証用マイナポータル (see docs/features/mynaportal-login.md)."""

from demo.mynaportal_op import MISBEHAVIOURS, Grant, LoopbackOP, b64url

__all__ = ["MISBEHAVIOURS", "Grant", "LoopbackOP", "b64url"]
