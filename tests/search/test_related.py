"""Each resource lists related resources: shared topics first, then networks."""

import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from accounts.membership import members_group
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from resources.factories import ResourceIndexPageFactory, publish_resource

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home):
    library = ResourceIndexPageFactory(parent=home)
    index = NetworkIndexPageFactory(parent=home)
    careers, equity = (
        NetworkPageFactory(parent=index, slug=slug) for slug in ("careers", "equity")
    )
    return {
        "subject": publish_resource(
            library, "Subject", careers, ["apprenticeships", "post-16"]
        ),
        "two topics": publish_resource(
            library, "Two topics", equity, ["apprenticeships", "post-16"]
        ),
        "one topic": publish_resource(
            library, "One topic", equity, ["apprenticeships"]
        ),
        "network only": publish_resource(library, "Network only", careers),
        "unrelated": publish_resource(library, "Unrelated", equity, ["climate"]),
        "secret": publish_resource(
            library,
            "Secret",
            careers,
            ["apprenticeships", "post-16"],
            summary="A hidden summary.",
            members_only=True,
            listed=False,
        ),
        "teaser": publish_resource(
            library,
            "Teaser",
            careers,
            ["apprenticeships", "post-16"],
            summary="A teaser summary.",
            members_only=True,
        ),
    }


@pytest.fixture
def member_client(client):
    member = UserFactory()
    member.groups.add(members_group())
    client.force_login(member)
    return client


def related_titles(client, page):
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    section = html.find("section", attrs={"aria-labelledby": "related-heading"})
    return [a.get_text() for a in section.select(".resource-item__title a")], section


def test_shared_topics_count_more_than_a_shared_network(member_client, pages):
    titles, section = related_titles(member_client, pages["subject"])

    # Four at most: those sharing both topics, then one topic.
    assert set(titles[:3]) == {"Secret", "Teaser", "Two topics"}
    assert titles[3] == "One topic"
    assert "Unrelated" not in section.get_text()


def test_a_visitor_never_sees_a_locked_resource_ranked_by_its_hidden_topics(
    client, pages
):
    """
    A listed members-only resource shows its title to a visitor, not its
    topics: it is related by its network alone, like "Network only".
    """
    titles, _section = related_titles(client, pages["subject"])

    assert titles[:2] == ["Two topics", "One topic"]
    assert set(titles[2:]) == {"Teaser", "Network only"}


def test_related_resources_follow_the_privacy_rule(client, pages):
    titles, section = related_titles(client, pages["subject"])

    assert "Secret" not in titles
    assert "A teaser summary." not in section.get_text()
    assert "Members only" in section.get_text()


def test_a_members_related_resources_never_reach_a_visitor(client, pages):
    """The list is a cached fragment per audience: a member's view first."""
    member = UserFactory()
    member.groups.add(members_group())
    client.force_login(member)
    as_member, _ = related_titles(client, pages["subject"])
    client.logout()
    as_visitor, section = related_titles(client, pages["subject"])

    assert "Secret" in as_member
    assert "Secret" not in as_visitor
    assert "A teaser summary." not in section.get_text()
