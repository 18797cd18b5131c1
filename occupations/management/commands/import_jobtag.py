"""``manage.py import_jobtag [path] [--force]``: import (or update) the job tag occupations."""

from django.core.management.base import BaseCommand, CommandError

from occupations.importer import import_jobtag
from occupations.jobtag import DEFAULT_PATH, DataSetError


class Command(BaseCommand):
    help = (
        "job tag の職業情報（職業情報データベース 簡易版）を取り込みます。何度実行しても同じ結果になります。"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            default=str(DEFAULT_PATH),
            help=(
                "README.md・occupations/・labels/ のあるフォルダ"
                "（既定はリポジトリ内の occupations/data/jobtag）"
            ),
        )
        parser.add_argument("--force", action="store_true", help="取り込み済みの版でも取り込み直します。")

    def handle(self, *args, path, force, **options):
        try:
            report = import_jobtag(path, force=force)
        except DataSetError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(str(report))
