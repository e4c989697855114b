"""Gives the editors' groups that already exist their enquiry permissions.

New groups get them from networks.permissions; this is for sites whose groups
were made before enquiries existed.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

LLA = ["view_enquiry", "change_enquiry", "delete_enquiry", "view_all_enquiries",
       "change_enquirysettings"]
NETWORK = ["view_enquiry", "change_enquiry"]


def grant(apps, schema_editor):
    # Permissions are normally made after every migration has run.
    create_permissions(global_apps.get_app_config("enquiries"), apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    NetworkGroup = apps.get_model("networks", "NetworkGroup")

    def perms(codenames):
        return Permission.objects.filter(
            content_type__app_label="enquiries", codename__in=codenames
        )

    for group in Group.objects.filter(name="LLA editors"):
        group.permissions.add(*perms(LLA))
    for link in NetworkGroup.objects.select_related("group"):
        link.group.permissions.add(*perms(NETWORK))


class Migration(migrations.Migration):
    dependencies = [
        ("enquiries", "0001_initial"),
        ("networks", "0002_network_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
