"""The default workflow Wagtail creates is named from the group ("Moderators approval"), which the
Japanese admin then shows as 「Moderators approvalに提出する」. Name it in Japanese (#13 item 7).
Only the names Wagtail gave are changed; a workflow an editor renamed is left alone."""

from django.db import migrations

RENAMES = {"Moderators approval": "公開前の確認"}


def forwards(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    for old, new in RENAMES.items():
        Workflow.objects.filter(name=old).update(name=new)
        Task.objects.filter(name=old).update(name=new)


def backwards(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    for old, new in RENAMES.items():
        Workflow.objects.filter(name=new).update(name=old)
        Task.objects.filter(name=new).update(name=old)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
