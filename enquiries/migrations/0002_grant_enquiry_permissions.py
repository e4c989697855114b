"""
Once gave the editors' groups that already existed their enquiries permissions.
Every group's permissions now come from one definition, networks/permissions.py,
applied after every `migrate`; this migration is kept, empty, for the history.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("enquiries", "0001_initial"),
        ("networks", "0002_network_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = []
