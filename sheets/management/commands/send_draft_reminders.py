from django.core.management.base import BaseCommand

from sheets.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "下書きのまま一定期間（JOBCARD_DRAFT_REMINDER_DAYS）たった様式の持ち主に、"
        "お知らせのメールを送ります。"
    )

    def handle(self, *args, **options):
        count = send_reminders()
        self.stdout.write(f"{count}件の下書きについてお知らせしました。")
