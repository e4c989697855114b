"""
The one module that touches modelsearch's and the Elasticsearch client's
internals, for two shortcuts in ranking and one in counting:

- On SQLite, modelsearch orders by relevance with a correlated subquery that
  runs the full-text MATCH again for every matching row: 2.9 s for a word in
  2,000 of 10,000 resources. Scoring the FTS table once, in one query, gives
  the same order in milliseconds. This uses modelsearch's SQLite compiler,
  its private `_build_rank_expression` among it.
- On a search server (Elasticsearch, OpenSearch), modelsearch loads every hit
  from the database to list them. Sending the query it compiled, asking for
  nothing back but each hit's pk, gives the ranked ids alone; and a search for
  most of the words sets `minimum_should_match` in that compiled query.
- On a search server, the facet counts are its aggregations over the same
  compiled queries, privacy among their filters, in one request: not SQL over
  the ids it ranked, at most MAX_SERVER_HITS of them. This reads the document
  fields of the model's FilterFields from modelsearch's mapping, and turns a
  facet's `seen` condition into filters with its private
  `_get_filters_from_queryset`.

modelsearch is pinned (requirements/base.txt), and tests/search/
test_backend_adapter.py and test_elasticsearch_facets.py fail when these
internals change shape. Should an upgrade change them anyway, the shortcut's
error is logged and the public API answers instead, as it would without the
shortcut: the same pages, ranked by modelsearch's own order (for a search for
most of the words on a server: pages holding any of them, best first), and
their facets counted in SQL. An upgrade can slow or loosen the ranking; it
never breaks a page. Only a backend that does not answer does:
SearchUnavailable, which the pages answer with a 503.
"""

import json
import logging
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import DatabaseError, connection
from django.db.models import ExpressionWrapper, F, IntegerField, Value
from django.db.models.expressions import CombinedExpression, RawSQL
from django.db.models.functions import Cast

from modelsearch.query import MatchAll, Not
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

# A search server returns at most this many ranked ids for one query; the
# database backends rank in SQL and have no such limit.
MAX_SERVER_HITS = 5000
# On a search server, facets are counted by its aggregations: at most this many
# values of one facet (the library has tens of each), and the matches counted
# exactly up to one more than the most ids the two ranked requests (by any
# word, by title alone) return together, so that a total above the ids ranked
# always means the server matched pages it did not rank.
MAX_FACET_VALUES = 1000
MAX_COUNTED_HITS = 2 * MAX_SERVER_HITS + 1
# When no page holds every word, pages holding at least half of them are found
# (search/ranking.py). A search server is asked the same with its own
# minimum_should_match: "-50%" lets half of the words (rounded down) be missing.
MINIMUM_SHOULD_MATCH = "-50%"


class SearchUnavailable(Exception):
    """The search backend could not answer; the caller says so (HTTP 503)."""


@contextmanager
def backend_answering():
    """A backend that fails raises SearchUnavailable (the caller answers 503)."""
    try:
        yield
    except DatabaseError as error:
        logger.exception("Search failed")
        raise SearchUnavailable from error
    except Exception as error:
        if _is_server_error(error):
            logger.exception("Search server failed")
            raise SearchUnavailable from error
        raise


def _is_server_error(error):
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError
    except ImportError:  # pragma: no cover - the client is a requirement
        return False
    return isinstance(error, (TransportError, ApiError))


def _server_is_down(error):
    """
    The server was not reached, or failed (5xx): asking it again the public
    way would fail too, after as long. Any other error (a 400 for a request
    built from changed internals) is the shortcut's own.
    """
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError
    except ImportError:  # pragma: no cover - the client is a requirement
        return False
    if isinstance(error, TransportError):
        return True
    status = getattr(getattr(error, "meta", None), "status", None) or 0
    return isinstance(error, ApiError) and status >= 500


# Database backends -------------------------------------------------------------


def database_ranked_ids(results, matched):
    """
    The ids of a database backend's `results` (searched with
    order_by_relevance), best first. `matched` is the same search unordered
    (results.get_queryset() of order_by_relevance=False).
    """
    try:
        ranked = sqlite_ranked_ids(results)
    except Exception:
        logger.exception(
            "The SQLite ranking shortcut failed (have modelsearch's internals "
            "changed?): ranking with its public API instead, more slowly. "
            "See search/backends.py."
        )
        ranked = None
    if ranked is None:
        return list(results.get_queryset().values_list("pk", flat=True))
    # The FTS table is scored whole: keep the ids the search itself matched.
    allowed = set(matched.values_list("pk", flat=True))
    return [pk for pk in ranked if pk in allowed]


