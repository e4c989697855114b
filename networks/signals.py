"""Each network gets its own editors' group, and loses it when it goes."""

from django.contrib.auth.models import Group
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

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
