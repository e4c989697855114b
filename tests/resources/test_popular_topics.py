"""
The popular topics offered when a search finds nothing are those most used
by the newest resources the user may open (resources.library.POPULAR_AMONG):
what the networks share now, counted at the same cost at any size of
library. Privacy: tests/search/test_topic_privacy.py.
"""

from django.contrib.auth.models import AnonymousUser

import pytest

from resources import library as library_module
from resources.factories import publish_resource
from resources.library import popular_topics

pytestmark = pytest.mark.django_db


def test_popular_topics_are_those_of_the_newest_resources(library, monkeypatch):
    monkeypatch.setattr(library_module, "POPULAR_AMONG", 2)
    publish_resource(library, "Exam board notes", topics=["archive"])
    publish_resource(library, "Older exam notes", topics=["archive"])
    publish_resource(library, "Green schools", topics=["sustainability"])
    publish_resource(library, "Talk for learning", topics=["oracy"])

    offered = {topic.label for topic in popular_topics(AnonymousUser())}

    assert offered == {"sustainability", "oracy"}
