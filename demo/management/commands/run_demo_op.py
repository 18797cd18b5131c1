"""`manage.py run_demo_op`: the 検証用マイナポータル of `make run` — a test OpenID Provider on 127.0.0.1.

Started in the background by the Makefile's ``run`` target and stopped with it (SIGTERM). It is the
test suite's OP with a page to pick a test person; it is never マイナポータル, runs only with
DEBUG on and listens on 127.0.0.1 only. See docs/features/mynaportal-login.md.
"""

from __future__ import annotations

import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo import mynaportal


class Command(BaseCommand):
    help = (
        "検証用のマイナポータル（テスト用の認証サーバー。本物のマイナポータルではありません）を "
        "127.0.0.1 で起動します。DEBUG が有効な開発環境でだけ使えます。"
    )
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument(
            "--port",
            type=int,
            default=getattr(settings, "DEMO_MYNAPORTAL_OP_PORT", mynaportal.DEFAULT_PORT),
            help="待ち受けるポート（既定: DEMO_MYNAPORTAL_OP_PORT、なければ 8001）",
        )

    def handle(self, *args, port: int, **options):
        if not settings.DEBUG:
            raise CommandError("検証用のマイナポータルは、DEBUG が有効な開発環境でだけ起動できます。")
        try:
            from demo.mynaportal_op import LoopbackOP
        except ImportError as e:  # joserfc is a dev dependency
            raise CommandError(
                f"検証用のマイナポータルには開発用の依存パッケージが必要です（make install）: {e}"
            ) from e
        try:
            op = LoopbackOP.demo(port).start()
        except OSError as e:
            raise CommandError(
                f"検証用のマイナポータルを {mynaportal.HOST}:{port} で起動できませんでした（{e}）。"
                "ほかのプログラムがこのポートを使っていれば、"
                "DEMO_MYNAPORTAL_OP_PORT で別のポートを指定してください。"
            ) from e
        self.stdout.write(
            f"検証用のマイナポータル（テスト用の認証サーバー。本物ではありません）: {op.issuer} — "
            "ログイン画面の「マイナポータルでログイン（検証用）」から試せます"
        )
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            op.stop()
