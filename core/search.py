"""
The shapes a search is built from, shared by the library (resources/library.py)
and the site search (search/site.py), and run by the engine (search/engine.py).

A Scope is what one user may find in one part of the site, and how to narrow,
count, order and load it. A facet narrows a scope's results by values a user
chooses and counts the results each value would give: a BaseFacet subclass
says how, and `BaseFacet.count` turns the counts into the Facet a page shows,
a list of FacetOption.

Counts are SQL over the candidate pages, one query per facet; on a search
server, the server's aggregations, in one request (search/backends.py); and
a scope's bitsets where it has them (`Scope.browse_index`,
resources/facet_index.py), for browsing and for the matches of words the
database found. Values
of one facet are alternatives (OR), facets narrow each other (AND), and each
value's count is what the results would number if that value were the facet's
only choice.
"""

from dataclasses import dataclass, field

from django.db.models import BooleanField, Count, ExpressionWrapper
from django.utils.functional import cached_property

from core.members import is_member

# Scopes ----------------------------------------------------------------------


class Scope:
    """
    What one user may find in one part of the site. Querysets are built once
    per search: `core.privacy.public()` and the membership check each cost a query.
    """

    name = None
    model = None
    sorts = ()
    # The BaseFacet subclasses this scope is narrowed and counted by.
    facet_types = ()

    def __init__(self, user):
        self.user = user

    @classmethod
    def for_audience(cls, member):
        """This scope as any member (or anyone else) sees it, for work done
        once for all of them (resources/facet_index.py)."""
        scope = cls(None)
        scope.member = member
        return scope

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
    def openable_in_sql(self):
        """
        `openable`, written for the database alone where that is cheaper (an
        EXISTS, which a search server's filters cannot take).
        """
        return self.openable

    @cached_property
    def openable_by_page(self):
        """
        `openable`, written for the database to check a few pages at a time
        (each page's own access looked up) rather than many.
        """
        return self.openable_in_sql

    @cached_property
    def title_only_in_sql(self):
        """`title_only`, written for the database alone (see openable_in_sql)."""
        return self.title_only

    @cached_property
    def locked(self):
        """
        A condition true of what this user finds but may not open (a listed
        members-only resource, for anyone but a member); None when nothing is.
        """
        raise NotImplementedError

    def facets(self):
        """This scope's facets, for one search."""
        return [facet_type(self) for facet_type in self.facet_types]

    def browse_index(self):
        """
        An index that counts the facets (and, browsing without words, orders
        the results) without SQL over the scope (resources/facet_index.py),
        or None, and the engine uses SQL.
        """
        return None

    def openable_first(self):
        """
        Order-by terms putting what this user can open before what they can
        only see the title of: a visitor browsing the newest should meet
        resources they can read, not a page of "Members only".
        """
        if self.locked is None:
            return []
        return [ExpressionWrapper(self.locked, output_field=BooleanField()).asc()]

    def order(self, queryset, sort):
        """`queryset` in the order of `sort` (one of `sorts`, not "relevance")."""
        raise NotImplementedError

    def load(self, ids):
        """The pages with these ids, with what a list of results shows."""
        raise NotImplementedError


# Facets ----------------------------------------------------------------------


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
    """A facet as a page shows it: its options, with their counts."""

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


class BaseFacet:
    """
    One way to narrow a scope's results. A value is what a URL carries (a
    slug); a key is what the database holds (an id). Subclasses say how values
    are found (`lookup`, `labels`), how they narrow a queryset (`narrow`) and
    how the results are counted by key (`counts`); with `shown`, options
    beyond the `shown` most used are marked `more`. With `search_field`, the
    FilterField of the model's search_fields that holds each page's keys, a
    search server counts them instead (search/backends.py).
    """

    name = None
    label = None
    shown = None
    search_field = None
    # Every page has exactly one value of this facet: with none chosen, its
    # counts add up to the results' total, which then needs no count of its own.
    one_per_page = False

    def __init__(self, scope=None):
        self.scope = scope

    def lookup(self, values):
        """{value: (key, label)} for the chosen values that exist."""
        raise NotImplementedError

    def labels(self, keys):
        """{key: (value, label)}."""
        raise NotImplementedError

    def narrow(self, queryset, keys):
        raise NotImplementedError

    def counts(self, queryset):
        """{key: how many of `queryset` have it}."""
        raise NotImplementedError

    def pairs(self):
        """(page id, key) for every page of the scope's model with a value."""
        raise NotImplementedError

    def seen(self, queryset):
        """
        Those of `queryset` whose values of this facet the user may see, and
        so the only ones it counts or finds: all of them, unless a facet's
        values are part of what only some may open (the library's topics).
        """
        return queryset

    def choose(self, values):
        """({key: value} for the chosen values that exist, a notice or None)."""
        values = [value for value in values if value]
        if not values:
            return {}, None
        found = self.lookup(values)
        unknown = [value for value in values if value not in found]
        notice = None
        if unknown:
            notice = (
                f"No {self.label.lower()} called “{', '.join(unknown)}”, "
                "so that filter was left out."
            )
        return {key: value for value, (key, _label) in found.items()}, notice

    def from_counts(self, counts, chosen):
        """
        The Facet a page shows, from `counts` ({key: count}, from SQL or a
        search server): every value with results, and the chosen keys (first,
        whatever their counts), labelled from the database. Beyond the `shown`
        most used values, the options not chosen are marked `more`.
        """
        keys = [key for key, n in counts.items() if n]
        keys = list(dict.fromkeys([*chosen, *keys]))
        labels = self.labels(keys)
        options = [
            FacetOption(
                value=labels[key][0],
                label=labels[key][1],
                count=counts.get(key, 0),
                selected=key in chosen,
            )
            for key in keys
            if key in labels
        ]
        if self.shown:
            by_use = sorted(options, key=lambda o: (-o.count, o.label.casefold()))
            for option in by_use[self.shown :]:
                option.more = not option.selected
        options.sort(key=lambda option: (not option.selected, option.label.casefold()))
        return Facet(name=self.name, label=self.label, options=options)


class ThroughFacet(BaseFacet):
    """
    A facet over a many-to-many relation: `through` is the link table, from
    the searched page (`source_column`) to the value (`target_column`).
    """

    through = None
    source_column = None
    target_column = None

    def holding(self, keys):
        """The ids of the pages with any of `keys`, from the link table."""
        return self.through.objects.filter(
            **{f"{self.target_column}__in": keys}
        ).values(self.source_column)

    def narrow(self, queryset, keys):
        return queryset.filter(pk__in=self.holding(keys))

    def pairs(self):
        return self.through.objects.values_list(self.source_column, self.target_column)

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


class ForeignKeyFacet(BaseFacet):
    """A facet over a foreign key of the searched page (`column`): no join table."""

    column = None

    def narrow(self, queryset, keys):
        return queryset.filter(**{f"{self.column}__in": keys})

    def pairs(self):
        return self.scope.model.objects.filter(
            **{f"{self.column}__isnull": False}
        ).values_list("pk", self.column)

    def counts(self, queryset):
        rows = (
            queryset.filter(**{f"{self.column}__isnull": False})
            .values_list(self.column)
            .annotate(n=Count("pk"))
            .order_by()
        )
        return dict(rows)
