import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from insights import rollup
from insights.tasks import rollup_insights


class Command(BaseCommand):
    help = (
        "利用統計の日次集計を作り直します（既定：前回集計した日から今日まで）。"
        "毎晩 cron から実行してください。"
    )

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="first", help="集計を始める日（YYYY-MM-DD）")
        parser.add_argument("--to", dest="last", help="集計を終える日（YYYY-MM-DD、既定は今日）")
        parser.add_argument("--days", type=int, help="今日から遡る日数（--from の代わり）")
        parser.add_argument("--enqueue", action="store_true", help="タスクのワーカーに任せる")

    def handle(self, *args, first=None, last=None, days=None, enqueue=False, **options):
        try:
            first_day = datetime.date.fromisoformat(first) if first else None
            last_day = datetime.date.fromisoformat(last) if last else None
        except ValueError as exc:
            raise CommandError("日付は YYYY-MM-DD の形で指定してください。") from exc
        if days is not None:
            first_day = timezone.localdate() - datetime.timedelta(days=max(0, days))
        if first_day and last_day and first_day > last_day:
            raise CommandError("--from は --to より前の日にしてください。")
        args = (first_day.isoformat() if first_day else None, last_day.isoformat() if last_day else None)
        if enqueue:
            result = rollup_insights.enqueue(*args)
            self.stdout.write(f"集計タスクを登録しました（{result.id}）。")
            return
        summary = rollup.rollup_range(first_day, last_day)
        self.stdout.write(
            self.style.SUCCESS(
                f"{summary['first']} 〜 {summary['last']}：{summary['days']} 日分、"
                f"{summary['events']:,} 件のイベントを集計しました。"
            )
        )
