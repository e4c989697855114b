"""
The pages one search matches, kept in the database while the search runs.

On the database backends (SQLite FTS5, PostgreSQL full text), the full-text
match runs once per search, in one INSERT … SELECT that fills a temporary
table, `search_hit`: a row for each page the user may find, with its score
(lower is better) and whether they may open it. The results, their count and
every facet count are then SQL joined to that table; in the library, once its
bitsets are built (resources/facet_index.py), the count and the facet counts
are taken from them instead, over the pages read back from the table (`found`).
Apart from the ids within the filters when they are few (FEW_WITHIN, one
parameter), no list of ids passes through Python, and only the page of
results shown is loaded.

Privacy is part of the match: a page's words are matched only where the user
may open it (an EXISTS on the scope's `openable`), and a listed members-only
resource only by its title (on `title_only`), in one pass by title over what
the user may find, newest first, bounded as the words' matches are. The match
is driven from the full-text index, so its cost follows the number of
matches, not the size of the library.

The cost stays flat as the library grows because each match is bounded: a
search ranks and counts at most `limit()` (settings.SEARCH_MATCH_LIMIT) of
the newest pages holding its words, read from the full-text index newest
first, so it stops there. Past that, it adds the newest that many the user
may find with its words in their title (so a page named for the search is
found though many newer pages hold its words); or, with filters chosen, the
newest that many within the filters (so that filtering finds older pages,
and its count is exact up to the limit). Finding those within the filters
reads the matches until it has enough, so its cost follows the matches;
unless the library's bitsets give few pages within the filters, and it looks
among those instead. The engine tells the user when a search went past the
limit (`Matched.capped`): its total is then "more than", and facet counts are
of the pages ranked.

The table is per database connection (TEMP). On PostgreSQL its rows go at the
end of the transaction the search runs in (ON COMMIT DELETE ROWS), so a
connection that lives on keeps no rows and no dead ones; on SQLite it is
emptied before each search.
"""

import functools
import logging
import math
from typing import NamedTuple

from django.conf import settings
from django.db import (
    DatabaseError,
    OperationalError,
    ProgrammingError,
    connection,
)
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    F,
    Max,
    OuterRef,
    Value,
    When,
)

from core.db import by_index

from .backends import database_match
from .models import SearchHit
from .ranking import title_holds
from .synonyms import expand

logger = logging.getLogger("search.backends")

# How much a word found anywhere weighs against one found in a title, when
# pages holding most of the words are ranked (more words first, then more
# in the title): more than a query can hold words (query.MAX_TERMS).
WORD = 1000

TABLE = SearchHit._meta.db_table

# On PostgreSQL, a search looks for its newest matches among the newest this
# many times limit() entries of the full-text index first (_insert_newest).
WINDOW = 8
# The same for the pages named for the search: a word is in far fewer titles
# than pages ("equity": 3,548 titles, 19,084 pages at 100,000 resources), so
# the first look goes further back.
TITLE_WINDOW = 40

# With filters chosen, a search past the limit looks for its newest matches
# within them (_match). With at most this many times limit() pages within
# them, it looks among their ids (from the library's bitsets, Match.among)
# rather than read its matches until enough are within the filters.
FEW_WITHIN = 2


def limit():
    """How many of the newest matches of each kind one search ranks."""
    return settings.SEARCH_MATCH_LIMIT


class Matched(NamedTuple):
    """What one search put in the table."""

    # No page held every word: these hold most of them.
    partial: bool = False
    # More pages matched than were ranked (see the module's docstring).
    capped: bool = False
    # With filters chosen: the pages within them were bounded too, and more
    # matched than were ranked (else the filtered results are all of them).
    filtered_capped: bool = False


def _create_table(cursor):
    """The table, empty."""
    if connection.vendor == "postgresql":
        cursor.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {TABLE} ("
            "page_id integer PRIMARY KEY, score double precision NOT NULL, "
            "can_open boolean NOT NULL) ON COMMIT DELETE ROWS"
        )
    else:
        cursor.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {TABLE} ("
            "page_id integer PRIMARY KEY, score real NOT NULL, "
            "can_open bool NOT NULL)"
        )
    cursor.execute(f"DELETE FROM {TABLE}")  # noqa: S608 - a constant


