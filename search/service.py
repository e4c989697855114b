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
"""

import difflib
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    OuterRef,
    Q,
    prefetch_related_objects,
)
from django.db.models.functions import Length, Substr
from django.utils.functional import cached_property

from taggit.models import Tag
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from networks.models import NetworkPage
from resources.models import (
    FINDABLE_BY_ANYONE,
    LISTED_MEMBERS_ONLY,
    OPEN_TO_ALL,
    Audience,
    ResourcePage,
    ResourceTag,
    ResourceType,
    ToolkitPage,
    ToolkitSectionPage,
    is_member,
)

from .backends import (
    MAX_SERVER_HITS,
    backend_answering,
    database_ranked_ids,
    server_ranked_ids,
)
from .synonyms import alternatives, clauses, expand, search_terms, term_pattern

LIBRARY = "library"
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


# Facets --------------------------------------------------------------------


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    # Beyond the facet's most used values: shown behind "Show all" (never a
    # chosen value).
    more: bool = False


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)

    @property
    def selected(self):
        return [option for option in self.options if option.selected]

    @property
    def main_options(self):
        """The options shown at once: the most used, and every chosen one."""
        return [option for option in self.options if not option.more]

    @property
    def more_options(self):
        """The rest, for a "Show all" disclosure."""
        return [option for option in self.options if option.more]


class ThroughFacet:
    """
    A facet over a many-to-many relation of ResourcePage. Every value with
    results is offered; with `shown`, those beyond the `shown` most used are
    marked `more`.
    """

    def __init__(self, name, label, through, target_column, shown=None):
        self.name = name
        self.label = label
        self.through = through
        self.target_column = target_column
        self.shown = shown

    def lookup(self, values):
        """{slug: (id, label)} for the chosen slugs that exist."""
        raise NotImplementedError

    def labels(self, ids):
        raise NotImplementedError

    def narrow(self, queryset, ids):
        return queryset.filter(
            pk__in=self.through.objects.filter(
                **{f"{self.target_column}__in": ids}
            ).values(self.source_column)
        )

    source_column = "resourcepage_id"

    def counts(self, queryset):
        rows = (
            self.through.objects.filter(
                **{f"{self.source_column}__in": queryset.values("pk")}
            )
            .values_list(self.target_column)
            .annotate(n=Count("*"))
            .order_by("-n")
        )
        return dict(rows)


class NetworkFacet(ThroughFacet):
    def __init__(self):
        super().__init__(
            "network", "Network", ResourcePage.networks.through, "networkpage_id"
        )

    def _networks(self):
        return (
            NetworkPage.objects.live()
            .order_by("title")
            .values_list("pk", "slug", "title")
        )

    def lookup(self, values):
        return {
            slug: (pk, title)
            for pk, slug, title in self._networks().filter(slug__in=values)
        }

    def labels(self, ids):
        return {
            pk: (slug, title) for pk, slug, title in self._networks().filter(pk__in=ids)
        }


class AudienceFacet(ThroughFacet):
    def __init__(self):
        super().__init__(
            "audience",
            "Phase or audience",
            ResourcePage.audiences.through,
            "audience_id",
        )

    def lookup(self, values):
        return {
            slug: (pk, name)
            for pk, slug, name in Audience.objects.filter(slug__in=values).values_list(
                "pk", "slug", "name"
            )
        }

    def labels(self, ids):
        return {
            pk: (slug, name)
            for pk, slug, name in Audience.objects.filter(pk__in=ids).values_list(
                "pk", "slug", "name"
            )
        }

    def order(self, ids):
        return list(Audience.objects.filter(pk__in=ids).values_list("pk", flat=True))


class TopicFacet(ThroughFacet):
    """
    Topics are part of a resource's content, which only those who may open it
    see. So for anyone else a listed members-only resource, though found by
    its title, is in no topic's count and is never found by choosing a topic,
    and a topic that only members-only resources carry is unknown to them, as
    a topic nobody uses is. The counts and the results stay in step: both
    leave out the topics the user may not see.
    """

    source_column = "content_object_id"

    def __init__(self, scope=None):
        # Small topics count too ("climate", with a network of its own), so
        # all are offered: the ten most used at once, the rest behind "more".
        super().__init__("topic", "Topic", ResourceTag, "tag_id", shown=10)
        self.scope = scope

    def _seen(self, queryset):
        """Of `queryset` (what the user may find), those whose topics they see."""
        if self.scope is None or self.scope.member:
            return queryset
        return queryset.filter(OPEN_TO_ALL)

    def lookup(self, values):
        """Only topics of resources the user may open: a topic's name is news."""
        tags = Tag.objects.filter(slug__in=values)
        if self.scope is not None:
            # EXISTS stops at the first openable resource with the tag: the
            # set of every openable resource's tags cost 10 ms at 10,000.
            tags = tags.filter(
                Exists(self.scope.openable.filter(tagged_items__tag_id=OuterRef("pk")))
            )
        return {
            slug: (pk, name)
            for pk, slug, name in tags.values_list("pk", "slug", "name")
        }

    def narrow(self, queryset, ids):
        return super().narrow(self._seen(queryset), ids)

    def counts(self, queryset):
        return super().counts(self._seen(queryset))

    def labels(self, ids):
        return {
            pk: (slug, name)
            for pk, slug, name in Tag.objects.filter(pk__in=ids).values_list(
                "pk", "slug", "name"
            )
        }


