import uuid

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("matching", "0004_profile_refs")]

    operations = [
        migrations.AlterField(
            model_name="matchingprofile",
            name="ref",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
    ]
