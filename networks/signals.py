"""Each network gets its own editors' group when it is created."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import NetworkPage
from .permissions import ensure_network_group


@receiver(post_save, sender=NetworkPage, dispatch_uid="lla-network-group")
def give_new_network_a_group(sender, instance, created, raw=False, **kwargs):
    # Revisions and publishing save the page again; only the first save, once
    # the page has its place in the tree, makes the group.
    if raw or instance.editors_group_id or not instance.path:
        return
    ensure_network_group(instance)
