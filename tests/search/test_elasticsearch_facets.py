"""
The library's facet counts on Elasticsearch: the server counts them with
aggregations over the same queries that ranked the results, privacy among
their filters, in one request, rather than SQL over the ids it ranked (at
most 5,000 of them).

No server runs on these machines: a stand-in for the client's `search`
answers as a server holding the library would, and the tests check the
requests the service sends and what the page shows from a canned answer.
With ELASTICSEARCH_URL set, the counts are checked against SQL's on a real
server.

Library (every title holds "careers", so a search for it finds them all):

    Careers guide    aire    guide   primary    careers, send
    Careers report   wharfe  report  secondary  careers
    Careers toolkit  aire    report  primary    careers, secretfern
                     (members-only, listed: found by title by anyone)
"""

import logging
from unittest import mock

from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.test import TestCase

from modelsearch.backends import get_search_backend

import pytest

from accounts.factories import MemberFactory
from core.content.loader import load_all
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from resources.factories import (
    AudienceFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
)
from resources.models import ResourcePage
from search import engine
from search.backends import (
    MAX_COUNTED_HITS,
    MAX_FACET_VALUES,
    MINIMUM_SHOULD_MATCH,
    SearchUnavailable,
)
from search.engine import PARTIAL_NOTICE, SERVER_CAPPED_NOTICE, search
from tests.search.test_elasticsearch import ES_URL, OFFLINE, clauses, text_matches

pytestmark = pytest.mark.django_db

# The document fields modelsearch's mapping gives the FilterFields of
# ResourcePage.search_fields (defined on a subclass of Page, so prefixed).
FIELDS = {
    "network": "resources_resourcepage__networks_filter",
    "type": "resources_resourcepage__resource_type_id_filter",
    "audience": "resources_resourcepage__audiences_filter",
    "topic": "resources_resourcepage__tags_filter",
}
MEMBERS_ONLY = "resources_resourcepage__members_only_filter"
LISTED = "resources_resourcepage__listed_filter"
OPENABLE_BY_ANYONE = {"term": {MEMBERS_ONLY: False}}

ROWS = [
    # title, network, type, audience, topics, members_only
    ("Careers guide", "aire", "guide", "primary", ["careers", "send"], False),
    ("Careers report", "wharfe", "report", "secondary", ["careers"], False),
    ("Careers toolkit", "aire", "report", "primary", ["careers", "secretfern"], True),
]


@pytest.fixture
def library(settings, home):
    """The library above, on an Elasticsearch backend with no server."""
    settings.WAGTAILSEARCH_BACKENDS = OFFLINE
    shelf = ResourceIndexPageFactory(parent=home)
    index_page = NetworkIndexPageFactory(parent=home)
    pages = {
        slug: NetworkPageFactory(parent=index_page, title=slug.title(), slug=slug)
        for slug in ("aire", "wharfe")
    }
    for title, network, kind, audience, topics, members_only in ROWS:
        resource = ResourcePageFactory(
            parent=shelf,
            title=title,
            resource_type=ResourceTypeFactory(slug=kind, name=kind.title()),
            members_only=members_only,
            listed=True,
        )
        resource.networks.add(pages[network])
        resource.audiences.add(AudienceFactory(slug=audience, name=audience.title()))
        resource.tags.add(*topics)
        resource.save_revision().publish()
        pages[title] = resource
    return pages


class FakeServer:
    """
    Stands in for the Elasticsearch client's `search`: records each request
    and answers as a server holding `found` would. A ranked request gets the
    ids its privacy filter lets through (with `most_words_only`, only when it
    asks for most of the words); the facet request gets `answer`, or raises
    `failure`.
    """

    def __init__(self, found, answer=None, failure=None):
        self.found = found
        self.answer = answer
        self.failure = failure
        self.most_words_only = False
        self.requests = []

    def search(self, index=None, **request):
        self.requests.append(request)
        if "aggs" in request:
            if self.failure:
                raise self.failure
            return self.answer
        if self.most_words_only and not text_matches(request)[0].get(
            "minimum_should_match"
        ):
            return {"hits": {"hits": []}}
        terms = list(clauses(request["query"], "term"))
        found = [
            page
            for page in self.found
            if {MEMBERS_ONLY: not page.members_only} not in terms
        ]
        return {"hits": {"hits": [{"fields": {"pk": [str(p.pk)]}} for p in found]}}

    @property
    def facet_request(self):
        [request] = [request for request in self.requests if "aggs" in request]
        return request


