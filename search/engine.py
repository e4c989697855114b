"""
The one search engine. The library and the site search both call `search()`:
it takes a query, filters, a sort, a page, the user and a scope, and returns
the results and their facet counts.

How it keeps private things private: a scope (resources/library.py,
search/site.py) says what the user may open, and so find by any of its words,
and what they may find by its title alone (a members-only resource editors
chose to list), shown without its summary. Everything else the user may not
open is never a result and is never counted, whatever the backend returned.

How it stays fast: the search backend only ranks the pages that match the
words (search/ranking.py). Filters and facet counts are SQL over that set,
with one query per facet (core/search.py); on a search server, the facet
counts are its aggregations instead, in one request (search/backends.py).
Once the library's bitsets are built (resources/facet_index.py), browsing it
without words counts and orders from them, without SQL over the library, and
a search for words counts its matches with them and looks for its matches
within the filters among the ids they give.
"""

from dataclasses import dataclass, field
from functools import cache

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Q

from wagtail.models import Page

from resources.library import LIBRARY, LibraryScope

from . import hits
from .backends import (
    MAX_SERVER_HITS,
    ServerSearch,
    backend_answering,
    server_facet_counts,
)
from .query import clean_query
from .ranking import (
    MAX_IDS_AS_PARAMETERS,
    best_first,
    most_of,
    partly_ranked,
    ranked,
)
from .site import KINDS, SITE, SiteScope, kind_of, type_label
from .synonyms import clauses, expand

SCOPES = {LIBRARY: LibraryScope, SITE: SiteScope}
PER_PAGE = 20
MAX_PAGE = 1000
PARTIAL_NOTICE = "No page has all of your words, so these have most of them."
SERVER_CAPPED_NOTICE = (
    f"More than {MAX_SERVER_HITS:,} pages hold your words, so these are of "
    f"the best {MAX_SERVER_HITS:,}, and the counts beside the filters are of "
    "them all. Add a word to narrow your search."
)

SORTS = {
    "relevance": "Best match",
    "newest": "Newest",
    "title": "A to Z",
}


@dataclass
class Hit:
    page: Page
    kind: str
    can_open: bool

    @property
    def label(self):
        """What kind of page it is: "Network", "Resource", "Toolkit chapter"."""
        return KINDS[self.kind]

    @property
    def type_label(self):
        """Its type as a result list shows it: a resource's own ("Guide")."""
        return type_label(self.page)

    @property
    def summary(self):
        """The summary, never for a page this user may not open."""
        if not self.can_open:
            return ""
        return getattr(self.page, "summary", "") or self.page.search_description


@dataclass
class Results:
    query: str
    scope: str
    sort: str
    # This page of results (Django's Paginator): its number, the total, the
    # pages before and after.
    paginated: PaginatorPage
    hits: list
    facets: list
    sorts: dict
    notices: list = field(default_factory=list)
    # The sort the user chose ("" for none: best match with words, else
    # the scope's default), kept as they search again.
    chosen_sort: str = ""
    default_sort: str = ""
    # No page holds every word: these hold most of them (PARTIAL_NOTICE).
    partial: bool = False
    # More pages matched than a search ranks (hits.limit()): the total is
    # "more than".
    capped: bool = False

    @property
    def sort_options(self):
        """
        (value, label, selected) for the sort menu. With no sort chosen, the
        first option (value "") is the default for the words searched, so a
        visitor who types words into a form that showed "Newest" gets the
        best match; a sort they chose is sent, and kept.
        """
        chosen = self.chosen_sort if self.chosen_sort in self.sorts else ""
        options = []
        if not chosen:
            options.append(("", self.sorts.get(self.default_sort, ""), True))
        for key, label in self.sorts.items():
            if chosen or key != self.default_sort:
                options.append((key, label, key == chosen))
        return options

    @property
    def page(self):
        return self.paginated.number

    @property
    def per_page(self):
        return self.paginated.paginator.per_page

    @property
    def total(self):
        return self.paginated.paginator.count

    @property
    def num_pages(self):
        return self.paginated.paginator.num_pages

    @property
    def has_previous(self):
        return self.paginated.has_previous()

    @property
    def has_next(self):
        return self.paginated.has_next()

    @property
    def start_index(self):
        return self.paginated.start_index()

    @property
    def end_index(self):
        return self.paginated.end_index()

    @property
    def filtered(self):
        return any(facet.selected for facet in self.facets)


