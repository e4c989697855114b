"""
The member resource library: resources and toolkits, their taxonomies, and
who may see them.

A toolkit is a resource (multi-table inheritance), so one `ResourcePage`
queryset serves the library, its facets and each network's list, toolkits
included. Members-only resources show their title to anonymous visitors only
where editors list them; their summary, body and files never.
"""

from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, models, transaction
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject, cached_property

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks, hooks
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from core.blocks import BodyBlock
from core.members import MEMBERS_GROUP, is_member  # noqa: F401 (used across the library)
from core.page_forms import PageFormMixin
from core.privacy import public
from core.tree import child_of


class ResourceAccessMixin:
    """
    Serves a page as the access of the resource it belongs to allows: a
    resource decides for itself, a toolkit chapter by its toolkit.

    A member gets the page, marked `private, no-store`. Anyone else gets, for
    a listed members-only resource, a teaser (403) with its title and a
    sign-in link; for an unlisted one, a 404, so not even its title leaks.
    Neither is in the sitemap, which is for everyone: even an address can
    give away what a resource is.
    """

    def access_resource(self):
        raise NotImplementedError

    @cached_property
    def ordered_files(self):
        return list(self.files.select_related("document").order_by("sort_order"))

    def get_sitemap_urls(self, request=None):
        if self.access_resource().members_only:
            return []
        return super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["can_open"] = self.access_resource().can_open(request.user)
        return context

    def get_template(self, request, *args, **kwargs):
        if not self.access_resource().can_open(request.user):
            return "resources/members_only.html"
        return super().get_template(request, *args, **kwargs)

    def serve(self, request, *args, **kwargs):
        resource = self.access_resource()
        if resource.can_open(request.user):
            response = super().serve(request, *args, **kwargs)
            if resource.members_only:
                # A member's copy: no cache, shared or the browser's disk,
                # keeps it (as members-only files, resources/documents.py).
                patch_cache_control(response, private=True, no_store=True)
            return response
        if not resource.listed:
            raise Http404
        response = super().serve(request, *args, **kwargs)
        response.status_code = 403
        return response


