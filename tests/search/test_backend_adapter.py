"""
search/backends.py is the one module that leans on modelsearch's and the
Elasticsearch client's internals. The first tests here fail when an upgrade
changes the shape of what it uses, so the pin in requirements/base.txt is
moved knowingly. The others break the internals as an upgrade would, and
show that a search still answers, through modelsearch's public API.
"""

import inspect
import logging
import sys

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.db.models import FloatField
from django.db.models.expressions import RawSQL

from modelsearch import index
from modelsearch.backends import get_search_backend

import pytest

from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from resources.library import LibraryScope
from search import backends
from search.engine import search
from search.synonyms import expand

pytestmark = pytest.mark.django_db

on_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the SQLite shortcut runs on SQLite only"
)

OFFLINE_ELASTICSEARCH = {
    "default": {
        "BACKEND": "modelsearch.backends.elasticsearch9",
        "URLS": ["http://127.0.0.1:9"],
        "INDEX_PREFIX": "lla_test_",
        "AUTO_UPDATE": False,
    }
}

# Ranked by the words' place: title and summary, summary, body only.
ROWS = [
    ("Careers fair checklist", "Careers: a careers fair.", "Careers advice."),
    ("Open evening planner", "For careers leads.", "Nothing more."),
    ("Governors' handbook", "For governors.", "A word on careers."),
]


def parameters(function):
    return list(inspect.signature(function).parameters)


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


@pytest.fixture
def shelf(home):
    library = ResourceIndexPageFactory(parent=home)
    pages = []
    for title, summary, body in ROWS:
        page = ResourcePageFactory(
            parent=library, title=title, summary=summary, body=paragraph(body)
        )
        index.insert_or_update_object(page)
        pages.append(page)
    return pages


def ranked_results(query="careers"):
    return get_search_backend().search(
        expand(query), LibraryScope(AnonymousUser()).openable, order_by_relevance=True
    )


def fails_for_the_adapter(monkeypatch, owner, name, error):
    """
    `owner.name` as an upgrade might leave it: gone or changed for the adapter
    (search.backends), while modelsearch's own code, which moves with it, still
    works. `error` is what the adapter then meets: an exception to raise, or a
    value to return in place of the real one.
    """
    original = getattr(owner, name)

    def changed(*args, **kwargs):
        if sys._getframe(1).f_globals.get("__name__") == backends.__name__:
            if isinstance(error, Exception):
                raise error
            return error
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, changed)


# The shape of what the adapter uses --------------------------------------------


@on_sqlite
def test_the_sqlite_internals_the_adapter_uses_are_there():
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteFTSIndexEntry,
        SQLiteSearchQueryCompiler,
    )
    from modelsearch.utils import get_descendants_content_types_pks

    compiler = SQLiteSearchQueryCompiler
    assert parameters(compiler._build_rank_expression) == ["self", "vectors", "config"]
    assert parameters(compiler.get_search_vectors) == ["self"]
    assert parameters(compiler.build_search_query) == ["self", "query", "config"]
    assert parameters(compiler.get_config) == ["self", "backend"]
    assert compiler.FTS_TABLE_FIELDS == ["title", "body"]
    assert issubclass(SQLiteAutocompleteQueryCompiler, compiler)
    assert parameters(MatchExpression) == ["columns", "query"]
    assert parameters(normalize) == ["search_query"]
    assert parameters(get_descendants_content_types_pks) == ["model"]
    entry = SQLiteFTSIndexEntry._meta.get_field("index_entry").related_model
    assert {"object_id", "content_type"} <= {f.name for f in entry._meta.get_fields()}

    results = ranked_results()
    assert type(results.backend).__module__.endswith(".sqlite.sqlite")
    assert type(results.query_compiler) is compiler
    for attribute in ("query", "fields", "queryset"):
        assert hasattr(results.query_compiler, attribute)


@on_sqlite
def test_the_sqlite_shortcut_ranks_as_modelsearch_does(shelf):
    results = ranked_results()

    shortcut = backends.sqlite_ranked_ids(results)

    assert sorted(shortcut) == sorted(page.pk for page in shelf)
    assert shortcut == list(results.get_queryset().values_list("pk", flat=True))


