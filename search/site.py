"""
The site search's scope: every page on the site, labelled by kind (network,
toolkit, chapter, resource, page), with the kind as its one facet.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q, prefetch_related_objects
from django.db.models.functions import Length, Substr
from django.utils.functional import cached_property

from wagtail.models import Page

from core.search import BaseFacet, Scope
from networks.models import NetworkPage
from resources.models import (
    LISTED_MEMBERS_ONLY,
    ResourcePage,
    ToolkitPage,
    ToolkitSectionPage,
)

SITE = "site"

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
