"""
The one search service. The library and the site search both call `search()`:
it takes a query, filters, a sort, a page and the user, and returns the
results and their facet counts.

How it keeps private things private: the text of a page is matched only if
the user may open the page. A members-only resource that editors chose to
list is matched, for anyone else, by its title alone, and is shown without
its summary; its topics are content too, so no topic counts it or finds it.
Everything else the user may not open is never a result and is never
counted, whatever the backend returned.

How it stays fast: the search backend only ranks the pages that match the
words. Filters and facet counts are SQL over that set, with one query per
facet. Facets are multi-select: values of one facet are alternatives (OR),
facets narrow each other (AND), and each value's count is what the results
would number if that value were the facet's only choice.

What a scope and a facet are is core/search.py's; the library's scope and
facets are resources/library.py's, the site search's are here.
"""

import difflib
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q, prefetch_related_objects
from django.db.models.functions import Length, Substr
from django.utils.functional import cached_property

from taggit.models import Tag
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.search import BaseFacet, Scope
from networks.models import NetworkPage
from resources.library import LIBRARY, LibraryScope
from resources.models import (
    LISTED_MEMBERS_ONLY,
    ResourcePage,
    ResourceTag,
    ToolkitPage,
    ToolkitSectionPage,
)

from .backends import (
    MAX_SERVER_HITS,
    backend_answering,
    database_ranked_ids,
    server_ranked_ids,
)
from .synonyms import alternatives, clauses, expand, search_terms, term_pattern

SITE = "site"
MAX_QUERY_LENGTH = 200
# The most distinct words one search looks for, its synonyms' included. Real
# queries look for at most 19 (tests/search/test_query_cost.py: every title
# in the library, every synonym, long questions); each word more is slower.
MAX_TERMS = 32
PER_PAGE = 20
# Below this many matches, filters and counts take the matches' ids as query
# parameters (SQLite allows 32,766); above it, a subquery.
MAX_IDS_AS_PARAMETERS = 20000
MAX_PAGE = 1000
PARTIAL_NOTICE = "No page has all of your words, so these have most of them."

SORTS = {
    "relevance": "Best match",
    "newest": "Newest",
    "title": "A to Z",
}


def clean_query(text):
    """
    The words to search for: control and query-syntax characters become
    spaces (a stray quote is an SQLite FTS syntax error), whitespace is
    collapsed, and the length is capped. So is the number of words looked
    for, synonyms' included (MAX_TERMS): each synonym is another way of
    saying the whole query, and a 200-character query of synonyms took 0.6
    to 1.2 s. Returns (query, notices).
    """
    notices = []
    text = re.sub(r"[^\w\s'’-]", " ", text or "")
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0]
        notices.append(
            f"Your search was long, so only its first {MAX_QUERY_LENGTH} "
            "characters were used."
        )
    text, left_out = _within_terms(text)
    if left_out:
        notices.append(
            "Your search had too many words to look for at once, so these "
            f"were left out: “{' '.join(left_out)}”."
        )
    return text, notices


def _within_terms(text):
    """
    (the start of `text`, in whole words, that looks for at most MAX_TERMS
    words with its synonyms; the words left out). The start is found by
    halving; the first word is always kept.
    """
    if len(search_terms(text)) <= MAX_TERMS:
        return text, []
    words = text.split()
    fits, too_many = 1, len(words)
    while too_many - fits > 1:
        middle = (fits + too_many) // 2
        if len(search_terms(" ".join(words[:middle]))) <= MAX_TERMS:
            fits = middle
        else:
            too_many = middle
    return " ".join(words[:fits]), words[fits:]


# The site search's kind ---------------------------------------------------


# What a page is, in the site search: a label, and its facet value.
KINDS = {
    "network": "Network",
    "toolkit": "Toolkit",
    "chapter": "Toolkit chapter",
    "resource": "Resource",
    "page": "Page",
}


def type_label(page):
    """A resource's type ("Guide", "Toolkit"), else what kind of page it is."""
    resource_type = getattr(page, "resource_type", None)
    return resource_type.name if resource_type else KINDS[kind_of(type(page))]