def search(
    query="",
    *,
    user,
    scope=LIBRARY,
    filters=None,
    sort=None,
    page=1,
    per_page=PER_PAGE,
):
    """
    Search `scope` (LIBRARY or SITE) as `user`: returns Results, with the
    hits for `page` (past the last page, the last page) and the facet counts.
    `filters` maps a facet name to the values (slugs) chosen. Raises
    backends.SearchUnavailable if the backend is down.
    """
    scope = SCOPES[scope](user)
    query, notices = clean_query(query)
    chosen_sort = sort if sort in scope.sorts else ""
    default_sort = "relevance" if query else scope.sorts[1]
    sort = chosen_sort or default_sort
    if sort == "relevance" and not query:
        sort = default_sort

    arguments = (query, scope, filters, sort, page, per_page)
    try:
        # On PostgreSQL the search's matches live for its transaction.
        with hits.in_transaction():
            results = _search(*arguments, notices=list(notices))
    except hits.ShortcutFailed:
        results = _search(*arguments, notices=notices, in_database=False)
    results.chosen_sort = chosen_sort
    results.default_sort = default_sort
    return results


def _search(query, scope, filters, sort, page, per_page, notices, in_database=True):
    facets = scope.facets()
    chosen = {}
    for facet in facets:
        keys, notice = facet.choose((filters or {}).get(facet.name, []))
        if keys:
            chosen[facet.name] = keys
        if notice:
            notices.append(notice)

    def narrow(queryset, skip=None):
        for facet in facets:
            if facet.name != skip and facet.name in chosen:
                queryset = facet.narrow(queryset, list(chosen[facet.name]))
        return queryset

    # The scope's bitsets, when it has them (resources/facet_index.py):
    # browsing counts and orders from them, and a search for words in the
    # database counts its matches with them.
    index = scope.browse_index() if in_database else None

    partial = capped = False
    ranking = title_matches = asked = None
    browsed = None
    if query:
        found = None
        if in_database:
            # The ids within the filters, from the bitsets: the search
            # looks among them for its matches within the filters.
            listed = None
            if index and chosen:
                listed = cache(lambda: index.within(scope.member, chosen))
            with backend_answering():
                found = hits.match(
                    expand(query),
                    scope,
                    clauses(query),
                    narrow if chosen else None,
                    listed,
                )
        if found is not None:
            partial = found.partial
            candidates = hits.candidates(scope)
            if found.capped:
                capped = found.filtered_capped if chosen else True
                notices.append(capped_notice(capped, chosen))
            if index:
                browsed = index.browse(
                    scope.member, chosen, found=index.bits(hits.found())
                )
        else:
            in_database = False
            candidates, ranking, title_matches, partial, asked = _matches(query, scope)
        if partial:
            notices.append(PARTIAL_NOTICE)
    else:
        in_database = False
        candidates = scope.visible
        if index:
            browsed = index.browse(scope.member, chosen)

    counted = None
    if asked and ranking:
        with backend_answering():
            counted = server_facet_counts(asked, facets, chosen)
        if counted and counted.total > len(ranking):
            capped = True
            notices.append(SERVER_CAPPED_NOTICE)

    def narrowed(skip=None):
        return narrow(candidates, skip)

    results_queryset = narrowed()
    facet_results = []
    total = None
    for facet in facets:
        if counted:
            counts = counted.facets[facet.name]
        elif browsed:
            counts = browsed.counts[facet.name]
        else:
            counts = facet.counts(narrowed(skip=facet.name))
            if facet.one_per_page and not chosen:
                total = sum(counts.values())
        facet_results.append(facet.from_counts(counts, chosen.get(facet.name, {})))

    if sort == "relevance" and in_database:
        ids = hits.best_first(results_queryset, query).values_list("pk", flat=True)
    elif sort == "relevance":
        ids = best_first(ranking, results_queryset, query, title_matches)
    elif browsed and sort == "newest" and not query:
        ids = browsed
    else:
        ids = scope.order(results_queryset, sort).values_list("pk", flat=True)
    if browsed and ids is not browsed:
        ids = Counted(ids, browsed.count())
    elif total is not None:
        ids = Counted(ids, total)
    paginated = Paginator(ids, per_page).get_page(max(1, min(page, MAX_PAGE)))
    page_ids = list(paginated)
    if ids is browsed:
        # The index is of the content as it was when built: a page since
        # made private is checked again, and left out.
        still = set(scope.visible.filter(pk__in=page_ids).values_list("pk", flat=True))
        page_ids = [pk for pk in page_ids if pk in still]

    loaded = {page.pk: page for page in scope.load(page_ids)}
    # Every candidate is visible, that is openable or findable by title only,
    # never both: so those found by title only are the ones it cannot open.
    if in_database:
        locked = hits.locked(page_ids)
    else:
        locked = set(
            scope.title_only.filter(pk__in=page_ids).values_list("pk", flat=True)
        )
    shown = [
        Hit(
            page=loaded[pk],
            kind=kind_of(loaded[pk].specific_class),
            can_open=pk not in locked,
        )
        for pk in page_ids
        if pk in loaded
    ]
    return Results(
        query=query,
        scope=scope.name,
        sort=sort,
        paginated=paginated,
        hits=shown,
        facets=facet_results,
        sorts={key: SORTS[key] for key in scope.sorts if key != "relevance" or query},
        notices=notices,
        partial=partial,
        capped=capped,
    )


