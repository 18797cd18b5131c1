"""Let the Editors and Moderators groups read the assistant's questions, keep the synonyms and
write the FAQ entries that unanswered questions call for."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    ("assistant", "assistantquestion"): ["view", "delete"],
    ("assistant", "synonym"): ["add", "change", "delete", "view"],
    ("content", "faqentry"): ["add", "change", "view"],
}


def grant(apps, schema_editor):
    for label in ("assistant", "content"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")
        for (app_label, model), actions in GRANTS.items()
        for action in actions
    ]
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("assistant", "0002_seed_synonyms"),
        ("content", "0002_audience_tags"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
