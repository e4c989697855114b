"""
Atom feeds of new and updated resources: the library's and each network's.

Feeds are for everyone, so they list only resources anyone may open, never a
members-only one, listed or not, whoever asks.
"""

import datetime
import xml.etree.ElementTree as ET

from django.contrib.auth.models import Group
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from resources.factories import (
    ResourcePageFactory,
    ToolkitPageFactory,
)
from resources.models import MEMBERS_GROUP, ResourcePage

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def networks(home):
    index = NetworkIndexPageFactory(parent=home)
    return [
        NetworkPageFactory(parent=index, title=title, slug=slug)
        for title, slug in (("Equity network", "equity"), ("Primary", "primary"))
    ]


def publish(resource, days_ago, networks=()):
    """Publishes `resource` as if `days_ago` days ago, filed under `networks`."""
    resource.networks.add(*networks)
    resource.save_revision().publish()
    when = timezone.now() - datetime.timedelta(days=days_ago)
    ResourcePage.objects.filter(pk=resource.pk).update(last_published_at=when)
    resource.refresh_from_db()
    return resource


@pytest.fixture
def catalogue(library, networks):
    equity, primary = networks
    return {
        "guide": publish(
            ResourcePageFactory(
                parent=library, title="Anti-racism guide", summary="How to begin."
            ),
            days_ago=3,
            networks=[equity],
        ),
        "toolkit": publish(
            ToolkitPageFactory(parent=library, title="Race Equity Toolkit"),
            days_ago=1,
            networks=[equity, primary],
        ),
        "phonics": publish(
            ResourcePageFactory(parent=library, title="Phonics plan"),
            days_ago=2,
            networks=[primary],
        ),
        "listed": publish(
            ResourcePageFactory(
                parent=library, title="Listed members plan", members_only=True
            ),
            days_ago=0,
            networks=[equity],
        ),
        "unlisted": publish(
            ResourcePageFactory(
                parent=library,
                title="Unlisted members strategy",
                members_only=True,
                listed=False,
            ),
            days_ago=0,
            networks=[equity],
        ),
    }


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 (our own output)
    assert feed.tag == f"{ATOM}feed"
    return feed


def entry_titles(feed):
    return [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]


def test_the_library_feed_lists_public_resources_newest_first(
    client, library, catalogue
):
    feed = read_feed(client, library.url + "feed/")

    assert entry_titles(feed) == [
        "Race Equity Toolkit",
        "Phonics plan",
        "Anti-racism guide",
    ]


def test_an_entry_links_and_summarises_its_resource(client, library, catalogue):
    guide = catalogue["guide"]

    feed = read_feed(client, library.url + "feed/")

    entry = next(
        e
        for e in feed.iter(f"{ATOM}entry")
        if e.findtext(f"{ATOM}title") == guide.title
    )
    full_url = guide.get_full_url()
    assert entry.find(f"{ATOM}link").get("href") == full_url
    assert entry.findtext(f"{ATOM}id") == full_url
    assert entry.findtext(f"{ATOM}summary") == "How to begin."
    updated = datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
    assert updated == guide.last_published_at


def test_an_updated_resource_moves_to_the_top(client, library, catalogue):
    catalogue["guide"].save_revision().publish()

    feed = read_feed(client, library.url + "feed/")

    assert entry_titles(feed)[0] == "Anti-racism guide"


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_no_feed_lists_a_members_only_resource(
    client, library, networks, catalogue, who
):
    if who == "member":
        member = Group.objects.get_or_create(name=MEMBERS_GROUP)[0]
        client.force_login(UserFactory(groups=[member]))
    equity = networks[0]

    for url in (library.url + "feed/", equity.url + "resources/feed/"):
        body = client.get(url).content.decode()
        assert catalogue["listed"].title not in body
        assert catalogue["unlisted"].title not in body
        assert catalogue["unlisted"].slug not in body


def test_no_feed_lists_a_draft(client, library, catalogue):
    catalogue["phonics"].unpublish()

    assert "Phonics plan" not in entry_titles(read_feed(client, library.url + "feed/"))


def test_a_network_feed_lists_only_that_networks_resources(client, networks, catalogue):
    equity, primary = networks

    equity_feed = read_feed(client, equity.url + "resources/feed/")
    primary_feed = read_feed(client, primary.url + "resources/feed/")

    assert entry_titles(equity_feed) == ["Race Equity Toolkit", "Anti-racism guide"]
    assert entry_titles(primary_feed) == ["Race Equity Toolkit", "Phonics plan"]
    assert equity_feed.findtext(f"{ATOM}title") == (
        "Equity network: new and updated resources"
    )


@pytest.mark.parametrize(
    "url",
    [
        "/networks/no-such-network/resources/feed/",
        "/networks/equity/feed/nothing/",
        "/resources/feed/nothing/",
    ],
)
def test_unknown_feed_paths_are_not_found(client, library, networks, url):
    assert client.get(url).status_code == 404


def test_pages_point_feed_readers_to_their_feeds(client, library, networks):
    equity = networks[0]
    publish(ResourcePageFactory(parent=library), days_ago=0, networks=[equity])

    for page, feed_url in (
        (library, "/resources/feed/"),
        (equity, "/networks/equity/resources/feed/"),
    ):
        html = BeautifulSoup(client.get(page.url).content, "html.parser")
        link = html.head.find("link", rel="alternate", type="application/atom+xml")
        assert link["href"] == feed_url

    html = BeautifulSoup(client.get(equity.url).content, "html.parser")
    resources = html.find("section", attrs={"aria-labelledby": "resources-heading"})
    subscribe = resources.find("a", type="application/atom+xml")
    assert subscribe["href"] == "/networks/equity/resources/feed/"
    assert "Subscribe" in subscribe.get_text()
