"""Write docs/data-definitions.md from the sheet definitions (``--check`` only compares)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from sheets.docs import render

TARGET = Path(settings.BASE_DIR) / "docs" / "data-definitions.md"


class Command(BaseCommand):
    help = "Write docs/data-definitions.md from sheets/definitions/."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Fail if the file is out of date.")
        parser.add_argument("--output", default=str(TARGET), help="Where to write (default: %(default)s).")

    def handle(self, *args, check=False, output=str(TARGET), **options):
        text = render()
        path = Path(output)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if check:
            if current != text:
                raise CommandError(f"{path} is out of date: run `python manage.py write_data_definitions`.")
            self.stdout.write(f"{path} is up to date.")
            return
        if current == text:
            self.stdout.write(f"{path} is already up to date.")
            return
        path.write_text(text, encoding="utf-8")
        self.stdout.write(self.style.SUCCESS(f"Wrote {path}."))