def sqlite_ranked_ids(results):
    """
    Object ids matching `results`' query, best first, scored in one query
    over the FTS table (every indexed object of the model, not only those of
    the searched queryset); None if not SQLite FTS.
    """
    # modelsearch's SQLite modules can only be imported when SQLite is the
    # database (their models exist only then), so look at the backend first.
    if not type(results.backend).__module__.endswith(".sqlite.sqlite"):
        return None
    matched = _sqlite_match(results)
    if matched is None:
        return None
    scored = matched.rows.annotate(score=matched.score).order_by("score")
    return list(scored.values_list("page", flat=True))


class Match:
    """
    A full-text match in the database: `rows`, a queryset of the index's
    entries that match, each annotated with `page` (the page's id), and
    `score`, an expression for how well each matches (lower is better).
    """

    def __init__(self, rows, score, among):
        self.rows = rows
        self.score = score
        self._among = among

    def among(self, ids):
        """`rows`, of the pages with these ids only (a list, any length)."""
        return self._among(self.rows, ids)


def object_ids(ids):
    """
    `ids` (pages' ids, any number) as the index stores them (text), in a
    subquery of one parameter for `object_id__in`: an array on PostgreSQL,
    a JSON array on SQLite.
    """
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::integer[])::text", [list(ids)])  # noqa: S611
    as_json = json.dumps(list(ids))
    return RawSQL("SELECT CAST(value AS TEXT) FROM json_each(%s)", [as_json])  # noqa: S611


def database_match(searched, model, fields=None):
    """
    The Match of `searched` (a modelsearch query) over every indexed page of
    `model`, optionally in `fields` only ("title"), built with modelsearch's
    own compiler; None for a backend that is not SQLite FTS5 or PostgreSQL.
    """
    backend = get_search_backend()
    results = backend.search(
        searched, model._default_manager.all(), fields=fields, order_by_relevance=True
    )
    module = type(results.backend).__module__
    if module.endswith(".sqlite.sqlite"):
        return _sqlite_match(results)
    if module.endswith(".postgres.postgres"):
        return _postgres_match(results, fields)
    return None


def _sqlite_match(results):
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteFTSIndexEntry,
        SQLiteSearchQueryCompiler,
    )
    from modelsearch.utils import get_descendants_content_types_pks

    compiler = results.query_compiler
    if type(compiler) is not SQLiteSearchQueryCompiler:
        return None
    query = normalize(compiler.query)
    if isinstance(query, (MatchAll, Not)):
        return None
    config = compiler.get_config(results.backend)
    match = MatchExpression(
        compiler.fields or compiler.FTS_TABLE_FIELDS,
        compiler.build_search_query(query, config=config),
    )
    content_types = get_descendants_content_types_pks(compiler.queryset.model)
    rows = (
        SQLiteFTSIndexEntry.objects.filter(match)
        .filter(index_entry__content_type__in=content_types)
        .annotate(page=Cast("index_entry__object_id", IntegerField()))
    )
    # BM25 in SQLite is negative: the lower, the better the match.
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), config)

    def among(rows, ids):
        """
        Each match read (newest first) checked against the entries of the
        pages with `ids`, written `rowid + 0` so that SQLite does not hand
        the ids to the full-text index: it would check each one from the
        start of the word's list (1,502 pages: 250 ms at 100,000 resources,
        against 11 ms read this way).
        """
        entries = SQLiteFTSIndexEntry.index_entry.field.related_model.objects
        entries = entries.filter(
            content_type__in=content_types,
            object_id__in=object_ids(ids),
        ).values("pk")
        entry = ExpressionWrapper(F("index_entry_id") + Value(0), IntegerField())
        return rows.alias(_entry=entry).filter(_entry__in=entries)

    return Match(rows, rank, among)


