"""The rows for 利用者種別 and 利用目的: fixed by the ministry's table 2-7."""

from django.db import migrations

USER_TYPES = ["job_seeker", "employed", "student"]
PURPOSES = ["career_review", "job_search", "training"]


def create_tags(apps, schema_editor):
    UserTypeTag = apps.get_model("content", "UserTypeTag")
    PurposeTag = apps.get_model("content", "PurposeTag")
    for code in USER_TYPES:
        UserTypeTag.objects.get_or_create(code=code)
    for code in PURPOSES:
        PurposeTag.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("content", "0001_initial")]

    operations = [migrations.RunPython(create_tags, migrations.RunPython.noop)]