class ResourceType(models.Model):
    """A kind of resource, e.g. toolkit, guide or report. Editors manage them."""

    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Audience(models.Model):
    """A phase of education or an audience, e.g. primary, leaders, parents."""

    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class ResourceTag(TaggedItemBase):
    """A topic on a resource. Tags are case-insensitive (TAGGIT_CASE_INSENSITIVE)."""

    content_object = ParentalKey(
        "resources.ResourcePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class LinkBlock(blocks.StructBlock):
    """An external link, e.g. a partner's own page for the resource."""

    title = blocks.CharBlock(max_length=160)
    url = blocks.URLBlock()

    class Meta:
        icon = "link"
        template = "resources/blocks/link_block.html"
        description = "A link to a page on another website"
        preview_value = {
            "title": "Leeds Digital Careers Festival",
            "url": "https://example.org/",
        }


class ChangeBlock(blocks.StructBlock):
    """One entry in a toolkit's change log."""

    date = blocks.DateBlock()
    text = blocks.TextBlock(max_length=400)

    class Meta:
        icon = "history"
        template = "resources/blocks/change_block.html"
        description = "A dated note of what changed"
        preview_value = {"text": "Added a chapter on recruitment."}


class Licence(models.TextChoices):
    ALL_RIGHTS = "all-rights-reserved", "All rights reserved"
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_NC = "cc-by-nc-4.0", "CC BY-NC 4.0"
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0"
    OGL = "ogl-3.0", "Open Government Licence 3.0"


# The Wagtail hook that serves the library's search (see ResourceIndexPage).
SERVE_LIBRARY_HOOK = "serve_resource_library"


class ResourceIndexPage(PageFormMixin, RoutablePageMixin, Page):
    """
    The library: every resource and toolkit editors have published, searched
    and filtered through the search engine. `?format=json` gives the same
    search as JSON.

    The search engine serves the index route: search/wagtail_hooks.py
    registers search/library.py's `serve_library` for the Wagtail hook named
    SERVE_LIBRARY_HOOK ("serve_resource_library"), which `library()` calls.
    So resources never imports search (the apps' layers, DESIGN.md), and the
    page is still served as any Wagtail page is: its view restrictions and
    previews as before. What the library is, to a search (who may find what,
    its facets), is resources/library.py.
    """

    intro = RichTextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage", "resources.ToolkitPage"]
    max_count = 1

    class Meta:
        verbose_name = "resource library page"

    @property
    def summary(self):
        return "Toolkits, guides and reports shared by the alliance's networks."

    @path("")
    def library(self, request):
        """The library's search, served by the search engine (see above)."""
        serve = hooks.get_hooks(SERVE_LIBRARY_HOOK)
        if not serve:
            raise ImproperlyConfigured(
                f"No function is registered for the {SERVE_LIBRARY_HOOK!r} hook: "
                "is the search app installed?"
            )
        return serve[0](self, request)

    @path("feed/", name="feed")
    def feed(self, request):
        """New and updated public resources, as an Atom feed."""
        from .feeds import ResourceFeed

        resources = ResourcePage.objects.open_to_all().descendant_of(self)
        return ResourceFeed(self, resources, title=self.title)(request)

    @property
    def feed_url(self):
        url = self.url  # None in the preview of a page not yet saved
        return url and url + self.reverse_subpage("feed")


# Who may find which resource, in one place: the manager below and the
# library's search scope (resources/library.py) both filter with these.
OPEN_TO_ALL = models.Q(members_only=False)
LISTED_MEMBERS_ONLY = models.Q(members_only=True, listed=True)
FINDABLE_BY_ANYONE = OPEN_TO_ALL | LISTED_MEMBERS_ONLY
# Newest first, and undated resources last on every database (PostgreSQL
# puts NULLs first in a descending order, SQLite last).
NEWEST_FIRST = (
    models.F("published_date").desc(nulls_last=True),
    models.F("first_published_at").desc(nulls_last=True),
    "pk",
)


# What resources/includes/resource_item.html and {% pageurl %} read.
LISTING_FIELDS = (
    "title",
    "slug",
    "path",
    "depth",
    "url_path",
    "locale_id",
    "live",
    "content_type_id",
    "summary",
    "members_only",
    "published_date",
    "resource_type",
)


class ResourcePageManager(PageManager):
    def visible_to(self, user):
        """
        Live resources this user may find: all of them for members; for anyone
        else the public ones, and members-only ones editors chose to list.
        """
        queryset = public(self.live())
        if is_member(user):
            return queryset
        return queryset.filter(FINDABLE_BY_ANYONE)

    def open_to_all(self):
        """Live resources anyone may open, for channels everyone can read (feeds)."""
        return public(self.live()).filter(OPEN_TO_ALL)

    def for_listing(self, ids):
        """
        {id: resource} for these ids, with only what a list of resources shows
        (resources/includes/resource_item.html): a full row, body and all,
        costs twice as much to load.
        """
        return (
            self.select_related("resource_type")
            .only(*LISTING_FIELDS, "resource_type__name")
            .in_bulk(ids)
        )


class ResourcePage(PageFormMixin, ResourceAccessMixin, Page):
    """One resource in the library: what it is, who it is for, and its files."""

    summary = models.TextField(max_length=400)
    body = StreamField(BodyBlock(), blank=True)
    resource_type = models.ForeignKey(
        ResourceType, null=True, on_delete=models.SET_NULL, related_name="resources"
    )
    audiences = ParentalManyToManyField(Audience, blank=True, related_name="resources")
    tags = ClusterTaggableManager(
        through=ResourceTag, blank=True, verbose_name="topics"
    )
    networks = ParentalManyToManyField(
        "networks.NetworkPage", blank=True, related_name="resources"
    )
    organisation = models.ForeignKey(
        "networks.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resources",
    )
    author = models.CharField(max_length=200, blank=True)
    published_date = models.DateField(null=True, blank=True)
    last_reviewed = models.DateField(null=True, blank=True)
    licence = models.CharField(
        max_length=30, choices=Licence.choices, default=Licence.ALL_RIGHTS
    )
    links = StreamField([("link", LinkBlock())], blank=True)
    cover_image = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    members_only = models.BooleanField(
        default=False,
        help_text="Only signed-in members of partner organisations can open it.",
    )
    listed = models.BooleanField(
        default=True,
        help_text=(
            "For members-only resources: show its title and type to everyone, "
            "with a sign-in link. Its summary, body and files stay hidden."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("files", heading="Files", label="File"),
        FieldPanel("links"),
        FieldPanel("cover_image"),
    ]
    catalogue_panels = [
        FieldPanel("resource_type"),
        FieldPanel("audiences"),
        FieldPanel("tags"),
        FieldPanel("networks"),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("author"),
                FieldPanel("published_date"),
                FieldPanel("last_reviewed"),
                FieldPanel("licence"),
            ],
            heading="Source",
        ),
        MultiFieldPanel(
            [FieldPanel("members_only"), FieldPanel("listed")], heading="Access"
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("author"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields("resource_type", [index.SearchField("name")]),
        index.FilterField("resource_type"),
        index.FilterField("audiences"),
        index.FilterField("networks"),
        index.FilterField("tags"),
        index.FilterField("members_only"),
        index.FilterField("listed"),
        index.FilterField("published_date"),
    ]

    objects = ResourcePageManager()

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "resource page"

    def can_open(self, user):
        return not self.members_only or is_member(user)

    def get_context(self, request, *args, **kwargs):
        from .related import related_resources

        context = super().get_context(request, *args, **kwargs)
        if context["can_open"]:
            # Worked out only if the template's fragment for this audience is
            # not already in the content cache.
            context["related"] = SimpleLazyObject(
                lambda: related_resources(
                    self, request.user, preview=getattr(request, "is_preview", False)
                )
            )
            context["user_is_member"] = is_member(request.user)
        return context

    def access_resource(self):
        return self


def edit_tabs(content_panels):
    """The editor's tabs for a resource: content, catalogue, promote, settings."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(ResourcePage.catalogue_panels, heading="Catalogue"),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )


ResourcePage.edit_handler = edit_tabs(ResourcePage.content_panels)


class AttachedFile(Orderable):
    """A downloadable file (a Wagtail document) attached to a page."""

    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(
        max_length=160, blank=True, help_text="Leave blank to use the document's title."
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        abstract = True

    @property
    def display_title(self):
        return self.title or self.document.title

    @property
    def download_url(self):
        """Where the page links the file: a view that counts the download."""
        return reverse("resources:download", args=[self.kind, self.pk])


class ResourceFile(AttachedFile):
    """A file of a resource."""

    kind = "resource"

    resource = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="files")

    @property
    def page(self):
        return self.resource


class ToolkitPage(ResourcePage):
    """
    A structured, HTML-first toolkit, e.g. the Race Equity Leadership Toolkit.

    Its chapters are ToolkitSectionPage children. It is meant to stay living:
    it shows when it was last reviewed and a change log.
    """

    changelog = StreamField(
        [("change", ChangeBlock())],
        blank=True,
        help_text="What changed and when, newest first.",
    )

    content_panels = [*ResourcePage.content_panels, FieldPanel("changelog")]
    edit_handler = edit_tabs(content_panels)

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = ["resources.ToolkitSectionPage"]

    class Meta:
        verbose_name = "toolkit page"

    @cached_property
    def chapters(self):
        return list(public(child_of(ToolkitSectionPage.objects.live(), self)))


class ToolkitSectionPage(PageFormMixin, ResourceAccessMixin, Page):
    """One chapter of a toolkit, with its own files."""

    summary = models.TextField(max_length=400, blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("files", heading="Files", label="File"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
    ]

    parent_page_types = ["resources.ToolkitPage"]
    subpage_types = []

    class Meta:
        verbose_name = "toolkit chapter"

    @cached_property
    def toolkit(self):
        return ToolkitPage.objects.get(pk=self.get_parent().pk)

    def access_resource(self):
        return self.toolkit

    def neighbours(self):
        """The previous and next chapters, for the links under each chapter."""
        chapters = self.toolkit.chapters
        position = next(i for i, c in enumerate(chapters) if c.pk == self.pk)
        previous = chapters[position - 1] if position > 0 else None
        following = chapters[position + 1] if position + 1 < len(chapters) else None
        return previous, following

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["previous"], context["next"] = self.neighbours()
        return context


class ChapterFile(AttachedFile):
    """A file of one toolkit chapter, e.g. a worksheet."""

    kind = "chapter"

    chapter = ParentalKey(
        ToolkitSectionPage, on_delete=models.CASCADE, related_name="files"
    )

    @property
    def page(self):
        return self.chapter


class DownloadCount(models.Model):
    """
    How many times a resource's files were downloaded on one day; a toolkit's
    count includes its chapters' files. Nothing about who downloaded is kept.
    """

    resource = models.ForeignKey(
        ResourcePage, on_delete=models.CASCADE, related_name="download_counts"
    )
    date = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["resource", "date"], name="one_download_count_a_day"
            )
        ]

    def __str__(self):
        return f"{self.resource_id} on {self.date}: {self.count}"

    @classmethod
    def record(cls, resource):
        """Adds one to today's count (after the response: see core/bookkeeping.py)."""
        today = timezone.localdate()
        counts = cls.objects.filter(resource=resource, date=today)
        if counts.update(count=models.F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(resource=resource, date=today, count=1)
        except IntegrityError:
            # Another request made today's row first.
            counts.update(count=models.F("count") + 1)
