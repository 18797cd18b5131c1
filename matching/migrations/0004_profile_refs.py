# Existing matching profiles each get their own random ref (in its own migration: on PostgreSQL a
# data update and a schema change in one transaction can fail on pending trigger events).

import uuid

from django.db import migrations


def give_refs(apps, schema_editor):
    MatchingProfile = apps.get_model("matching", "MatchingProfile")
    for profile in MatchingProfile.objects.filter(ref__isnull=True).only("pk"):
        MatchingProfile.objects.filter(pk=profile.pk).update(ref=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [("matching", "0003_company_postings_offers")]

    operations = [migrations.RunPython(give_refs, migrations.RunPython.noop)]
