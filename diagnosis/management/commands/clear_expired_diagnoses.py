"""``manage.py clear_expired_diagnoses``: delete anonymous results older than DIAGNOSIS_ANONYMOUS_DAYS."""

from django.conf import settings
from django.core.management.base import BaseCommand

from diagnosis.store import clear_expired


class Command(BaseCommand):
    help = (
        "保存期間（DIAGNOSIS_ANONYMOUS_DAYS）を過ぎた、アカウントに保存されていない"
        "自己診断の結果を削除します。"
    )

    def handle(self, *args, **options):
        deleted = clear_expired()
        self.stdout.write(
            f"{deleted} 件の結果を削除しました（保存期間 {settings.DIAGNOSIS_ANONYMOUS_DAYS} 日）。"
        )
