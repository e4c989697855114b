"""
The names beside the library's filters (networks, types, audiences, topics)
are read once per content generation (resources.library.NamedBySlug), not
by a query for each facet on every search; an editor's rename shows at once.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from resources.factories import (
    AudienceFactory,
    ResourceIndexPageFactory,
    ResourceTypeFactory,
    publish_resource,
)

pytestmark = pytest.mark.django_db

LABEL_TABLES = ('FROM "resources_resourcetype"', 'FROM "resources_audience"')


@pytest.fixture
def library(home):
    library = ResourceIndexPageFactory(parent=home, slug="resources")
    guide = ResourceTypeFactory(name="Guide", slug="guide")
    page = publish_resource(
        library, "Planting a school garden", topics=["climate"], resource_type=guide
    )
    page.audiences.add(AudienceFactory(name="Primary", slug="primary"))
    page.save_revision().publish()
    return library


def filter_labels(response):
    page = BeautifulSoup(response.content, "html.parser")
    return {
        label.get_text(" ", strip=True)
        for label in page.select("form#library label[for^=facet-]")
    }


def test_a_search_reads_no_filter_names_once_they_are_known(client, library):
    params = {"q": "garden", "type": "guide", "audience": "primary"}
    client.get(library.url, params)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(library.url, params)

    assert response.status_code == 200
    read = [q["sql"] for q in queries if any(t in q["sql"] for t in LABEL_TABLES)]
    assert not read, read
    assert any("Guide" in label for label in filter_labels(response))


def test_a_renamed_type_shows_its_new_name_at_once(client, library):
    client.get(library.url, {"type": "guide"})
    guide = ResourceTypeFactory(slug="guide")
    guide.name = "How-to guide"
    guide.save()

    labels = filter_labels(client.get(library.url, {"type": "guide"}))

    assert any("How-to guide" in label for label in labels), labels
