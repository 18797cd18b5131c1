"""Seed the synonyms people most often use for the site's words. Editors extend them in Wagtail."""

from django.db import migrations

SYNONYMS = [
    ("ja", "ジョブ・カード", "ジョブカード、じょぶかーど、ジョブカ、JOBCARD、job card"),
    ("ja", "職務経歴書", "職歴、職務経歴、職歴書、経歴書、CV"),
    ("ja", "履歴書", "レジュメ、りれきしょ、履歴、レジメ"),
    ("ja", "キャリアコンサルタント", "キャリコン、キャリアカウンセラー、キャリアアドバイザー、相談員"),
    ("ja", "キャリアコンサルティング", "キャリア相談、キャリアカウンセリング、キャリア面談、キャリコン面談"),
    ("ja", "ハローワーク", "ハロワ、公共職業安定所、職安、職業安定所"),
    ("ja", "利用者登録", "会員登録、ユーザー登録、アカウント登録、アカウント作成、新規登録、サインアップ"),
    ("ja", "ログイン", "サインイン、ログオン"),
    ("ja", "職業訓練", "ハロートレーニング、ハロトレ、公共職業訓練、職訓"),
    ("ja", "教育訓練給付", "教育訓練給付金、給付金"),
    ("ja", "学生", "大学生、就活生、学部生、院生"),
    ("ja", "アルバイト", "バイト、パート、アルバイト経験"),
    ("ja", "ブランク", "空白期間、無職期間、離職期間、働いていない期間"),
    ("ja", "オンライン", "リモート、ウェブ、web、Zoom、ズーム"),
    ("ja", "作成", "作る、書く、記入"),
    ("ja", "会社", "勤務先、職場、勤め先"),
    ("ja", "手書き", "紙、手で書く"),
    ("ja", "Excel", "エクセル、表計算"),
    ("ja", "強み", "長所、得意なこと、アピールポイント"),
    ("ja", "採用選考", "採用、選考、面接選考"),
    ("ja", "教職員", "先生、教員、大学の職員、キャリアセンター"),
    ("ja", "従業員", "社員、部下、スタッフ"),
    ("ja", "相談者", "クライアント、相談に来る人、相談に来た人"),
    ("ja", "時期", "タイミング、いつ頃、いつごろ"),
    ("ja", "知られる", "ばれる、バレる、気付かれる"),
    ("ja", "提出", "出す、提出する"),
    ("en", "resume", "CV, curriculum vitae"),
    ("en", "register", "sign up, signup, account, registration"),
    ("en", "Hello Work", "public employment office, job centre, job center"),
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("assistant", "Synonym")
    for language, term, variants in SYNONYMS:
        Synonym.objects.get_or_create(language=language, term=term, defaults={"variants": variants})


def unseed(apps, schema_editor):
    Synonym = apps.get_model("assistant", "Synonym")
    for language, term, _variants in SYNONYMS:
        Synonym.objects.filter(language=language, term=term).delete()


class Migration(migrations.Migration):
    dependencies = [("assistant", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
