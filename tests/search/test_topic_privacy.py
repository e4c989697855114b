"""
A resource's topics are part of its content: someone who may not open a
members-only resource never learns its topics, even when editors list it.

A listed members-only resource is still found by its title and shown, as
"Members only", to everyone. For anyone but a member its topics are hidden:
no topic facet counts it, choosing a topic never finds it, a topic only
members-only resources carry is unknown (as if it did not exist), and the
"Popular topics" offered when nothing matched never include such a topic.

Users: anonymous, pending (signed in, waiting for approval) and a member.
Resources, each with a nonsense topic of its own and the shared "Plainwort":

    Public leaflet         public               plainwort, openmoss
    Listed members kit     members-only, listed plainwort, secretfern
    Unlisted members plan  members-only         plainwort, hushbramble
"""

from django.contrib.auth.models import Group

from modelsearch import index

import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from accounts.models import User
from home.factories import make_site_with_home
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from resources.models import MEMBERS_GROUP
from tests.shared_db import shared_fixture

pytestmark = pytest.mark.django_db

USERS = ["anonymous", "pending", "member"]
RESOURCES = {
    # title: (members_only, listed, topics)
    "Public leaflet": (False, True, ["Plainwort", "Openmoss"]),
    "Listed members kit": (True, True, ["Plainwort", "Secretfern"]),
    "Unlisted members plan": (True, False, ["Plainwort", "Hushbramble"]),
}
# The topic facet, by who is asking, when browsing the whole library.
TOPICS = {
    "anonymous": {"plainwort": 1, "openmoss": 1},
    "pending": {"plainwort": 1, "openmoss": 1},
    "member": {"plainwort": 3, "openmoss": 1, "secretfern": 1, "hushbramble": 1},
}
MEMBERS_ONLY_TOPICS = ["secretfern", "hushbramble"]


def build_world():
    home = make_site_with_home()
    library = ResourceIndexPageFactory(parent=home, slug="resources")
    world = {"library": library}
    for title, (members_only, listed, topics) in RESOURCES.items():
        resource = ResourcePageFactory(
            parent=library,
            title=title,
            summary=f"About the {title.lower()}.",
            members_only=members_only,
            listed=listed,
        )
        resource.tags.add(*topics)
        resource.save_revision().publish()
        index.insert_or_update_object(resource)  # tags reach the index late
        world[title] = resource
    world["pending"] = UserFactory(membership=User.Membership.PENDING)
    world["member"] = UserFactory(
        membership=User.Membership.APPROVED,
        groups=[Group.objects.get_or_create(name=MEMBERS_GROUP)[0]],
    )
    return world


# Built once, as the tests only read; each rolls back its own changes.
shared_world = shared_fixture("shared_world", build_world)


@pytest.fixture
def world(shared_world, db):
    return shared_world


@pytest.fixture
def ask(client, world):
    """ask(who, url, **params): the response to `who`'s GET."""

    def get(who, url=None, **params):
        if who != "anonymous":
            client.force_login(world[who])
        return client.get(url or world["library"].url, params)

    return get


def topic_counts(response):
    data = response.json()
    return {option["value"]: option["count"] for option in data["facets"]["topic"]}


def hit_titles(response):
    return [result["title"] for result in response.json()["results"]]


@pytest.mark.parametrize("who", USERS)
def test_topic_counts_count_only_what_the_user_may_open(ask, who):
    assert topic_counts(ask(who, format="json")) == TOPICS[who]


@pytest.mark.parametrize("who", USERS)
def test_the_library_page_names_no_hidden_topic(ask, who):
    page = BeautifulSoup(ask(who).content, "html.parser")
    facets = page.select_one("#library-facets").get_text()

    for topic in MEMBERS_ONLY_TOPICS:
        assert (topic.capitalize() in facets) is (who == "member")


@pytest.mark.parametrize("who", USERS)
def test_a_listed_resource_found_by_title_shows_none_of_its_topics(ask, who):
    response = ask(who, q="listed members kit", format="json")

    assert hit_titles(response) == ["Listed members kit"]
    expected = {"plainwort": 1, "secretfern": 1} if who == "member" else {}
    assert topic_counts(response) == expected


@pytest.mark.parametrize(
    ("who", "found"),
    [
        ("anonymous", ["Public leaflet"]),
        ("pending", ["Public leaflet"]),
        ("member", ["Listed members kit", "Public leaflet", "Unlisted members plan"]),
    ],
)
def test_choosing_a_topic_never_finds_a_resource_by_its_hidden_topics(ask, who, found):
    response = ask(who, topic="plainwort", format="json")

    assert sorted(hit_titles(response)) == found
    # The count beside a topic is what choosing it finds.
    assert response.json()["total"] == len(found)
    assert topic_counts(response)["plainwort"] == len(found)


@pytest.mark.parametrize("who", USERS)
def test_a_hidden_topic_is_as_unknown_as_one_that_does_not_exist(ask, who):
    response = ask(who, topic="secretfern", format="json")
    missing = ask(who, topic="nosuchtopic", format="json")

    if who == "member":
        assert hit_titles(response) == ["Listed members kit"]
        assert not response.json()["notices"]
        return
    # The same answer as for a topic nobody has: a notice, and no filter.
    assert response.json()["notices"] == [
        notice.replace("nosuchtopic", "secretfern")
        for notice in missing.json()["notices"]
    ]
    assert response.json()["total"] == missing.json()["total"] == 2
    assert "secretfern" not in topic_counts(response)


@pytest.mark.parametrize("who", USERS)
@pytest.mark.parametrize("where", ["library", "site"])
def test_popular_topics_name_only_topics_the_user_may_open(ask, world, who, where):
    url = world["library"].url if where == "library" else "/search/"

    page = BeautifulSoup(ask(who, url, q="zzyzzyva").content, "html.parser")
    offered = [a.get_text() for a in page.select(".topic-links a")]

    assert set(offered) == {topic.capitalize() for topic in TOPICS[who]}


def test_a_members_popular_topics_never_reach_a_visitor(ask, client):
    """Popular topics are kept per audience: a member's list first, then a
    visitor's, names no members-only topic to the visitor."""

    def offered(who):
        page = BeautifulSoup(ask(who, q="zzyzzyva").content, "html.parser")
        return {a.get_text().casefold() for a in page.select(".topic-links a")}

    assert offered("member") == set(TOPICS["member"])
    client.logout()
    assert offered("anonymous") == set(TOPICS["anonymous"])