def _insert(cursor, select_sql, params, recount=False):
    """
    Rows (page_id, score, can_open) from `select_sql` into the table, a page
    already there kept as it is. Returns how many rows were new; with
    `recount`, how many the select gave, those already there included.
    """
    if recount:
        # An upsert that changes nothing counts the rows it met.
        conflict = f"ON CONFLICT (page_id) DO UPDATE SET score = {TABLE}.score"
        select = f"SELECT * FROM ({select_sql}) AS matched WHERE true {conflict}"  # noqa: S608
        cursor.execute(
            f"INSERT INTO {TABLE} (page_id, score, can_open) {select}",  # noqa: S608
            params,
        )
        return cursor.rowcount
    ignore = "OR IGNORE " if connection.vendor == "sqlite" else ""
    conflict = " ON CONFLICT DO NOTHING" if connection.vendor == "postgresql" else ""
    cursor.execute(
        f"INSERT {ignore}INTO {TABLE} (page_id, score, can_open) "  # noqa: S608
        f"SELECT * FROM ({select_sql}) AS matched{conflict}",
        params,
    )
    return cursor.rowcount


def _newest(rows):
    """
    At most limit() + 1 of `rows` (matches in the full-text index), the
    newest first: read in the index's own order, so the read stops there.
    One more than the limit tells a search that went past it.
    """
    return rows.order_by("-pk")[: limit() + 1]


def _within(matched, queryset, ids=None):
    """
    The matches (rows of the full-text index) of pages in `queryset`, and
    among `ids` (a list) if given.
    """
    rows = matched.rows if ids is None else matched.among(ids)
    return rows.filter(Exists(queryset.filter(pk=OuterRef("page"))))


class ShortcutFailed(Exception):
    """modelsearch's internals have changed under the adapter (logged)."""


def match(searched, scope, words, narrow=None, listed=None):
    """
    Fills the table with what `searched` (the query with its synonyms) finds
    in `scope`: what the user may open by any of its words, and what they may
    only see by its title. When nothing holds every word and the query has
    more than one (`words`, its clauses), pages holding at least half of
    them instead. `narrow`, given filters, narrows a queryset of the scope's
    model by them; `listed`, if given, returns the ids of the pages within
    them (from the library's bitsets), among which the search looks when
    they are few (FEW_WITHIN). Returns a Matched; None if the backend is not
    a database backend this knows.

    Raises ShortcutFailed, after logging why, if modelsearch's internals
    have changed under the adapter: the engine then searches again, outside
    this search's transaction, with the public API (search/ranking.py).
    """
    try:
        return _match(searched, scope, words, narrow, listed)
    except DatabaseError as error:
        if not _is_ours(error):
            raise
        _log_fallback()
        raise ShortcutFailed from error
    except Exception as error:  # any change of modelsearch's internals
        _log_fallback()
        raise ShortcutFailed from error


def in_transaction():
    """
    On PostgreSQL, a transaction (a savepoint inside one) for a search: the
    table's rows last as long as it. Its queries, before the match and
    after, are planned with reads by index preferred (core.db.by_index):
    most look up a thousand or two pages by id. SQLite needs none, and is
    spared the statements.
    """
    return by_index()


def _log_fallback():
    logger.exception(
        "The database search shortcut failed (have modelsearch's internals "
        "changed?): ranking with its public API instead, more slowly. "
        "See search/backends.py and search/hits.py."
    )


def _is_ours(error):
    """
    A query the adapter built that the database refuses (a column or function
    that is not there): not a database that is down, which the public API
    would meet as well.
    """
    return isinstance(error, (ProgrammingError, OperationalError)) and any(
        phrase in str(error).casefold()
        for phrase in ("no such", "does not exist", "syntax error")
    )


