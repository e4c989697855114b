"""
The library's resources as other pages show them: a network's own on its
page (and in its Atom feed), and the newest on the home page. The pages
belong to apps below `resources`, so they show these through template tags
(resources/templatetags/library_tags.py) and a Wagtail hook, never by
importing resources.
"""

from dataclasses import dataclass

from core.content_cache import cached
from core.members import audience, is_member

from .feeds import ResourceFeed
from .models import NEWEST_FIRST, ResourcePage

# A network's page shows this many; the library lists the rest, with facets.
NETWORK_RESOURCES_SHOWN = 12


@dataclass
class NetworkResources:
    """What a network's page shows: some of its resources, and how many in all."""

    resources: list
    count: int

    @property
    def more(self):
        return self.count > len(self.resources)


def _network_ids(network, user):
    """The first NETWORK_RESOURCES_SHOWN ids and how many there are in all."""
    resources = (
        ResourcePage.objects.visible_to(user).filter(networks=network).order_by("title")
    )
    ids = list(resources.values_list("pk", flat=True)[:NETWORK_RESOURCES_SHOWN])
    # Counted only when the page is full: a network's library can be large.
    count = resources.count() if len(ids) == NETWORK_RESOURCES_SHOWN else len(ids)
    return ids, count


def network_resources(network, user):
    """
    The resources a network's page shows to `user`, and how many `user` may
    find in all: worked out once per content generation for members and once
    for everyone else (at 10,000 resources the count alone costs 2 ms).
    """
    if network.pk is None:  # the preview of a network not yet saved
        return NetworkResources([], 0)
    ids, count = cached(
        f"network-resources:{network.pk}:{audience(is_member(user))}",
        lambda: _network_ids(network, user),
    )
    pages = ResourcePage.objects.for_listing(ids)
    return NetworkResources([pages[pk] for pk in ids if pk in pages], count)


def network_feed(network, request):
    """New and updated public resources filed under a network, as Atom."""
    resources = ResourcePage.objects.open_to_all().filter(networks=network)
    return ResourceFeed(network, resources, title=network.title)(request)


def _latest_ids(user, count):
    visible = ResourcePage.objects.visible_to(user)
    order = list(NEWEST_FIRST)
    if not is_member(user):
        order.insert(0, "members_only")
    return list(visible.order_by(*order).values_list("pk", flat=True)[:count])


def latest_resources(user, count=3):
    """
    The newest resources `user` may find: those they may open first, then
    members-only ones listed by title, as in every library list. Worked out
    once per content generation for members and once for everyone else:
    finding them sorts every resource (6 ms at 10,000, on every home page).
    """
    ids = cached(
        f"latest-resources:{count}:{audience(is_member(user))}",
        lambda: _latest_ids(user, count),
    )
    listed = ResourcePage.objects.for_listing(ids)
    return [listed[pk] for pk in ids if pk in listed]