class Counted:
    """A queryset of ids whose count is known already, for the Paginator."""

    def __init__(self, queryset, total):
        self.queryset = queryset
        self.total = total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, bounds):
        return self.queryset[bounds]


def capped_notice(capped, filtered):
    """
    What a user is told when more pages hold their words than a search ranks
    (hits.limit()): which pages they see, and what the counts beside the
    filters count. `capped`: the results themselves are bounded; with
    `filtered` and not `capped`, the results within the filters are all of
    them, and only the other counts are bounded.
    """
    newest = f"{hits.limit():,}"
    if not filtered:
        return (
            f"More than {newest} pages hold your words, so these are the best "
            f"of the newest {newest} and of those with your words in their "
            "title, and the counts beside the filters are of these. Add a word "
            "or choose a filter to narrow your search."
        )
    counts = (
        f"The counts beside the filters are of the newest {newest} pages "
        "holding your words."
    )
    if capped:
        return (
            f"More than {newest} pages within your filters hold your words, "
            f"so these are the best of the newest {newest}. {counts} Add a "
            "word to narrow your search."
        )
    return f"More than {newest} pages hold your words. {counts}"


def _matches(query, scope):
    """
    What `query` finds in `scope`: (the candidates as a queryset, their ids
    best first, the ids found by title only, whether they hold only most of
    the words, and on a search server what it was asked, a ServerSearch, so
    that it counts the facets too; else None).
    """
    searched = expand(query)
    by_title = not scope.member and scope.title_only.exists()
    open_ids, open_subquery = ranked(searched, scope.openable)
    title_ids, title_subquery = (
        ranked(searched, scope.title_only, fields=["title"]) if by_title else ([], [])
    )
    # A search server returns ids; the database backends, a subquery.
    from_server = isinstance(open_subquery, list)
    words = clauses(query) if not (open_ids or title_ids) else []
    partial = False
    if len(words) > 1:
        # No page holds every word: those holding most of them, as privately
        # as any search (words where the user may open the page, the title
        # alone where they may only see it).
        open_ids = open_subquery = partly_ranked(words, scope.openable)
        title_ids = title_subquery = (
            partly_ranked(words, scope.title_only, fields=["title"]) if by_title else []
        )
        partial = bool(open_ids or title_ids)
    ranking = open_ids + [pk for pk in title_ids if pk not in set(open_ids)]
    if len(ranking) <= MAX_IDS_AS_PARAMETERS:
        # The matches as a list: each filter and count then looks them up
        # instead of running the full-text match again. The database matched
        # within `openable` and `title_only`, so its matches need no second
        # check (for the site search that check scans every page: 17 ms a
        # query at 10,000 resources). A search server's index can lag behind
        # the database, so its matches are checked.
        within = scope.visible if from_server else scope.model.objects
        candidates = within.filter(pk__in=ranking)
    else:
        candidates = scope.visible.filter(
            Q(pk__in=open_subquery) | Q(pk__in=title_subquery)
        )
    asked = None
    if from_server:
        asked = ServerSearch(
            searched=most_of(words) if partial else searched,
            openable=scope.openable,
            title_only=scope.title_only if by_title else None,
            partial=partial,
        )
    return candidates, ranking, set(title_ids) - set(open_ids), partial, asked
