"""
The one module that touches modelsearch's and the Elasticsearch client's
internals, for two shortcuts in ranking:

- On SQLite, modelsearch orders by relevance with a correlated subquery that
  runs the full-text MATCH again for every matching row: 2.9 s for a word in
  2,000 of 10,000 resources. Scoring the FTS table once, in one query, gives
  the same order in milliseconds. This uses modelsearch's SQLite compiler,
  its private `_build_rank_expression` among it.
- On a search server (Elasticsearch, OpenSearch), modelsearch loads every hit
  from the database to list them. Sending the query it compiled, asking for
  nothing back but each hit's pk, gives the ranked ids alone; and a search for
  most of the words sets `minimum_should_match` in that compiled query.

modelsearch is pinned (requirements/base.txt), and tests/search/
test_backend_adapter.py fails when these internals change shape. Should an
upgrade change them anyway, the shortcut's error is logged and the public API
answers instead, as it would without the shortcut: the same pages, ranked by
modelsearch's own order (for a search for most of the words on a server:
pages holding any of them, best first). An upgrade can slow or loosen the
ranking; it never breaks a page. Only a backend that does not answer does:
SearchUnavailable, which the pages answer with a 503.
"""

import logging
from contextlib import contextmanager

from django.db import DatabaseError
from django.db.models import F, IntegerField
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast

from modelsearch.query import MatchAll, Not
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

# A search server returns at most this many ranked ids for one query; the
# database backends rank in SQL and have no such limit.
MAX_SERVER_HITS = 5000
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

    def __init__(self, rows, score):
        self.rows = rows
        self.score = score


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
    rows = (
        SQLiteFTSIndexEntry.objects.filter(match)
        .filter(
            index_entry__content_type__in=get_descendants_content_types_pks(
                compiler.queryset.model
            )
        )
        .annotate(page=Cast("index_entry__object_id", IntegerField()))
    )
    # BM25 in SQLite is negative: the lower, the better the match.
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), config)
    return Match(rows, rank)


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
    config = compiler.get_config(results.backend)
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
    return Match(rows, -compiler._build_rank_expression(vectors, config))


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
