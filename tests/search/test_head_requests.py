"""
HEAD works wherever GET does on the search and the library (link checkers,
uptime monitors and caches ask HEAD first): the same status and headers, no
body. A HEAD is nobody searching, so it is not counted in the search reports.
"""

from wagtail.contrib.search_promotions.models import Query

import pytest

from resources.factories import ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

URLS = [
    "/search/?q=x",
    "/search/?q=x&format=json",
    "/search/?q=x&format=json&suggest=1",
    "/search/",
    "/resources/?q=x",
    "/resources/?q=x&format=json",
    "/resources/",
]


@pytest.fixture
def library(home):
    library = ResourceIndexPageFactory(parent=home, slug="resources")
    ResourcePageFactory(parent=library, title="X marks the spot")
    return library


@pytest.mark.parametrize("url", URLS)
def test_head_answers_as_get_does_without_a_body(client, library, url):
    get = client.get(url)
    head = client.head(url)

    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head["Content-Type"] == get["Content-Type"]


def test_a_head_request_is_not_counted_as_a_search(client, library):
    client.head("/search/?q=lighthouse")
    client.head("/resources/?q=lighthouse")

    assert not Query.objects.filter(query_string="lighthouse").exists()
