"""
The library on other apps' pages (see resources/listings.py):

    {% load library_tags %}
    {% network_resources page as listing %}     a network's resources
    {% latest_resources 3 as resources %}       the newest, for the home page
"""

from django import template

from home.navigation import site_page_url

from .. import listings

register = template.Library()


def _user(context):
    request = context.get("request")
    return getattr(request, "user", None)


@register.simple_tag(takes_context=True)
def network_resources(context, network):
    """Some of a network's resources, how many in all, and the library's link."""
    listing = listings.network_resources(network, _user(context))
    listing.library_url = ""
    if listing.more:
        url = site_page_url(context.get("request"), "library_page")
        listing.library_url = f"{url}?network={network.slug}" if url else ""
    return listing


@register.simple_tag(takes_context=True)
def latest_resources(context, count=3):
    return listings.latest_resources(_user(context), count)
