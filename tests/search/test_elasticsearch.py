"""
Search on Elasticsearch. Without a server (these machines have none) the
requests the service would send are checked; with ELASTICSEARCH_URL set,
the same searches run against the server.
"""

import os

from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.test import TestCase

from modelsearch.backends import get_search_backend

import pytest

from home.content_loader import load_all
from search.models import Synonym
from search.service import (
    LIBRARY,
    MAX_SERVER_HITS,
    SITE,
    LibraryScope,
    id_search,
    search,
)
from search.synonyms import expand
from tests.search.test_ranking import EXPECTED, belongs_to

ES_URL = os.environ.get("ELASTICSEARCH_URL", "")

OFFLINE = {
    "default": {
        "BACKEND": "modelsearch.backends.elasticsearch9",
        "URLS": ["http://127.0.0.1:9"],
        "INDEX_PREFIX": "lla_test_",
        "AUTO_UPDATE": False,
    }
}


def clauses(node, key):
    """Every value under `key`, anywhere in a nested request."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key:
                yield v
            yield from clauses(v, key)
    elif isinstance(node, list):
        for item in node:
            yield from clauses(item, key)


@pytest.fixture
def offline_elasticsearch(settings):
    settings.WAGTAILSEARCH_BACKENDS = OFFLINE


@pytest.mark.django_db
@pytest.mark.usefixtures("offline_elasticsearch")
class TestRequestsSentToElasticsearch:
    def request_for(self, query, queryset, **kwargs):
        results = get_search_backend().search(
            expand(query), queryset, order_by_relevance=True, **kwargs
        )
        return id_search(results).to_dict()

    def test_asks_only_for_ranked_ids(self):
        body = self.request_for("careers", LibraryScope(AnonymousUser()).openable)

        assert body["_source"] is False
        assert body["fields"] == ["pk"]
        assert body["size"] == MAX_SERVER_HITS

    def test_a_visitor_matches_only_public_resources(self):
        body = self.request_for("careers", LibraryScope(AnonymousUser()).openable)

        terms = list(clauses(body, "term"))
        assert {"live_filter": True} in terms
        assert {"resources_resourcepage__members_only_filter": False} in terms

    def test_synonyms_are_alternatives_in_the_query(self):
        Synonym.objects.create(terms="NEET, not in education employment or training")

        body = self.request_for("NEET", LibraryScope(AnonymousUser()).openable)

        matched = {
            m["query"]
            for m in clauses(body, "match")
            if "query" in m.get("_all_text", {})
            for m in [m["_all_text"]]
        }
        assert matched == {"neet", "not in education employment or training"}

    def test_listed_members_only_resources_match_by_title_alone(self):
        body = self.request_for(
            "zephyr", LibraryScope(AnonymousUser()).title_only, fields=["title"]
        )

        fields = {field for match in clauses(body, "match") for field in match} | {
            field for mm in clauses(body, "multi_match") for field in mm["fields"]
        }
        assert any(field.startswith("title") for field in fields)
        assert not any("_all_text" in field for field in fields)
        terms = list(clauses(body, "term"))
        assert {"resources_resourcepage__members_only_filter": True} in terms
        assert {"resources_resourcepage__listed_filter": True} in terms


@pytest.mark.skipif(not ES_URL, reason="set ELASTICSEARCH_URL to run against a server")
class TestOnElasticsearch(TestCase):
    """The ranking table of test_ranking, on a real server."""

    @classmethod
    def setUpTestData(cls):
        load_all(hostname="localhost", port=80, stdout=lambda line: None)
        call_command("update_index", verbosity=0)

    def test_the_right_page_comes_first(self):
        for scope in (SITE, LIBRARY):
            for query, (kind, expected) in EXPECTED.items():
                with self.subTest(scope=scope, query=query):
                    first = search(query, user=AnonymousUser(), scope=scope).hits[0]
                    if kind == "page":
                        self.assertEqual(first.page.title, expected)
                    else:
                        self.assertTrue(belongs_to(first.page, expected))