def _postgres_match(results, fields):
    """
    Over the index's stored title and body vectors: the title alone with
    `fields`, else both (an expression GIN index on title || body, made by
    search/migrations, keeps either an index scan). Scored as modelsearch
    scores them, negated so lower is better.
    """
    from django.contrib.postgres.search import SearchVectorField

    from modelsearch.backends.database.postgres.postgres import (
        IndexEntry,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.utils import get_descendants_content_types_pks

    compiler = results.query_compiler
    if type(compiler) is not PostgresSearchQueryCompiler or isinstance(
        compiler.query, (MatchAll, Not)
    ):
        return None
    config = compiler.get_config(results.backend) or _default_config()
    tsquery = compiler.build_tsquery(compiler.query, config=config)
    title = (F("title"), F("title_norm"))
    if fields:
        vectors, searched = [title], F("title")
    else:
        vectors = [title, (F("body"), 1.0)]
        searched = CombinedExpression(
            F("title"), "||", F("body"), output_field=SearchVectorField()
        )
    rows = (
        IndexEntry._default_manager.filter(
            content_type__in=get_descendants_content_types_pks(compiler.queryset.model)
        )
        .annotate(_vector=searched, page=Cast("object_id", IntegerField()))
        .filter(_vector=tsquery)
    )
    return Match(
        rows, -compiler._build_rank_expression(vectors, config), _postgres_among
    )


# The database's default text search configuration, by database name.
_DEFAULT_CONFIGS = {}


def _default_config():
    """
    The configuration modelsearch uses when none is set (the database's
    default), by name. Named, each `to_tsquery()` of a search is read once
    per query; unnamed (the one-argument form, which depends on a setting),
    once for every row ranked, six times a row for two words with a
    synonym: ranking the 1,001 newest matches of "careers apprenticeships"
    took 51 ms at 100,000 resources, 22 named. The same configuration, so
    the same results. Read once per process.
    """
    name = connection.settings_dict["NAME"]
    if name not in _DEFAULT_CONFIGS:
        with connection.cursor() as cursor:
            cursor.execute("SHOW default_text_search_config")
            _DEFAULT_CONFIGS[name] = cursor.fetchone()[0]
    return _DEFAULT_CONFIGS[name]


def _postgres_among(rows, ids):
    """
    The entries of the pages with `ids`, each found by its id and checked for
    the words: a stored vector makes one entry cheap to check (1,502 pages:
    24 ms at 100,000 resources, where reading "equity"'s 19,000 matches until
    enough were among them took 88).
    """
    return rows.filter(object_id__in=object_ids(ids))


# Search servers ---------------------------------------------------------------


def server_ranked_ids(results, partial=False):
    """
    Ranked ids from a search server, at most MAX_SERVER_HITS, without loading
    the pages. With `partial`, each match on words (the query compiled with
    `or` between its words) asks for MINIMUM_SHOULD_MATCH of them.
    """
    try:
        return _ids_from_server(results, partial=partial)
    except Exception as error:
        if _server_is_down(error):
            raise
        logger.exception(
            "The search server's ids-only request failed (have modelsearch's "
            "or the Elasticsearch client's internals changed?): ranking with "
            "modelsearch's public API instead, more slowly%s. "
            "See search/backends.py.",
            ", with pages holding any of the words" if partial else "",
        )
    return [page.pk for page in results[:MAX_SERVER_HITS]]


def _ids_from_server(results, partial=False):
    request = id_search(results, partial=partial)
    response = results.backend.es.search(
        index=_index_name(results), **request.to_dict()
    )
    to_python = results.query_compiler.queryset.model._meta.pk.to_python
    return [to_python(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]


def _index_name(results):
    return results.backend.get_index_for_model(
        results.query_compiler.queryset.model
    ).name


def id_search(results, partial=False):
    """
    The Elasticsearch (or OpenSearch) request for ranked ids: the query
    modelsearch compiled, asking for nothing back but each hit's pk. With
    `partial`, each match on words asks for MINIMUM_SHOULD_MATCH of them.
    """
    from elasticsearch.dsl import Search

    compiler = results.query_compiler
    body = {"query": compiler.get_query()}
    if partial:
        _ask_for_most_words(body["query"])
    sort = compiler.get_sort()
    if sort:
        body["sort"] = sort
    return (
        Search(index=_index_name(results))
        .update_from_dict(body)
        .source(False)
        .extra(size=MAX_SERVER_HITS, fields=["pk"], track_total_hits=False)
    )


def _ask_for_most_words(node):
    """
    Sets minimum_should_match on every match on words in a compiled query (not
    on filters: the content type's match has a plain value, not options).
    """
    if isinstance(node, list):
        for item in node:
            _ask_for_most_words(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "multi_match":
                value["minimum_should_match"] = MINIMUM_SHOULD_MATCH
            elif key == "match":
                for options in value.values():
                    if isinstance(options, dict) and "query" in options:
                        options["minimum_should_match"] = MINIMUM_SHOULD_MATCH
            else:
                _ask_for_most_words(value)


# Facet counts on search servers --------------------------------------------------


@dataclass
class ServerSearch:
    """
    What a search asked a search server, so that it counts the facets of the
    same matches: `searched` (a modelsearch query) over `openable` by any of
    its words and, for a user who may find some pages by their title alone,
    over `title_only` by title; with `partial`, for most of the words.
    """

    searched: object
    openable: object
    title_only: object = None
    partial: bool = False


@dataclass
class ServerCounts:
    """
    A search server's counts for one search: how many pages match (exactly up
    to MAX_COUNTED_HITS), and for each facet's name, {key: count}.
    """

    total: int
    facets: dict


def server_facet_counts(asked, facets, chosen):
    """
    The ServerCounts of the search `asked` (a ServerSearch) with the values
    `chosen` ({facet name: {key: value}}), in one request; None when the
    facets are counted in SQL instead: one of them names no search field (the
    site search's kind), or the request failed other than by the server
    (logged). A server that is down raises.
    """
    if not all(facet.search_field for facet in facets):
        return None
    try:
        return _counts_from_server(asked, facets, chosen)
    except Exception as error:
        if _server_is_down(error):
            raise
        logger.exception(
            "The search server's facet counts failed (have modelsearch's or "
            "the Elasticsearch client's internals changed?): counting in SQL "
            "over the ranked ids instead. See search/backends.py."
        )
    return None


def _counts_from_server(asked, facets, chosen):
    searches = _server_searches(asked)
    request = facet_search(searches, facets, chosen, partial=asked.partial)
    response = searches[0].backend.es.search(
        index=_index_name(searches[0]), **request.to_dict()
    )
    return _counts_from_response(response, facets)


def _server_searches(asked):
    """
    The modelsearch searches of `asked` (a ServerSearch), as its ranking ran
    them: by any word over what the user may open, then, if any, by title
    alone over what they may only find.
    """
    backend = get_search_backend()
    searches = [backend.search(asked.searched, asked.openable)]
    if asked.title_only is not None:
        searches.append(
            backend.search(asked.searched, asked.title_only, fields=["title"])
        )
    return searches


def facet_search(searches, facets, chosen, partial=False):
    """
    The one request for a search's facet counts: the pages any of `searches`
    (modelsearch's, privacy among their filters) matches, no hits, how many
    (exactly up to MAX_COUNTED_HITS), and for each facet a `terms`
    aggregation of its values inside a `filter` aggregation of the values
    chosen of the other facets (values of one facet are alternatives, facets
    narrow each other), and of the pages whose values of it the user may see
    (BaseFacet.seen). With `partial`, each match on words asks for
    MINIMUM_SHOULD_MATCH of them.
    """
    from elasticsearch.dsl import Q, Search

    queries = [results.query_compiler.get_query() for results in searches]
    if partial:
        _ask_for_most_words(queries)
    query = queries[0]
    if len(queries) > 1:
        query = {"bool": {"should": queries, "minimum_should_match": 1}}
    fields = {
        facet.name: _filter_column(searches[0], facet.search_field) for facet in facets
    }
    seen = {facet.name: _seen_filters(searches[0], facet) for facet in facets}
    narrowing = {
        name: [{"terms": {fields[name]: sorted(keys)}}, *seen[name]]
        for name, keys in chosen.items()
    }
    request = (
        Search(index=_index_name(searches[0]))
        .update_from_dict({"query": query})
        .extra(size=0, track_total_hits=MAX_COUNTED_HITS)
    )
    for facet in facets:
        clauses = [
            clause
            for name, filters in narrowing.items()
            if name != facet.name
            for clause in filters
        ] + seen[facet.name]
        within = Q("bool", filter=clauses) if clauses else Q("match_all")
        request.aggs.bucket(facet.name, "filter", filter=within).bucket(
            "values", "terms", field=fields[facet.name], size=MAX_FACET_VALUES
        )
    return request


def _filter_column(results, name):
    """The document field of the searched model's FilterField `name`."""
    compiler = results.query_compiler
    model = compiler.queryset.model
    for field in model.get_filterable_search_fields():
        if field.field_name == name:
            return compiler.mapping.get_field_column_name(field)
    raise LookupError(f"{model.__name__} has no FilterField {name!r}")


def _seen_filters(results, facet):
    """
    `facet.seen`, the condition on the pages whose values of it the user may
    see, as the search server's filters: none when it is every page.
    """
    model = results.query_compiler.queryset.model
    seen = facet.seen(model._default_manager.all())
    compiled = results.backend.search(
        MatchAll(), seen
    ).query_compiler._get_filters_from_queryset()
    return [compiled] if compiled else []


def _counts_from_response(response, facets):
    """The ServerCounts in a search server's answer to facet_search."""
    aggregations = response["aggregations"]
    return ServerCounts(
        total=response["hits"]["total"]["value"],
        facets={
            facet.name: {
                bucket["key"]: bucket["doc_count"]
                for bucket in aggregations[facet.name]["values"]["buckets"]
            }
            for facet in facets
        },
    )