def kind_of(page_class):
    if issubclass(page_class, NetworkPage):
        return "network"
    if issubclass(page_class, ToolkitPage):
        return "toolkit"
    if issubclass(page_class, ToolkitSectionPage):
        return "chapter"
    if issubclass(page_class, ResourcePage):
        return "resource"
    return "page"


class KindFacet(BaseFacet):
    """In the site search: networks, resources, toolkits, chapters, pages."""

    name = "kind"
    label = "Kind"

    def _content_types(self):
        by_kind = {}
        for content_type in ContentType.objects.filter(
            pk__in=Page.objects.values("content_type")
        ):
            model = content_type.model_class()
            if model is not None and issubclass(model, Page):
                by_kind.setdefault(kind_of(model), []).append(content_type.pk)
        return by_kind

    def lookup(self, values):
        return {kind: (kind, KINDS[kind]) for kind in values if kind in KINDS}

    def labels(self, keys):
        return {kind: (kind, KINDS[kind]) for kind in keys}

    def narrow(self, queryset, keys):
        content_types = self._content_types()
        return queryset.filter(
            content_type_id__in=[
                pk for kind in keys for pk in content_types.get(kind, [])
            ]
        )

    def counts(self, queryset):
        kind_by_type = {
            pk: kind for kind, pks in self._content_types().items() for pk in pks
        }
        counts = {}
        rows = queryset.values_list("content_type_id").annotate(n=Count("pk"))
        for content_type_id, n in rows.order_by():
            kind = kind_by_type.get(content_type_id, "page")
            counts[kind] = counts.get(kind, 0) + n
        return counts


# Scopes --------------------------------------------------------------------


class SiteScope(Scope):
    """Every page on the site, labelled by kind."""

    name = SITE
    model = Page
    sorts = ("relevance", "title")
    facet_types = (KindFacet,)

    @staticmethod
    def _closed():
        """Members-only resources, and the chapters of members-only toolkits."""
        closed_toolkits = ToolkitPage.objects.filter(members_only=True).values("path")
        closed_chapters = (
            ToolkitSectionPage.objects.annotate(
                parent_path=Substr("path", 1, Length("path") - Page.steplen)
            )
            .filter(parent_path__in=closed_toolkits)
            .values("pk")
        )
        closed_resources = ResourcePage.objects.filter(members_only=True).values("pk")
        return Q(pk__in=closed_resources) | Q(pk__in=closed_chapters)

    @cached_property
    def _pages(self):
        return Page.objects.live().public().filter(depth__gt=1)

    @cached_property
    def openable(self):
        if self.member:
            return self._pages
        return self._pages.exclude(self._closed())

    @cached_property
    def title_only(self):
        if self.member:
            return Page.objects.none()
        listed = ResourcePage.objects.filter(LISTED_MEMBERS_ONLY)
        return self._pages.filter(pk__in=listed.values("pk"))

    @cached_property
    def visible(self):
        if self.member:
            return self._pages
        return self._pages.filter(
            Q(pk__in=self.openable.values("pk"))
            | Q(pk__in=self.title_only.values("pk"))
        )

    @cached_property
    def locked(self):
        # Of the pages a non-member finds, only members-only resources (listed
        # ones: the rest, and closed toolkits' chapters, are never found).
        if self.member:
            return None
        members_only = ResourcePage.objects.filter(members_only=True)
        return Q(pk__in=members_only.values("pk"))

    def order(self, queryset, sort):
        return queryset.order_by(*self.openable_first(), "title", "pk")

    def load(self, ids):
        pages = list(Page.objects.filter(pk__in=ids).specific())
        # Resource hits show their type: one query, not one per hit.
        prefetch_related_objects(
            [page for page in pages if isinstance(page, ResourcePage)],
            "resource_type",
        )
        return pages


SCOPES = {LIBRARY: LibraryScope, SITE: SiteScope}


