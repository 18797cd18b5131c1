"""Write docs/exports-csv.md (the CSV columns) from the sheet definitions; ``--check`` compares."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from outputs.csv_export import csv_columns_doc

DOC = Path(settings.BASE_DIR) / "docs" / "exports-csv.md"


class Command(BaseCommand):
    help = "Write docs/exports-csv.md from the sheet definitions (--check: fail if it is stale)."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="fail instead of writing when stale")

    def handle(self, *args, check=False, **options):
        text = csv_columns_doc()
        if check:
            if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
                raise CommandError(
                    "docs/exports-csv.md is stale: run `python manage.py write_exports_csv_doc`"
                )
            self.stdout.write("docs/exports-csv.md is up to date")
            return
        DOC.write_text(text, encoding="utf-8")
        self.stdout.write(f"wrote {DOC}")