def aggregations(total, **counts):
    """A server's answer to the facet request: {facet: {key: count}}."""
    return {
        "hits": {"total": {"value": total, "relation": "eq"}, "hits": []},
        "aggregations": {
            name: {
                "doc_count": sum(counts.get(name, {}).values()),
                "values": {
                    "buckets": [
                        {"key": key, "doc_count": n}
                        for key, n in counts.get(name, {}).items()
                    ]
                },
            }
            for name in FIELDS
        },
    }


@pytest.fixture
def server(library, monkeypatch, caplog):
    """
    A FakeServer that finds the whole library and counts nothing. The ranked
    ids come from the service's own request, not modelsearch's fallback.
    """
    from elasticsearch import Elasticsearch

    fake = FakeServer(
        [library[row[0]] for row in ROWS], answer=aggregations(total=len(ROWS))
    )
    monkeypatch.setattr(Elasticsearch, "search", fake.search)
    yield fake
    assert "ids-only request failed" not in caplog.text


def counts(results):
    """{facet: {value: count}} as the page shows them."""
    return {
        facet.name: {option.value: option.count for option in facet.options}
        for facet in results.facets
    }


def aggregation_filter(request, name):
    """The filter of facet `name`'s aggregation, and the field it counts."""
    aggregation = request["aggs"][name]
    return aggregation["filter"], aggregation["aggs"]["values"]["terms"]


# The request --------------------------------------------------------------------


def test_the_fields_counted_hold_each_resources_ids(library):
    """
    The aggregations count the fields modelsearch indexes for the
    FilterFields: a foreign key's id, and a list of ids for each
    many-to-many (networks, audiences, topics).
    """
    guide = ResourcePage.objects.get(pk=library["Careers guide"].pk)
    document = get_search_backend().mapping_class(ResourcePage).get_document(guide)

    assert document[FIELDS["type"]] == guide.resource_type_id
    assert document[FIELDS["network"]] == [library["aire"].pk]
    assert document[FIELDS["audience"]] == list(
        guide.audiences.values_list("pk", flat=True)
    )
    assert sorted(document[FIELDS["topic"]]) == sorted(
        guide.tags.values_list("pk", flat=True)
    )


def test_one_request_counts_every_facet_without_hits(server):
    search("careers", user=MemberFactory())

    request = server.facet_request
    assert request["size"] == 0
    assert request["track_total_hits"] == MAX_COUNTED_HITS
    assert set(request["aggs"]) == set(FIELDS)
    for name, field in FIELDS.items():
        within, terms = aggregation_filter(request, name)
        assert terms == {"field": field, "size": MAX_FACET_VALUES}
        # Nothing chosen: each facet counts every match.
        assert within == {"match_all": {}}


def test_each_facet_is_counted_within_the_other_facets_choices(server, library):
    aire, guide = library["aire"], library["Careers guide"].resource_type
    search(
        "careers",
        user=MemberFactory(),
        filters={"network": ["aire"], "type": ["guide"]},
    )

    request = server.facet_request
    network_filter, _ = aggregation_filter(request, "network")
    type_filter, _ = aggregation_filter(request, "type")
    # A value's count is the results with it as its facet's only choice: the
    # network counts keep the type chosen and drop the network chosen.
    assert list(clauses(network_filter, "terms")) == [{FIELDS["type"]: [guide.pk]}]
    assert list(clauses(type_filter, "terms")) == [{FIELDS["network"]: [aire.pk]}]
    both = [
        {"terms": {FIELDS["network"]: [aire.pk]}},
        {"terms": {FIELDS["type"]: [guide.pk]}},
    ]
    for name in ("audience", "topic"):
        within, _ = aggregation_filter(request, name)
        assert within == {"bool": {"filter": both}}


