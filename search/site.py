"""
The site search's scope: every page on the site, labelled by kind (network,
toolkit, chapter, resource, page), with the kind as its one facet.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Q, prefetch_related_objects
from django.db.models.functions import Length, Substr
from django.utils.functional import cached_property

from wagtail.models import Page, get_page_models

from core.privacy import public
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
    one_per_page = True

    def _content_types(self):
        """The content types of each kind, from Django's cache of them."""
        by_kind = {}
        for model, content_type in ContentType.objects.get_for_models(
            *get_page_models()
        ).items():
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
        """
        Members-only resources, and the chapters of members-only toolkits, as
        a search server's filters can take them (lists of ids).
        """
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

    @staticmethod
    def _closed_in_sql():
        """
        The same pages as EXISTS on a page's own id and its parent's path, so
        that SQL checks only the pages a search matched, not every
        members-only resource.
        """
        closed_resource = ResourcePage.objects.filter(
            pk=OuterRef("pk"), members_only=True
        )
        closed_parent = ToolkitPage.objects.filter(
            members_only=True,
            path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen),
        )
        return Q(Exists(closed_resource)) | Q(Exists(closed_parent))

    @staticmethod
    def _listed_members_only():
        return Exists(
            ResourcePage.objects.filter(LISTED_MEMBERS_ONLY, pk=OuterRef("pk"))
        )

    @cached_property
    def _pages(self):
        return public(Page.objects.live()).filter(depth__gt=1)

    @cached_property
    def openable(self):
        if self.member:
            return self._pages
        return self._pages.exclude(self._closed())

    @cached_property
    def openable_in_sql(self):
        if self.member:
            return self._pages
        return self._pages.exclude(self._closed_in_sql())

    @cached_property
    def openable_by_page(self):
        if self.member:
            return self._pages
        # Two NOT EXISTS, which PostgreSQL checks page by page (an anti-join);
        # for NOT (one OR the other), as openable_in_sql is, it reads every
        # members-only resource first: 47 ms at 100,000 resources, which a
        # search's match gains from and a look at a few pages does not.
        closed_resource, closed_parent = self._closed_in_sql().children
        return self._pages.exclude(closed_resource).exclude(closed_parent)

    @cached_property
    def title_only(self):
        if self.member:
            return Page.objects.none()
        listed = ResourcePage.objects.filter(LISTED_MEMBERS_ONLY)
        return self._pages.filter(pk__in=listed.values("pk"))

    @cached_property
    def title_only_in_sql(self):
        if self.member:
            return Page.objects.none()
        return self._pages.filter(self._listed_members_only())

    @cached_property
    def visible(self):
        if self.member:
            return self._pages
        return self._pages.filter(
            ~self._closed_in_sql() | Q(self._listed_members_only())
        )

    @cached_property
    def locked(self):
        # Of the pages a non-member finds, only members-only resources (listed
        # ones: the rest, and closed toolkits' chapters, are never found).
        if self.member:
            return None
        members_only = ResourcePage.objects.filter(members_only=True, pk=OuterRef("pk"))
        return Exists(members_only)

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
