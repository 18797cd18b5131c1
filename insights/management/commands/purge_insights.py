from django.core.management.base import BaseCommand

from insights import rollup
from insights.tasks import purge_insights


class Command(BaseCommand):
    help = (
        "保存期間（INSIGHTS_RETENTION_DAYS）を過ぎた利用統計の元データを削除します。"
        "未集計の日は先に集計します。日次集計とアンケートの回答は削除しません。"
    )

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="タスクのワーカーに任せる")

    def handle(self, *args, enqueue=False, **options):
        if enqueue:
            result = purge_insights.enqueue()
            self.stdout.write(f"削除タスクを登録しました（{result.id}）。")
            return
        summary = rollup.purge()
        self.stdout.write(
            self.style.SUCCESS(
                f"{summary['cutoff']} より前のイベント {summary['deleted']:,} 件を削除しました"
                f"（保存期間 {rollup.retention_days()} 日、先に集計した日 {summary['rolled_up_first']} 日）。"
            )
        )