def test_a_visitors_counts_are_of_what_they_may_find(server):
    search("careers", user=AnonymousUser())

    query = server.facet_request["query"]
    # What they may open, by any word; or what they may only find, by title.
    by_any_word, by_title = query["bool"]["should"]
    assert query["bool"]["minimum_should_match"] == 1
    assert {MEMBERS_ONLY: False} in clauses(by_any_word, "term")
    assert {MEMBERS_ONLY: True} in clauses(by_title, "term")
    assert {LISTED: True} in clauses(by_title, "term")
    assert "title" in {field for match in clauses(by_title, "match") for field in match}
    assert "_all_text" not in str(by_title)


def test_a_visitor_never_counts_a_members_only_resources_topics(server):
    """
    Found by its title, a listed members-only resource is in the network,
    type and audience counts, but its topics are content: only resources
    anyone may open are counted for topics, or narrowed by one.
    """
    search("careers", user=AnonymousUser(), filters={"topic": ["careers"]})

    request = server.facet_request
    topic_filter, _ = aggregation_filter(request, "topic")
    assert topic_filter == {"bool": {"filter": [OPENABLE_BY_ANYONE]}}
    network_filter, _ = aggregation_filter(request, "network")
    [topic_terms, openable] = network_filter["bool"]["filter"]
    assert list(topic_terms["terms"]) == [FIELDS["topic"]]
    assert openable == OPENABLE_BY_ANYONE


def test_a_search_for_most_of_the_words_counts_the_same_matches(server):
    """
    No page holds every word: the counts are of the pages holding most of
    them, as the results are, asked of the server the same way.
    """
    server.most_words_only = True

    results = search("careers zanderfolk quibberly", user=AnonymousUser())

    assert PARTIAL_NOTICE in results.notices
    assert len(results.hits) == 3
    matches = text_matches(server.facet_request["query"])
    assert len(matches) == 2, "by any word and by title"
    for match in matches:
        assert match.get("operator", "or") == "or"
        assert match["minimum_should_match"] == MINIMUM_SHOULD_MATCH


def test_a_members_counts_are_of_every_resource(server):
    search("careers", user=MemberFactory(), filters={"topic": ["secretfern"]})

    request = server.facet_request
    assert MEMBERS_ONLY not in str(request)
    topic_filter, _ = aggregation_filter(request, "topic")
    assert topic_filter == {"match_all": {}}


# What the page shows -------------------------------------------------------------


def test_the_page_shows_the_servers_counts_labelled_from_the_database(server, library):
    aire, wharfe = library["aire"], library["wharfe"]
    report = library["Careers report"].resource_type
    server.answer = aggregations(
        total=3,
        # More than the three ids ranked: the server counts every match.
        network={aire.pk: 1200, wharfe.pk: 340, 999999: 5},
        type={report.pk: 900},
        topic={tag.pk: 640 for tag in library["Careers guide"].tags.all()},
    )

    results = search(
        "careers",
        user=AnonymousUser(),
        filters={"network": ["wharfe"], "type": ["guide", "report"]},
    )

    network, kind, audience, topic = results.facets
    # Chosen first; a key the database does not know is left out.
    assert [(o.label, o.count, o.selected) for o in network.options] == [
        ("Wharfe", 340, True),
        ("Aire", 1200, False),
    ]
    # A chosen value the server found nothing for stays listed at zero.
    assert [(o.label, o.count, o.selected) for o in kind.options] == [
        ("Guide", 0, True),
        ("Report", 900, True),
    ]
    assert audience.options == []
    assert {o.label: o.count for o in topic.options} == {"careers": 640, "send": 640}
    # The results themselves are still the ranked ids, filtered in SQL.
    assert [hit.page.title for hit in results.hits] == ["Careers report"]
    assert not results.capped


