from django.core.management.base import BaseCommand

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "デモコンテンツ（日本語・英語のページ、FAQ、用語集、記入例、"
        "デモ用の編集者と承認者）を作成・更新します。"
    )

    def add_arguments(self, parser):
        parser.add_argument("--quiet-users", action="store_true", help="Do not print the demo logins.")

    def handle(self, *args, **options):
        loader = DemoLoader(stdout=self.stdout)
        loader.run()
        self.stdout.write(self.style.SUCCESS("デモコンテンツを読み込みました。"))
        if not options["quiet_users"]:
            self.stdout.write("管理画面 http://127.0.0.1:8000/admin/ のデモ用ログイン:")
            for user in loader.users:
                if user.get("admin", True):
                    self.stdout.write(f"  {user['role']}: {user['email']} / {user['password']}")
            self.stdout.write("サイト http://127.0.0.1:8000/accounts/login/ のデモ用ログイン:")
            for user in loader.users:
                if not user.get("admin", True):
                    self.stdout.write(f"  {user['role']}: {user['email']} / {user['password']}")
