"""
Atom feeds of new and updated resources, for the library and each network.

A feed is read by anyone and cached by feed readers, so it lists only what
everyone may open: live, public resources that are not members-only. A
members-only resource is never in a feed, listed or not.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from .models import ResourcePage


class ResourceFeed(Feed):
    """
    The newest resources of `resources`, most recently published first.

        ResourceFeed(page, ResourcePage.objects.open_to_all(), title="...")(request)

    Links and ids are the site's own full URLs (its Wagtail site's hostname),
    whatever host the feed was fetched from, so ids stay the same. An entry's
    updated time is the last time it was published, so a reader shows an
    edited resource again.
    """

    feed_type = Atom1Feed
    limit = 50

    def __init__(self, page, resources, *, title):
        self.page = page
        self.resources = resources
        self.feed_title = title

    def get_object(self, request, *args, **kwargs):
        # Entries need the request for full URLs; each request has its own feed.
        self.request = request
        return self.page

    def title(self, page):
        return f"{self.feed_title}: new and updated resources"

    def link(self, page):
        return page.get_full_url(self.request)

    def subtitle(self, page):
        return "Public resources from the Leeds Learning Alliance library."

    def items(self, page):
        resources = self.resources.order_by("-last_published_at", "-pk")
        return resources[: self.limit]

    def item_title(self, item: ResourcePage):
        return item.title

    def item_description(self, item: ResourcePage):
        return item.summary

    def item_link(self, item: ResourcePage):
        return item.get_full_url(self.request)

    def item_guid(self, item: ResourcePage):
        return item.get_full_url(self.request)

    def item_pubdate(self, item: ResourcePage):
        return item.first_published_at

    def item_updateddate(self, item: ResourcePage):
        return item.last_published_at
