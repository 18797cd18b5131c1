"""The targets of the policy document (table 2-6): 383,000 creators a year, 80% satisfied."""

from decimal import Decimal

from django.db import migrations

DEFAULTS = {"creators": Decimal("383000"), "satisfaction": Decimal("80")}


def add_targets(apps, schema_editor):
    Target = apps.get_model("insights", "Target")
    for metric, value in DEFAULTS.items():
        Target.objects.get_or_create(metric=metric, defaults={"value": value})


class Migration(migrations.Migration):
    dependencies = [("insights", "0001_initial")]

    operations = [migrations.RunPython(add_targets, migrations.RunPython.noop)]
