"""
The library's link tables (networks, audiences, topics) are read from
indexes holding both columns, in the direction each query reads them:
choosing a filter reads the resources of a value, and counting reads the
values of the resources found (resources/migrations/0004).
"""

from django.contrib.auth.models import AnonymousUser

import pytest

from resources.library import AudienceFacet, LibraryScope, NetworkFacet, TopicFacet
from resources.models import ResourcePage
from tests.query_plans import plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def scope():
    return LibraryScope(AnonymousUser())


@pytest.mark.parametrize(
    "facet, index",
    [
        (NetworkFacet, "lla_resource_network_by_network"),
        (AudienceFacet, "lla_resource_audience_by_audience"),
        (TopicFacet, "lla_resource_tag_by_tag"),
    ],
    ids=["network", "audience", "topic"],
)
def test_choosing_a_value_reads_its_resources_from_an_index(scope, facet, index):
    chosen = facet(scope)
    holding = chosen.holding([1, 2])
    beside = [(chosen.through._meta.db_table, chosen.target_column)]

    assert index in plan(holding, set_aside=beside)


def test_counting_topics_reads_each_resources_topics_from_an_index(scope):
    found = ResourcePage.objects.filter(pk__in=[1, 2, 3])
    counts = TopicFacet.through.objects.filter(
        content_object_id__in=found.values("pk")
    ).values_list("tag_id")

    beside = [(TopicFacet.through._meta.db_table, "content_object_id")]

    assert "lla_resource_tag_by_resource" in plan(counts, set_aside=beside)