def test_the_elasticsearch_internals_the_adapter_uses_are_there(settings, monkeypatch):
    from elastic_transport import TransportError
    from elasticsearch import ApiError, Elasticsearch

    settings.WAGTAILSEARCH_BACKENDS = OFFLINE_ELASTICSEARCH
    results = ranked_results()

    assert not hasattr(results, "get_queryset"), "a server's results are not SQL"
    compiler = results.query_compiler
    assert isinstance(compiler.get_query(), dict)
    assert compiler.get_sort() is None or isinstance(compiler.get_sort(), list)
    assert isinstance(results.backend.es, Elasticsearch)
    assert results.backend.get_index_for_model(compiler.queryset.model).name
    assert "meta" in parameters(ApiError)
    assert issubclass(TransportError, Exception)

    # The client takes the ids-only request as it is, and sends all of it.
    sent = []

    def perform_request(client, method, path, **kwargs):
        sent.append((path, kwargs["body"]))
        return {"hits": {"hits": [{"fields": {"pk": ["7"]}, "_score": 1.0}]}}

    monkeypatch.setattr(Elasticsearch, "perform_request", perform_request)

    assert backends.server_ranked_ids(results, partial=True) == [7]
    [(path, body)] = sent
    assert path.endswith("/_search")
    assert body["_source"] is False
    assert body["fields"] == ["pk"]
    assert body["size"] == backends.MAX_SERVER_HITS
    assert body["track_total_hits"] is False
    assert body["query"] == backends.id_search(results, partial=True).to_dict()["query"]


# A broken private path still answers -------------------------------------------


@on_sqlite
@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("_build_rank_expression", AttributeError("no _build_rank_expression")),
        ("get_search_vectors", TypeError("needs an argument now")),
        # An expression the database cannot run.
        ("_build_rank_expression", RawSQL("no_such_column", [], FloatField())),
    ],
    ids=["renamed", "new-signature", "new-sql"],
)
def test_a_broken_sqlite_shortcut_falls_back_to_the_public_api(
    shelf, monkeypatch, caplog, name, error
):
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchQueryCompiler

    expected = [hit.page.pk for hit in search("careers", user=AnonymousUser()).hits]
    fails_for_the_adapter(monkeypatch, SQLiteSearchQueryCompiler, name, error)

    with caplog.at_level(logging.ERROR, logger="search.backends"):
        results = search("careers", user=AnonymousUser())

    assert [hit.page.pk for hit in results.hits] == expected
    assert sorted(expected) == sorted(page.pk for page in shelf)
    assert "ranking with its public API instead" in caplog.text


@on_sqlite
def test_a_broken_sqlite_shortcut_still_answers_the_library_page(
    client, shelf, monkeypatch
):
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchQueryCompiler

    fails_for_the_adapter(
        monkeypatch,
        SQLiteSearchQueryCompiler,
        "_build_rank_expression",
        AttributeError("no _build_rank_expression"),
    )

    response = client.get(shelf[0].get_parent().url, {"q": "careers"})

    assert response.status_code == 200
    assert "Careers fair checklist" in response.content.decode()


@pytest.mark.parametrize("partial", [False, True], ids=["all-words", "most-words"])
def test_a_broken_server_request_falls_back_to_the_public_api(
    settings, shelf, monkeypatch, caplog, partial
):
    """
    The ids-only request cannot be built (elasticsearch.dsl, which only the
    adapter uses, has changed): modelsearch's own request finds the pages.
    """
    from elasticsearch import Elasticsearch
    from elasticsearch.dsl import Search

    settings.WAGTAILSEARCH_BACKENDS = OFFLINE_ELASTICSEARCH
    found = shelf[0]
    sent = []

    def answer(client, index=None, **request):
        sent.append(request)
        return {"hits": {"hits": [{"fields": {"pk": [str(found.pk)]}, "_score": 1}]}}

    monkeypatch.setattr(Elasticsearch, "search", answer)
    fails_for_the_adapter(
        monkeypatch, Search, "update_from_dict", AttributeError("no update_from_dict")
    )

    with caplog.at_level(logging.ERROR, logger="search.backends"):
        ids = backends.server_ranked_ids(ranked_results(), partial=partial)
        results = search("careers", user=AnonymousUser())

    assert ids == [found.pk]
    assert [hit.page for hit in results.hits] == [found]
    assert sent and all("scroll" in request for request in sent), "modelsearch's own"
    assert "ranking with modelsearch's public API instead" in caplog.text


def test_a_server_that_is_down_is_not_asked_twice(settings, monkeypatch):
    """Only the shortcut's own failures fall back: a dead server is a 503."""
    from elastic_transport import ConnectionError
    from elasticsearch import Elasticsearch

    settings.WAGTAILSEARCH_BACKENDS = OFFLINE_ELASTICSEARCH
    sent = []

    def refuse(client, index=None, **request):
        sent.append(request)
        raise ConnectionError("refused")

    monkeypatch.setattr(Elasticsearch, "search", refuse)

    with pytest.raises(backends.SearchUnavailable):
        search("careers", user=AnonymousUser())
    assert len(sent) == 1
