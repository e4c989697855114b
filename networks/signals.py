"""
Each network gets its own editors' group, and loses it when it goes; and
publishing a network tells its roster what changed in its meetings.
"""

from django.contrib.auth.models import Group
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published

from core.content.signals import content_loaded

from . import examples, meetings
from .models import NetworkGroup, NetworkPage
from .permissions import ensure_network_group


@receiver(post_save, sender=NetworkPage, dispatch_uid="lla-network-group")
def give_new_network_a_group(sender, instance, created, raw=False, **kwargs):
    # Only a page with its place in the tree can hold page permissions. Later
    # saves (revisions, publishing) find the group there and change nothing.
    if raw or not created or not instance.path:
        return
    ensure_network_group(instance)


@receiver(post_delete, sender=NetworkGroup, dispatch_uid="lla-network-group-gone")
def remove_group_of_deleted_network(sender, instance, **kwargs):
    """A deleted network's group would grant nothing: remove it too."""
    Group.objects.filter(pk=instance.group_id).delete()


@receiver(page_published, dispatch_uid="lla-network-meetings")
def tell_the_roster(sender, instance, **kwargs):
    """Invitations, updates, cancellations and minutes (networks/meetings.py)."""
    if isinstance(instance, NetworkPage):
        meetings.sync(instance)


@receiver(content_loaded, dispatch_uid="lla-example-meetings")
def add_example_meetings(sender, loader, **kwargs):
    """Example meetings (content/examples/meetings.yaml) for new networks."""
    examples.add_meetings(loader)