# Results -------------------------------------------------------------------


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
    page: int
    per_page: int
    total: int
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
    def num_pages(self):
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.num_pages

    @property
    def start_index(self):
        return (self.page - 1) * self.per_page + 1 if self.total else 0

    @property
    def end_index(self):
        return min(self.page * self.per_page, self.total)

    @property
    def filtered(self):
        return any(facet.selected for facet in self.facets)


# Matching ------------------------------------------------------------------


def _ranked(searched, queryset, fields=None):
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


def _partly_ranked(words, queryset, fields=None):
    """
    For a query no page of `queryset` matches whole: the ids of those holding
    at least half of its `words` (its clauses, see synonyms.clauses); those
    holding more first, then those holding more in their title, then the
    newest; at most MAX_SERVER_HITS.

    A search server does this itself: the words with `or` between them and a
    minimum that should match (backends.MINIMUM_SHOULD_MATCH), ranked by its
    scores.
    The database backends cannot count the words a page holds, so each word
    is looked for on its own, over every page of the model (matching within
    the user's pages costs more, once for each word), and the pages holding
    enough are kept to those of `queryset` in one query. A page's count is of
    its own words in `fields`, so no page is found by words the user may not
    search. Scoring the pages on the backend instead cost 45 to 75 ms more at
    10,000 resources: the full-text match runs again for every word.
    """
    backend = get_search_backend()
    model = queryset.model
    with backend_answering():
        results = backend.search(
            expand(" ".join(words), operator="or"),
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
        allowed = _within(queryset, [pk for pk, n in held.items() if n >= needed])
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


def _within(queryset, ids):
    """The set of `ids` that are in `queryset`, in one query."""
    if len(ids) <= MAX_IDS_AS_PARAMETERS:
        return set(queryset.filter(pk__in=ids).values_list("pk", flat=True))
    wanted = set(ids)
    return {
        pk for pk in queryset.values_list("pk", flat=True).iterator() if pk in wanted
    }


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
    hits for `page` and the facet counts. `filters` maps a facet name to the
    values (slugs) chosen. Raises SearchUnavailable if the backend is down.
    """
    scope = SCOPES[scope](user)
    query, notices = clean_query(query)
    chosen_sort = sort if sort in scope.sorts else ""
    default_sort = "relevance" if query else scope.sorts[1]
    sort = chosen_sort or default_sort
    if sort == "relevance" and not query:
        sort = default_sort

    partial = False
    if query:
        searched = expand(query)
        by_title = not scope.member and scope.title_only.exists()
        open_ids, open_subquery = _ranked(searched, scope.openable)
        title_ids, title_subquery = (
            _ranked(searched, scope.title_only, fields=["title"])
            if by_title
            else ([], [])
        )
        # A search server returns ids; the database backends, a subquery.
        from_server = isinstance(open_subquery, list)
        words = clauses(query) if not (open_ids or title_ids) else []
        if len(words) > 1:
            # No page holds every word: those holding most of them, as
            # privately as any search (words where the user may open the
            # page, the title alone where they may only see it).
            open_ids = open_subquery = _partly_ranked(words, scope.openable)
            title_ids = title_subquery = (
                _partly_ranked(words, scope.title_only, fields=["title"])
                if by_title
                else []
            )
            partial = bool(open_ids or title_ids)
            if partial:
                notices.append(PARTIAL_NOTICE)
        ranking = open_ids + [pk for pk in title_ids if pk not in set(open_ids)]
        if len(ranking) <= MAX_IDS_AS_PARAMETERS:
            # The matches as a list: each filter and count then looks them up
            # instead of running the full-text match again. The database
            # matched within `openable` and `title_only`, so its matches need
            # no second check (for the site search that check scans every
            # page: 17 ms a query at 10,000 resources). A search server's
            # index can lag behind the database, so its matches are checked.
            within = scope.visible if from_server else scope.model.objects
            candidates = within.filter(pk__in=ranking)
        else:
            candidates = scope.visible.filter(
                Q(pk__in=open_subquery) | Q(pk__in=title_subquery)
            )
    else:
        candidates = scope.visible
        ranking = None

    facets = scope.facets()
    chosen = {}
    for facet in facets:
        keys, notice = facet.choose((filters or {}).get(facet.name, []))
        if keys:
            chosen[facet.name] = keys
        if notice:
            notices.append(notice)

    def narrowed(skip=None):
        queryset = candidates
        for facet in facets:
            if facet.name != skip and facet.name in chosen:
                queryset = facet.narrow(queryset, list(chosen[facet.name]))
        return queryset

    results_queryset = narrowed()
    facet_results = [
        facet.count(narrowed(skip=facet.name), chosen.get(facet.name, {}))
        for facet in facets
    ]

    page = max(1, min(page, MAX_PAGE))
    start = (page - 1) * per_page
    if sort == "relevance":
        matching = set(results_queryset.values_list("pk", flat=True))
        ordered = _titles_first(
            [pk for pk in ranking if pk in matching], results_queryset, query
        )
        # What the user can open first; title-only matches are the rest.
        title_matches = set(title_ids) - set(open_ids)
        ordered = [pk for pk in ordered if pk not in title_matches] + [
            pk for pk in ordered if pk in title_matches
        ]
        total = len(ordered)
        page, start = _clamp(page, total, per_page)
        page_ids = ordered[start : start + per_page]
    else:
        total = results_queryset.count()
        page, start = _clamp(page, total, per_page)
        page_ids = list(
            scope.order(results_queryset, sort).values_list("pk", flat=True)[
                start : start + per_page
            ]
        )

    loaded = {page.pk: page for page in scope.load(page_ids)}
    # Every candidate is visible, that is openable or findable by title only,
    # never both: so those found by title only are the ones it cannot open.
    locked = set(scope.title_only.filter(pk__in=page_ids).values_list("pk", flat=True))
    hits = [
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
        page=page,
        per_page=per_page,
        total=total,
        hits=hits,
        facets=facet_results,
        sorts={key: SORTS[key] for key in scope.sorts if key != "relevance" or query},
        notices=notices,
        chosen_sort=chosen_sort,
        default_sort=default_sort,
        partial=partial,
    )


def _titles_first(ordered, queryset, query):
    """
    Pages whose title has every word of the query (or of a synonym's wording)
    come first, in the backend's order, then the rest. A title says what a
    page is about better than any count of words in its body: a search for
    "anti-racism" should open the toolkit named for it, not the page that
    mentions it most.
    """
    wordings = [text.split() for text in alternatives(query)]
    prefilter = Q()
    for words in wordings:
        prefilter |= Q(*[Q(title__icontains=word) for word in words])
    titled = {
        pk
        for pk, title in queryset.filter(prefilter).values_list("pk", "title")
        if any(
            all(
                re.search(rf"(?<!\w){re.escape(word)}(?!\w)", title.casefold())
                for word in words
            )
            for words in wordings
        )
    }
    return [pk for pk in ordered if pk in titled] + [
        pk for pk in ordered if pk not in titled
    ]


def _clamp(page, total, per_page):
    """Past the last page, show the last page."""
    last = max(1, math.ceil(total / per_page))
    page = min(page, last)
    return page, (page - 1) * per_page


# Help when nothing matched ---------------------------------------------------


def suggest(query, scope, user):
    """
    A spelling suggestion for a query that found nothing, from the words in
    the titles and topics this user can see; None if there is nothing better.
    """
    words = query.casefold().split()
    if not words:
        return None
    scope = SCOPES[scope](user)
    vocabulary = set()
    for title in scope.openable.values_list("title", flat=True).iterator():
        vocabulary.update(re.findall(r"\w{3,}", title.casefold()))
    # Topics of the resources this user may open, never of hidden ones.
    topics = ResourceTag.objects.filter(
        content_object_id__in=LibraryScope(user).openable.values("pk")
    )
    for name in Tag.objects.filter(pk__in=topics.values("tag_id")).values_list(
        "name", flat=True
    ):
        vocabulary.update(re.findall(r"\w{3,}", name.casefold()))
    corrected = []
    for word in words:
        if word in vocabulary or len(word) < 3:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        corrected.append(close[0] if close else word)
    suggestion = " ".join(corrected)
    return suggestion if suggestion != " ".join(words) else None