class TypeFacet:
    """The resource type: a foreign key, so no join table."""

    name = "type"
    label = "Type"
    shown = None

    def lookup(self, values):
        return {
            slug: (pk, name)
            for pk, slug, name in ResourceType.objects.filter(
                slug__in=values
            ).values_list("pk", "slug", "name")
        }

    def labels(self, ids):
        return {
            pk: (slug, name)
            for pk, slug, name in ResourceType.objects.filter(pk__in=ids).values_list(
                "pk", "slug", "name"
            )
        }

    def narrow(self, queryset, ids):
        return queryset.filter(resource_type_id__in=ids)

    def counts(self, queryset):
        rows = (
            queryset.filter(resource_type__isnull=False)
            .values_list("resource_type_id")
            .annotate(n=Count("pk"))
            .order_by()
        )
        return dict(rows)


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


class KindFacet:
    """In the site search: networks, resources, toolkits, chapters, pages."""

    name = "kind"
    label = "Kind"
    shown = None

    def _content_types(self):
        from django.contrib.contenttypes.models import ContentType

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

    def labels(self, ids):
        return {kind: (kind, KINDS[kind]) for kind in ids}

    def narrow(self, queryset, kinds):
        content_types = self._content_types()
        return queryset.filter(
            content_type_id__in=[
                pk for kind in kinds for pk in content_types.get(kind, [])
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


class Scope:
    """
    What one user may find in one part of the site. Querysets are built once
    per search: `.public()` and the membership check each cost a query.
    """

    name = None
    model = None
    sorts = ()

    def __init__(self, user):
        self.user = user

    @cached_property
    def member(self):
        return is_member(self.user)

    @cached_property
    def visible(self):
        """Everything this user may find: openable, or by title only."""
        raise NotImplementedError

    @cached_property
    def openable(self):
        """What this user may open, and so find by any of its words."""
        raise NotImplementedError

    @cached_property
    def title_only(self):
        """What this user may find by its title only."""
        raise NotImplementedError

    @cached_property
    def locked(self):
        """
        A condition true of what this user finds but may not open (a listed
        members-only resource, for anyone but a member); None when nothing is.
        """
        raise NotImplementedError

    def openable_first(self):
        """
        Order-by terms putting what this user can open before what they can
        only see the title of: a visitor browsing the newest should meet
        resources they can read, not a page of "Members only".
        """
        if self.locked is None:
            return []
        return [ExpressionWrapper(self.locked, output_field=BooleanField()).asc()]


class LibraryScope(Scope):
    """The resource library: resources and toolkits, with four facets."""

    name = LIBRARY
    model = ResourcePage
    sorts = ("relevance", "newest", "title")

    def facets(self):
        return [NetworkFacet(), TypeFacet(), AudienceFacet(), TopicFacet(self)]

    @cached_property
    def _resources(self):
        return ResourcePage.objects.live().public()

    @cached_property
    def visible(self):
        if self.member:
            return self._resources
        return self._resources.filter(FINDABLE_BY_ANYONE)

    @cached_property
    def openable(self):
        if self.member:
            return self._resources
        return self._resources.filter(OPEN_TO_ALL)

    @cached_property
    def title_only(self):
        """Listed members-only resources, for anyone who is not a member."""
        if self.member:
            return ResourcePage.objects.none()
        return self._resources.filter(LISTED_MEMBERS_ONLY)

    @cached_property
    def locked(self):
        # What a non-member finds is public, or members-only and listed.
        return None if self.member else Q(members_only=True)

    def order(self, queryset, sort):
        if sort == "title":
            keys = ["title", "pk"]
        else:
            keys = ["-published_date", "-first_published_at", "pk"]
        return queryset.order_by(*self.openable_first(), *keys)

    def load(self, ids):
        return ResourcePage.objects.filter(pk__in=ids).select_related("resource_type")


class SiteScope(Scope):
    """Every page on the site, labelled by kind."""

    name = SITE
    model = Page
    sorts = ("relevance", "title")

    def facets(self):
        return [KindFacet()]

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


def _normalise_filters(scope_facets, filters):
    """{facet name: [ids]} for the chosen values that exist, and notices."""
    chosen, notices = {}, []
    for facet in scope_facets:
        values = [value for value in filters.get(facet.name, []) if value]
        if not values:
            continue
        found = facet.lookup(values)
        unknown = [value for value in values if value not in found]
        if unknown:
            notices.append(
                f"No {facet.label.lower()} called “{', '.join(unknown)}”, "
                "so that filter was left out."
            )
        if found:
            chosen[facet.name] = {pk: slug for slug, (pk, _label) in found.items()}
    return chosen, notices


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
    chosen, filter_notices = _normalise_filters(facets, filters or {})
    notices += filter_notices

    def narrowed(skip=None):
        queryset = candidates
        for facet in facets:
            if facet.name != skip and facet.name in chosen:
                queryset = facet.narrow(queryset, list(chosen[facet.name]))
        return queryset

    results_queryset = narrowed()
    facet_results = [
        _facet_result(facet, narrowed(skip=facet.name), chosen.get(facet.name, {}))
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


def _facet_result(facet, queryset, chosen):
    """
    A Facet with the counts of `queryset`: every value with results, and the
    chosen values (first, whatever their counts). Beyond the facet's `shown`
    most used values, the options not chosen are marked `more`.
    """
    counts = facet.counts(queryset)
    ids = [key for key, n in counts.items() if n]
    ids = list(dict.fromkeys([*chosen, *ids]))
    labels = facet.labels(ids)
    options = [
        FacetOption(
            value=labels[key][0],
            label=labels[key][1],
            count=counts.get(key, 0),
            selected=key in chosen,
        )
        for key in ids
        if key in labels
    ]
    if facet.shown:
        by_use = sorted(options, key=lambda o: (-o.count, o.label.casefold()))
        for option in by_use[facet.shown :]:
            option.more = not option.selected
    options.sort(key=lambda option: (not option.selected, option.label.casefold()))
    return Facet(name=facet.name, label=facet.label, options=options)


# Help when nothing matched ---------------------------------------------------


def popular_topics(user, limit=8):
    """
    The topics with most resources this user may open, most used first: the
    topics of a members-only resource are not news to give anyone else, even
    when its title is listed.
    """
    facet = TopicFacet()
    counts = facet.counts(LibraryScope(user).openable)
    top = sorted(counts, key=lambda pk: -counts[pk])[:limit]
    labels = facet.labels(top)
    return [
        FacetOption(
            value=labels[pk][0], label=labels[pk][1], count=counts[pk], selected=False
        )
        for pk in top
        if pk in labels
    ]


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
