"""Each resource lists related resources: shared topics first, then networks."""

import pytest
from bs4 import BeautifulSoup

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


def related_titles(client, page):
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    section = html.find("section", attrs={"aria-labelledby": "related-heading"})
    return [a.get_text() for a in section.select(".resource-item__title a")], section


def test_shared_topics_count_more_than_a_shared_network(client, pages):
    titles, section = related_titles(client, pages["subject"])

    assert titles == ["Teaser", "Two topics", "One topic", "Network only"]
    assert "Unrelated" not in section.get_text()


def test_related_resources_follow_the_privacy_rule(client, pages):
    titles, section = related_titles(client, pages["subject"])

    assert "Secret" not in titles
    assert "A teaser summary." not in section.get_text()
    assert "Members only" in section.get_text()