def _match(searched, scope, words, narrow, listed):
    by_title = not scope.member and scope.title_only_in_sql.exists()
    parts = [(scope.openable_in_sql, None, True)]
    if by_title:
        parts.append((scope.title_only_in_sql, ["title"], False))
    # The newest entry of the full-text index, which PostgreSQL's first
    # looks start from (_insert_newest): read once for the search.
    newest = functools.cache(_newest_entry)
    with connection.cursor() as cursor:
        _create_table(cursor)
        counts = _insert_matches(cursor, searched, parts[:1], newest=newest)
        if counts is None:
            return None
        past = counts[0] > limit()
        if (past and narrow is None) or (by_title and not past):
            # By title: whatever the user may find by its title alone and,
            # past the limit, the pages named for the search, so that one is
            # found though many newer pages hold its words. The newest of
            # them, bounded as the words' matches are: reading every title
            # match of a common word grew with the library. With filters
            # chosen, past the limit, the pass within them below reads the
            # words and the members-only titles within them instead: a
            # pass over every title added pages the filters leave out, or
            # pages within them that pass finds, unless more than the limit
            # there hold the words (then the newest there are shown, as
            # they always were to a member).
            counts += _insert_matches(
                cursor,
                searched,
                [_by_title(scope)],
                recount=True,
                window=TITLE_WINDOW,
                newest=newest,
            )
        partial = capped = filtered_capped = False
        if not any(counts) and len(words) > 1:
            counts = _insert_most_words(cursor, parts, words)
            partial = any(counts)
        else:
            capped = max(counts) > limit()
        if capped and narrow is not None:
            # With filters: the newest within them, bounded the same way;
            # looked for among the pages within them when they are few.
            ids = listed() if listed else None
            if ids is not None and len(ids) > FEW_WITHIN * limit():
                ids = None
            within = [
                (queryset if ids is not None else narrow(queryset), fields, can_open)
                for queryset, fields, can_open in parts
            ]
            counts = _insert_matches(
                cursor, searched, within, recount=True, among_ids=ids
            )
            filtered_capped = max(counts) > limit()
        _analyse(cursor)
    return Matched(partial, capped, filtered_capped)


def _by_title(scope):
    """
    A part (see _insert_matches) for what `scope`'s user may find, matched by
    title: what they may open, and what they may see the title of only.
    """
    if scope.member:
        return (scope.openable_in_sql, ["title"], True)
    title_only = scope.title_only_in_sql.filter(pk=OuterRef("page"))
    return (scope.visible, ["title"], ~Exists(title_only))


def _analyse(cursor):
    """
    On PostgreSQL, statistics for the table, now filled: a temporary table
    is never analysed by autovacuum, and without statistics the planner took
    it for about 2,000 rows whatever it held. The counts and results joined
    to it then read every resource and every topic link (a hash join)
    rather than look up the pages matched: the topic counts of a search
    matching 242 pages took 8 ms at 10,000 resources, 1.7 ms after this.
    The table holds at most a few thousand rows, so this costs well under a
    millisecond.
    """
    if connection.vendor == "postgresql":
        cursor.execute(f"ANALYZE {TABLE}")  # a constant


def _insert_matches(
    cursor, searched, parts, recount=False, among_ids=None, window=None, newest=None
):
    """
    For each part, a (queryset, fields, can_open): its newest matches into
    the table, of pages among `among_ids` too if given (see _within);
    can_open is a bool, or an expression on each match's "page". Returns
    how many each gave (see _insert for `recount`); None for a backend this
    does not know. `window` (see _insert_newest): unless told, WINDOW by any
    word and not within the filters (`recount`), else none. `newest`, given
    the model of the full-text index, returns its newest entry's id.
    """
    matches = []
    for queryset, fields, can_open in parts:
        matched = database_match(searched, queryset.model, fields)
        if matched is None:
            return None
        rows = _within(matched, queryset, among_ids)
        # Pages holding the words anywhere are many, and many are among the
        # newest; within the filters, seldom.
        part_window = window
        if part_window is None:
            part_window = 0 if recount or fields else WINDOW
        if isinstance(can_open, bool):
            can_open = Value(can_open)
        if connection.vendor != "postgresql":
            part_window = 0
        matches.append((rows, (matched.score, can_open), part_window))
    newest = newest or _newest_entry
    return [
        _insert_newest(cursor, rows, columns, recount, part_window, newest)
        for rows, columns, part_window in matches
    ]


def _newest_entry(model):
    """The id of the newest entry of `model`; 0 for none (nothing indexed yet)."""
    return model._default_manager.aggregate(newest=Max("pk"))["newest"] or 0


