"""
The library as a search sees it: what each user may find in it (LibraryScope),
its four facets (network, type, audience, topic) and its most used topics.
The search engine (search/engine.py) runs it; the library page reaches the
engine through a hook (see ResourceIndexPage).

How it keeps private things private: the text of a resource is matched only
if the user may open it. A members-only resource that editors chose to list
is matched, for anyone else, by its title alone, and is shown without its
summary; its topics are content too, so no topic counts it or finds it.
"""

from django.db.models import Q
from django.utils.functional import cached_property

from taggit.models import Tag

from core.content_cache import cached
from core.db import by_index
from core.members import audience
from core.privacy import public
from core.search import FacetOption, ForeignKeyFacet, Scope, ThroughFacet
from networks.models import NetworkPage

from . import facet_index
from .models import (
    FINDABLE_BY_ANYONE,
    LISTED_MEMBERS_ONLY,
    NEWEST_FIRST,
    OPEN_TO_ALL,
    Audience,
    ResourcePage,
    ResourceTag,
    ResourceType,
)

LIBRARY = "library"


class NamedBySlug:
    """
    Lookups for a facet whose values are the slugs of `model` rows (keys are
    their ids), labelled by `label_field`: every row's slug and label read
    once per content generation (content cache), not a query per facet per
    search.
    """

    model = None
    label_field = "name"

    def choices(self):
        return self.model.objects.all()

    def named(self):
        """{key: (slug, label)} of every choice."""
        return cached(
            f"facet-choices:{self.name}",
            lambda: {
                pk: (slug, label)
                for pk, slug, label in self.choices().values_list(
                    "pk", "slug", self.label_field
                )
            },
        )

    def lookup(self, values):
        by_slug = {slug: (pk, label) for pk, (slug, label) in self.named().items()}
        return {value: by_slug[value] for value in values if value in by_slug}

    def labels(self, keys):
        named = self.named()
        return {key: named[key] for key in keys if key in named}


class NetworkFacet(NamedBySlug, ThroughFacet):
    name = "network"
    label = "Network"
    through = ResourcePage.networks.through
    source_column = "resourcepage_id"
    target_column = "networkpage_id"
    model = NetworkPage
    label_field = "title"
    search_field = "networks"

    def choices(self):
        return NetworkPage.objects.live().order_by("title")


class TypeFacet(NamedBySlug, ForeignKeyFacet):
    """The resource type: a foreign key, so no join table."""

    name = "type"
    label = "Type"
    column = "resource_type_id"
    model = ResourceType
    search_field = "resource_type"


class AudienceFacet(NamedBySlug, ThroughFacet):
    name = "audience"
    label = "Phase or audience"
    through = ResourcePage.audiences.through
    source_column = "resourcepage_id"
    target_column = "audience_id"
    model = Audience
    search_field = "audiences"


class TopicFacet(NamedBySlug, ThroughFacet):
    """
    Topics are part of a resource's content, which only those who may open it
    see. So for anyone else a listed members-only resource, though found by
    its title, is in no topic's count and is never found by choosing a topic,
    and a topic that only members-only resources carry is unknown to them, as
    a topic nobody uses is. The counts and the results stay in step: both
    leave out the topics the user may not see.
    """

    name = "topic"
    label = "Topic"
    # Small topics count too ("climate", with a network of its own), so all
    # are offered: the ten most used at once, the rest behind "more".
    shown = 10
    through = ResourceTag
    source_column = "content_object_id"
    target_column = "tag_id"
    model = Tag
    search_field = "tags"

    def seen(self, queryset):
        """Of `queryset` (what the user may find), those whose topics they see."""
        if self.scope is None or self.scope.member:
            return queryset
        return queryset.filter(OPEN_TO_ALL)

    def lookup(self, values):
        """Only topics of resources the user may open: a topic's name is news."""
        found = super().lookup(values)
        if self.scope is None:
            return found
        # A query for each chosen topic, which stops at the first resource
        # with it that the user may open. As one query's EXISTS, PostgreSQL
        # planned it as a join to every page: 35 ms at 100,000 resources,
        # against 0.4 ms alone; the set of every openable resource's topics
        # cost 10 ms at 10,000.
        return {
            slug: (pk, name)
            for slug, (pk, name) in found.items()
            if self.scope.openable.filter(tagged_items__tag_id=pk).exists()
        }

    def narrow(self, queryset, keys):
        return super().narrow(self.seen(queryset), keys)

    def counts(self, queryset):
        return super().counts(self.seen(queryset))


class LibraryScope(Scope):
    """The resource library: resources and toolkits, with four facets."""

    name = LIBRARY
    model = ResourcePage
    sorts = ("relevance", "newest", "title")
    facet_types = (NetworkFacet, TypeFacet, AudienceFacet, TopicFacet)

    @cached_property
    def _resources(self):
        return public(ResourcePage.objects.live())

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

    def browse_index(self):
        return facet_index.current()

    def order(self, queryset, sort):
        keys = ("title", "pk") if sort == "title" else NEWEST_FIRST
        return queryset.order_by(*self.openable_first(), *keys)

    def load(self, ids):
        return ResourcePage.objects.filter(pk__in=ids).select_related("resource_type")


# Popular topics are those of the newest this many resources a user may open.
POPULAR_AMONG = 1000


def popular_topics(user, limit=8):
    """
    The topics with most resources this user may open, most used first, of
    the newest POPULAR_AMONG (the latest added): what the networks share now,
    counted at the same cost at any size of library. The topics of a
    members-only resource are not news to give anyone else, even when its
    title is listed.
    """
    scope = LibraryScope(user)
    return cached(
        f"popular-topics:{limit}:{audience(scope.member)}",
        lambda: _popular(scope, limit),
    )


def _popular(scope, limit):
    """Counts the topics: once per content generation."""
    facet = TopicFacet()
    # Newest by id, which an index reads backwards and stops; their topics
    # looked up by index too (core.db.by_index). Counting every resource's
    # topics took 111 ms at 100,000 on PostgreSQL; these, 4 ms.
    with by_index():
        counts = facet.counts(scope.openable.order_by("-pk")[:POPULAR_AMONG])
    top = sorted(counts, key=lambda pk: -counts[pk])[:limit]
    labels = facet.labels(top)
    return [
        FacetOption(
            value=labels[pk][0], label=labels[pk][1], count=counts[pk], selected=False
        )
        for pk in top
        if pk in labels
    ]
