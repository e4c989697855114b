"""
Matching and ranking: which pages a query finds, best first.

The search backend only ranks the pages that match the words (through the
adapter, search/backends.py); filters and counts are SQL over that set
(search/engine.py). A page whose title holds every word comes first, then
the rest in the backend's order; what the user can open comes before what
they may only see the title of. When no page holds every word, the pages
holding most of them are found instead.
"""

import math
import re
from collections import Counter

from django.db.models import Q

from wagtail.search.backends import get_search_backend

from .backends import (
    MAX_SERVER_HITS,
    backend_answering,
    database_ranked_ids,
    server_ranked_ids,
)
from .synonyms import alternatives, expand, term_pattern, wordings

# Below this many matches, filters and counts take the matches' ids as query
# parameters (SQLite allows 32,766); above it, a subquery.
MAX_IDS_AS_PARAMETERS = 20000


def ranked(searched, queryset, fields=None):
    """
    The ids of `queryset` that match `searched` (the query with its synonyms,
    from `expand`), best first: (ids, subquery).

    Database backends compile the search to SQL, so the subquery never leaves
    the database. A search server returns ranked ids, at most MAX_SERVER_HITS.
    """
    backend = get_search_backend()
    with backend_answering():
        results = backend.search(
            searched, queryset, fields=fields, order_by_relevance=True
        )
        if not hasattr(results, "get_queryset"):
            ids = server_ranked_ids(results)
            return ids, ids
        # The set of matches, without scores: cheap to use as a subquery.
        matched = backend.search(
            searched, queryset, fields=fields, order_by_relevance=False
        ).get_queryset()
        return database_ranked_ids(results, matched), matched.values("pk")


def partly_ranked(words, queryset, fields=None):
    """
    For a query no page of `queryset` matches whole: the ids of those holding
    at least half of its `words` (its clauses, see synonyms.clauses); those
    holding more first, then those holding more in their title, then the
    newest; at most MAX_SERVER_HITS.

    A search server does this itself: the words with `or` between them and a
    minimum that should match (backends.MINIMUM_SHOULD_MATCH), ranked by its
    scores. The database backends cannot count the words a page holds, so
    each word is looked for on its own, over every page of the model
    (matching within the user's pages costs more, once for each word), and
    the pages holding enough are kept to those of `queryset` in one query. A
    page's count is of its own words in `fields`, so no page is found by
    words the user may not search. Scoring the pages on the backend instead
    cost 45 to 75 ms more at 10,000 resources: the full-text match runs again
    for every word.
    """
    backend = get_search_backend()
    model = queryset.model
    with backend_answering():
        results = backend.search(
            most_of(words),
            queryset,
            fields=fields,
            order_by_relevance=True,
        )
        if not hasattr(results, "get_queryset"):
            return server_ranked_ids(results, partial=True)
        held = Counter()
        for word in words:
            held.update(
                backend.search(
                    expand(word),
                    model._default_manager.all(),
                    fields=fields,
                    order_by_relevance=False,
                )
                .get_queryset()
                .values_list("pk", flat=True)
            )
        needed = math.ceil(len(words) / 2)
        allowed = within(queryset, [pk for pk, n in held.items() if n >= needed])
        enough = sorted(allowed, key=lambda pk: (-held[pk], pk))[:MAX_SERVER_HITS]
        if not enough:
            return []
        rows = list(
            model._default_manager.filter(pk__in=enough).values_list(
                "pk", "title", "first_published_at"
            )
        )
    patterns = [[term_pattern(text) for text in alternatives(word)] for word in words]

    def rank(row):
        pk, title, published = row
        title = title.casefold()
        in_title = sum(
            any(pattern.search(title) for pattern in ways) for ways in patterns
        )
        return (-held[pk], -in_title, -(published.timestamp() if published else 0), pk)

    return [row[0] for row in sorted(rows, key=rank)]


def most_of(words):
    """
    The query a search server is sent for most of `words`: any of them, with
    their synonyms; the request then asks for MINIMUM_SHOULD_MATCH of them
    (search/backends.py).
    """
    return expand(" ".join(words), operator="or")


def within(queryset, ids):
    """The set of `ids` that are in `queryset`, in one query."""
    if len(ids) <= MAX_IDS_AS_PARAMETERS:
        return set(queryset.filter(pk__in=ids).values_list("pk", flat=True))
    wanted = set(ids)
    return {
        pk for pk in queryset.values_list("pk", flat=True).iterator() if pk in wanted
    }


def best_first(ranking, queryset, query, title_matches):
    """
    The ids of `ranking` (the backend's order) that are in `queryset`: those
    whose title holds the query first (titles_first), and of those and of the
    rest, what the user can open before `title_matches`, the pages they may
    only see the title of.
    """
    matching = set(queryset.values_list("pk", flat=True))
    ordered = titles_first([pk for pk in ranking if pk in matching], queryset, query)
    return [pk for pk in ordered if pk not in title_matches] + [
        pk for pk in ordered if pk in title_matches
    ]


def whole_word(word):
    """A regular expression for `word` standing alone, not inside another."""
    return rf"(?<!\w){re.escape(word)}(?!\w)"


def title_holds(query, whole_words=False):
    """
    A condition on a page's title: it holds every word of the query, or of
    one of its synonyms' wordings (synonyms.wordings), anywhere; with
    `whole_words`, as whole words (a regular expression in SQL too).
    """
    condition = Q()
    for text in wordings(query):
        words = text.split()
        terms = [Q(title__icontains=word) for word in words]
        if whole_words:
            terms += [Q(title__iregex=whole_word(word)) for word in words]
        condition |= Q(*terms)
    return condition


def titles_first(ordered, queryset, query):
    """
    Pages whose title has every word of the query (or of a synonym's wording)
    come first, in the backend's order, then the rest. A title says what a
    page is about better than any count of words in its body: a search for
    "anti-racism" should open the toolkit named for it, not the page that
    mentions it most.
    """
    ways = [text.split() for text in wordings(query)]
    titled = {
        pk
        for pk, title in queryset.filter(title_holds(query)).values_list("pk", "title")
        if any(
            all(re.search(whole_word(word), title.casefold()) for word in words)
            for words in ways
        )
    }
    return [pk for pk in ordered if pk in titled] + [
        pk for pk in ordered if pk not in titled
    ]