def _insert_newest(cursor, rows, columns, recount, window, newest):
    """
    The newest limit() + 1 of `rows` (matches in the full-text index) into
    the table, with the page's `columns` (score, can_open). Returns how
    many it gave (see _insert).

    `window`, on PostgreSQL: its full-text index cannot read matches
    newest first, so each match was checked against the user's privacy
    before the newest were chosen: a common word's 19,000 at 100,000
    resources, 41 ms. Looked for first among the newest `window` times
    limit() entries, the full-text index and the ids' own index find the
    matches there together (a bitmap AND), and a common word has enough of
    them: 16 ms. With too few, the look goes back as far as the number
    found suggests, then to the oldest. The newest found in a window are
    the newest of all, so the search finds the same pages. A rarer word
    pays for the first look too (13 ms for two words at 100,000). (SQLite's
    full-text index reads newest first by itself.) `newest`: see
    _insert_matches.
    """
    newest = newest(rows.model) if window else 0
    span = window * (limit() + 1)
    # Where the newest are most of the index, all of it is read at once.
    floor = newest - span if newest > 2 * span else None
    while True:
        selected = _newest(rows if floor is None else rows.filter(pk__gt=floor))
        sql, params = selected.values_list("page", *columns).query.sql_with_params()
        # A wider look meets the narrower one's rows again: what each met
        # is counted, not what it added.
        count = _insert(cursor, sql, params, recount or bool(window))
        if floor is None or count > limit():
            return count
        # Too few: as far back as their number suggests, and half again.
        span = span * 3 * (limit() + 1) // (2 * count) if count else newest
        floor = newest - span if newest > span else None


def _insert_most_words(cursor, parts, words):
    """
    Pages holding at least half of `words`: each word found scores WORD, and
    each word found in the title one more, so pages holding more words come
    first, then those holding more in their title. Returns how many each
    part gave. Not bounded by limit(): a page holding two of three words
    may be old for both, and the words of a search that found nothing are
    seldom all common.
    """
    needed = math.ceil(len(words) / 2)
    counts = []
    for queryset, fields, can_open in parts:
        branches, params = [], []
        for word in words:
            searched = expand(word)
            for weight, in_fields in ((WORD, fields), (1, ["title"])):
                matched = database_match(searched, queryset.model, in_fields)
                rows = (
                    _within(matched, queryset)
                    .annotate(weight=Value(weight))
                    .values_list("page", "weight")
                )
                sql, word_params = rows.order_by().query.sql_with_params()
                # Django's own SQL, its parameters passed apart.
                branches.append(f"SELECT * FROM ({sql}) AS w{len(branches)}")  # noqa: S608
                params.extend(word_params)
        union = " UNION ALL ".join(branches)
        select = (
            f"SELECT page, -SUM(weight) * 1.0, %s FROM ({union}) AS words "  # noqa: S608
            "GROUP BY page HAVING SUM(weight) >= %s"
        )
        counts.append(_insert(cursor, select, [can_open, *params, needed * WORD]))
    return counts


def found():
    """The ids of the pages the search found (at most a few thousand)."""
    return SearchHit.objects.values_list("page_id", flat=True)


def candidates(scope):
    """
    The pages the search found, as a queryset of the scope's model: looked
    up from the table, which every database reads first (SQLite keeps no
    statistics of it, and joined to it read every page: 150 ms at 100,000
    resources).
    """
    return scope.model._default_manager.filter(
        pk__in=SearchHit.objects.values("page_id")
    )


def titled(query):
    """
    True of a page whose title holds every word of the query, or of one of
    its synonyms' wordings, as whole words: a title says what a page is about
    better than any count of words in its body.
    """
    return Case(
        When(title_holds(query, whole_words=True), then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )


def best_first(queryset, query):
    """
    `queryset` (within the candidates) best first: what the user can open
    before what they may only see the title of; of each, pages whose title
    holds the query, then by score, then the newest.
    """
    return queryset.annotate(_titled=titled(query)).order_by(
        F("search_hit__can_open").desc(),
        F("_titled").desc(),
        "search_hit__score",
        F("first_published_at").desc(nulls_last=True),
        "pk",
    )


def locked(ids):
    """Of `ids` (a page of results), those the user may not open."""
    return set(
        SearchHit.objects.filter(page_id__in=ids, can_open=False).values_list(
            "page_id", flat=True
        )
    )
