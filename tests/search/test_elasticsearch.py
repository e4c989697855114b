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

from core.content.loader import load_all
from resources.library import LibraryScope
from search.backends import MAX_SERVER_HITS, MINIMUM_SHOULD_MATCH, id_search
from search.engine import search
from search.models import Synonym
from search.synonyms import expand
from tests.search.test_ranking import JUDGMENTS, PARTIAL, meets

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


def text_matches(body):
    """The options of every match on words (not the content-type filter)."""
    return [
        options
        for match in clauses(body, "match")
        for options in match.values()
        if isinstance(options, dict) and "query" in options
    ] + list(clauses(body, "multi_match"))


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

    def test_partial_matches_ask_for_most_of_the_words(self):
        """
        When no page holds every word, the server's own `or` with a minimum
        that should match does the work: one request, nothing counted here.
        """
        Synonym.objects.create(terms="NEET, not in education employment or training")
        results = get_search_backend().search(
            expand("NEET half-termly forum", operator="or"),
            LibraryScope(AnonymousUser()).openable,
            order_by_relevance=True,
        )
        body = id_search(results, partial=True).to_dict()

        matches = text_matches(body)
        assert {m["query"] for m in matches} == {
            "neet half-termly forum",
            "not in education employment or training half-termly forum",
        }
        for match in matches:
            assert match.get("operator", "or") == "or"
            assert match["minimum_should_match"] == MINIMUM_SHOULD_MATCH
        # As strict as any other search.
        terms = list(clauses(body, "term"))
        assert {"live_filter": True} in terms
        assert {"resources_resourcepage__members_only_filter": False} in terms

    def test_a_search_with_no_page_holding_every_word_asks_again_for_most(
        self, monkeypatch
    ):
        """The service's requests for a search no page matches whole."""
        from elasticsearch import Elasticsearch

        sent = []

        def answer(client, index=None, **request):
            sent.append(request)
            return {"hits": {"hits": []}}

        monkeypatch.setattr(Elasticsearch, "search", answer)

        results = search("half-termly forum headteachers", user=AnonymousUser())

        assert results.total == 0
        every_word, most_words = sent
        assert [m.get("operator") for m in text_matches(every_word)] == ["and"]
        assert not list(clauses(every_word, "minimum_should_match"))
        [loose] = text_matches(most_words)
        assert loose.get("operator", "or") == "or"
        assert loose["minimum_should_match"] == MINIMUM_SHOULD_MATCH


@pytest.mark.skipif(not ES_URL, reason="set ELASTICSEARCH_URL to run against a server")
class TestOnElasticsearch(TestCase):
    """The ranking table of test_ranking, on a real server."""

    @classmethod
    def setUpTestData(cls):
        load_all(hostname="localhost", port=80, stdout=lambda line: None)
        call_command("update_index", verbosity=0)

    def test_each_search_finds_its_page_near_the_top(self):
        for judgment in JUDGMENTS:
            for scope in judgment.scopes:
                with self.subTest(scope=scope, query=judgment.query):
                    results = search(judgment.query, user=AnonymousUser(), scope=scope)
                    top = [hit.page for hit in results.hits[: judgment.top]]
                    self.assertTrue(
                        any(
                            meets(page, judgment.kind, judgment.expected)
                            for page in top
                        )
                    )
                    self.assertIs(
                        any(PARTIAL in notice for notice in results.notices),
                        judgment.partial,
                    )