def test_more_matches_than_were_ranked_make_the_total_a_floor(server):
    server.answer = aggregations(total=MAX_COUNTED_HITS)

    results = search("careers", user=AnonymousUser())

    assert results.capped
    assert SERVER_CAPPED_NOTICE in results.notices
    assert results.total == 3


def test_no_request_for_counts_when_nothing_matched(server):
    server.found = []

    results = search("careers", user=AnonymousUser())

    assert results.total == 0
    assert not any("aggs" in request for request in server.requests)


# When the request fails ----------------------------------------------------------

# What SQL counts over the three ranked ids, for a visitor: the members-only
# toolkit is found by its title, and so counted, except for its topics.
SQL_COUNTS = {
    "network": {"aire": 2, "wharfe": 1},
    "type": {"guide": 1, "report": 2},
    "audience": {"primary": 2, "secondary": 1},
    "topic": {"careers": 2, "send": 1},
}


def bad_request():
    from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig
    from elasticsearch import BadRequestError

    meta = ApiResponseMeta(
        status=400,
        http_version="1.1",
        headers=HttpHeaders(),
        duration=0.0,
        node=NodeConfig("http", "localhost", 9200),
    )
    return BadRequestError("parsing_exception", meta=meta, body={})


@pytest.mark.parametrize(
    "failure",
    [TypeError("search() got an unexpected keyword argument 'aggs'"), bad_request()],
    ids=["client-changed", "request-refused"],
)
def test_a_broken_facet_request_falls_back_to_sql_counts(server, caplog, failure):
    server.failure = failure

    with caplog.at_level(logging.ERROR, logger="search.backends"):
        results = search("careers", user=AnonymousUser())

    assert counts(results) == SQL_COUNTS
    assert len(results.hits) == 3
    assert "counting in SQL over the ranked ids instead" in caplog.text


def test_an_answer_of_another_shape_falls_back_to_sql_counts(server, caplog):
    server.answer = {"hits": {"total": 3, "hits": []}}

    with caplog.at_level(logging.ERROR, logger="search.backends"):
        results = search("careers", user=AnonymousUser())

    assert counts(results) == SQL_COUNTS
    assert "counting in SQL" in caplog.text


def test_a_server_that_is_down_is_a_503_not_sql_counts(server):
    from elastic_transport import ConnectionError

    server.failure = ConnectionError("refused")

    with pytest.raises(SearchUnavailable):
        search("careers", user=AnonymousUser())


# On a real server ----------------------------------------------------------------


@pytest.mark.skipif(not ES_URL, reason="set ELASTICSEARCH_URL to run against a server")
class TestFacetCountsOnElasticsearch(TestCase):
    """The server's counts are the SQL counts over the same matches."""

    SEARCHES = [
        ("careers", {}),
        ("race equity", {}),
        ("inclusion", {"type": ["report", "guide"]}),
        ("leadership", {"network": ["equity"], "topic": ["inclusion"]}),
        # No page holds every word: the pages holding most of them.
        ("half-termly forum headteachers", {}),
    ]

    @classmethod
    def setUpTestData(cls):
        load_all(hostname="localhost", port=80, stdout=lambda line: None)
        call_command("update_index", verbosity=0)
        cls.member = MemberFactory()

    def test_the_servers_counts_are_the_sql_counts(self):
        for user in (AnonymousUser(), self.member):
            for query, filters in self.SEARCHES:
                with self.subTest(query=query, filters=filters, member=user.pk):
                    with self.assertNoLogs("search.backends", logging.ERROR):
                        served = search(query, user=user, filters=filters)
                    with mock.patch.object(
                        engine, "server_facet_counts", return_value=None
                    ):
                        counted = search(query, user=user, filters=filters)
                    self.assertEqual(counts(served), counts(counted))
                    self.assertEqual(
                        [hit.page.pk for hit in served.hits],
                        [hit.page.pk for hit in counted.hits],
                    )
