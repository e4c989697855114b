"""
Pages are found through the content cache (core/routing.py): every address
leads where Wagtail's own routing leads, and a page costs one query to find
once the cache knows it.
"""

from django.core.cache import cache
from django.test import RequestFactory

from wagtail.models import Page, Site

import pytest

from core import content_cache, routing
from networks.factories import NetworkPageFactory
from networks.models import Meeting, NetworkPage

pytestmark = pytest.mark.django_db


def _wagtails(path):
    request = RequestFactory().get(path)
    return Page.route_for_request(request, path)


def _ours(path):
    request = RequestFactory().get(path)
    return routing.route_for_request(request, path)


def _same(path):
    ours, wagtails = _ours(path), _wagtails(path)
    if wagtails is None:
        return ours is None
    page, args, kwargs = ours
    expected_page, expected_args, expected_kwargs = wagtails
    return (
        (type(page), page.pk) == (type(expected_page), expected_page.pk)
        and [str(arg) for arg in args] == [str(arg) for arg in expected_args]
        and kwargs == expected_kwargs
    )


# What each page's address may be followed by: a child that is not there,
# and the sub-routes of routable pages (calendars, feeds, thanks).
SUFFIXES = ["", "no-such-child/", "calendar/", "feed/", "resources/feed/", "thanks/"]


def _addresses():
    addresses = ["/no-such-page/"]
    for page in Page.objects.filter(depth__gt=1):
        address = "/" + page.url_path.split("/", 2)[-1].lstrip("/")
        addresses += [address + suffix for suffix in SUFFIXES]
    return addresses


def test_every_address_leads_where_wagtails_routing_leads(client, lla_site):
    meeting = Meeting.objects.filter(network__live=True).first()
    network = meeting.network
    draft = Page.objects.filter(depth__gt=2).live().last()
    draft.unpublish()
    # A network whose slug is one of its index's own sub-routes: Wagtail
    # serves the index's calendar there, not the network.
    NetworkPageFactory(parent=network.get_parent(), slug="calendar")
    addresses = [
        *_addresses(),
        f"{network.url}minutes/{meeting.uid}/",
        f"{network.url}minutes/not-a-uuid/",
    ]

    different = [path for path in addresses if not _same(path)]

    assert len(addresses) > 400
    assert different == []


def test_a_page_costs_one_query_to_find_once_known(lla_site, django_assert_num_queries):
    network = NetworkPage.objects.live().first()
    _ours(network.url)

    with django_assert_num_queries(1):
        page, _args, _kwargs = _ours(network.url)

    assert (type(page), page.pk) == (NetworkPage, network.pk)


def test_a_renamed_page_is_found_at_its_new_address_at_once(client, lla_site):
    network = NetworkPage.objects.live().first()
    old = network.url
    assert client.get(old).status_code == 200

    network.slug = "renamed-network"
    network.save_revision().publish()
    network.refresh_from_db()

    assert network.url.endswith("/renamed-network/")
    assert client.get(old).status_code == 404
    assert client.get(network.url).status_code == 200


def test_an_unpublished_page_is_gone_at_once(client, lla_site):
    network = NetworkPage.objects.live().first()
    assert client.get(network.url).status_code == 200

    network.unpublish()

    assert client.get(network.url).status_code == 404


def test_made_up_addresses_are_not_kept_in_the_cache(client, lla_site):
    network = NetworkPage.objects.live().first()
    site = Site.objects.get(is_default_site=True)
    made_up = ["no-such-page", "networks/no-such-network", f"{network.slug}/x"]

    for path in made_up:
        assert client.get(f"/{path}/").status_code == 404
    client.get(network.url)

    def kept(path):
        name = f"route:page:{site.pk}:{path}"
        key = content_cache.content_key(content_cache.generation(), name)
        return cache.get(key) is not None

    assert [path for path in made_up if kept(path)] == []
    assert kept(network.url.strip("/"))
