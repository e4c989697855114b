"""
Members-only files stay members-only at Wagtail's own document URLs.

Wagtail serves every document at /documents/<id>/<filename> to anyone who has
the address. A document that a members-only page holds or references is served
only to members; anyone else gets a 404, which says nothing about what the file
is. The members-only pages are members-only resources and toolkits and the
chapters of members-only toolkits, live or not. A page holds a document as one
of its files; it references it with anything Wagtail's reference index records
(a document chooser, as in the document-links block, or a rich-text document
link), or with the document's address typed into a link.

A document also held or referenced by a live page anyone may open is public:
hiding it would break that page, unless it is in a private collection: those
are for members whatever links to them. A typed address makes a document
members-only but never public (see `address_pages`).

Drafts: the reference index records a page's own row (wagtail.tasks, run on
every save; the "default" task backend is immediate here, so the index is
current when the save returns). The editor saves that row for a page that is
not live, so there the index has the latest draft; for a live page the row is
the live version, and a newer draft's links reach the index only when it is
published. Privacy comes first, so `in_a_draft` reads those drafts too: a
document linked only from the unpublished draft of a members-only page (or of
a resource the draft makes members-only) is members-only before anyone
publishes it. The other way, only what is live counts: a public page's draft
makes nothing public.
"""

import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField, Q, TextField
from django.db.models.functions import Cast, Length, Substr
from django.http import Http404
from django.urls import reverse
from django.utils.cache import patch_cache_control

from wagtail.models import Page, ReferenceIndex, Revision

from core.privacy import public
from networks.models import Meeting

from .models import (
    ChapterFile,
    ResourceFile,
    ResourcePage,
    ToolkitSectionPage,
    is_member,
)

# Set on a request for a members-only document that is served to a member.
PRIVATE = "lla_private_document"


def chapters_of(resources):
    """The chapters whose toolkit is one of `resources`, as a subquery."""
    return ToolkitSectionPage.objects.annotate(
        toolkit_path=Substr("path", 1, Length("path") - Page.steplen)
    ).filter(toolkit_path__in=resources.values("path"))


def members_only_pages():
    """Members-only resources and toolkits, and their chapters, live or not."""
    resources = ResourcePage.objects.filter(members_only=True)
    return Page.objects.filter(
        Q(pk__in=resources.values("pk")) | Q(pk__in=chapters_of(resources).values("pk"))
    )


def open_pages():
    """
    Live pages anyone may open: outside every private part of the site, not a
    members-only resource, and a chapter only of a live toolkit that is not
    members-only.
    """
    open_toolkits = ResourcePage.objects.live().filter(members_only=False)
    closed_chapters = ToolkitSectionPage.objects.exclude(
        pk__in=chapters_of(open_toolkits).values("pk")
    )
    return (
        public(Page.objects.live())
        .exclude(pk__in=ResourcePage.objects.filter(members_only=True).values("pk"))
        .exclude(pk__in=closed_chapters.values("pk"))
    )


def holding_or_referencing(document):
    """
    A filter for the pages that hold `document` as one of their files or
    reference it in the reference index. The index lists files too, under
    their page; the files tables are asked as well because they are right even
    for content written with the index switched off
    (`disable_reference_index_auto_update`).
    """
    references = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .annotate(page_id=Cast("object_id", IntegerField()))
        .values("page_id")
    )
    return (
        Q(pk__in=references)
        | Q(pk__in=ResourceFile.objects.filter(document=document).values("resource"))
        | Q(pk__in=ChapterFile.objects.filter(document=document).values("chapter"))
    )


def address(document):
    """The start of every address of `document` on this site: /documents/<id>/."""
    url = reverse("wagtaildocs_serve", args=(document.pk, document.filename))
    return url.rsplit("/", 1)[0] + "/"


def address_pages(document):
    """
    A filter for the members-only resources and chapters with `document`'s
    address typed into their body or links (a call to action, a rich-text link
    to an address, a resource's link). An address is not a reference Wagtail
    records, so their text is searched, within the same query and over
    members-only pages only. Public pages are not searched (that would read
    every page's text on every download), so a typed address never makes a
    document public.
    """
    resources = ResourcePage.objects.filter(members_only=True)
    text = address(document)
    typed_in_resources = resources.annotate(
        body_text=Cast("body", TextField()), links_text=Cast("links", TextField())
    ).filter(Q(body_text__contains=text) | Q(links_text__contains=text))
    typed_in_chapters = (
        chapters_of(resources)
        .annotate(body_text=Cast("body", TextField()))
        .filter(body_text__contains=text)
    )
    return Q(pk__in=typed_in_resources.values("pk")) | Q(
        pk__in=typed_in_chapters.values("pk")
    )


def reference_pattern(document):
    """
    A regular expression for `document` in a revision's JSON: a file's or a
    document chooser's `"document": <id>`, a rich-text `<a linktype="document"
    id="<id>">`, or its address. A StreamField is a string of JSON inside that
    JSON, and its rich text a string inside that, so each quote may be escaped.
    """
    quote = r'\\*"'
    pk = document.pk
    link = rf"linktype={quote}document{quote}"
    anchor = rf"id={quote}{pk}{quote}"
    return "|".join(
        [
            rf'"document{quote}: *{pk}[^0-9]',
            rf"<a [^>]*{link}[^>]*{anchor}",
            rf"<a [^>]*{anchor}[^>]*{link}",
            re.escape(address(document)),
        ]
    )


def in_a_draft(document):
    """
    Whether the latest draft of a page, not yet published, links `document`
    where the page or the draft is members-only. One query: the revisions are
    the latest of pages with unpublished changes, and the match is made in the
    database (see `reference_pattern`).
    """
    drafts = Page.objects.filter(has_unpublished_changes=True)
    members_only = drafts.filter(pk__in=members_only_pages().values("pk"))
    latest = Revision.objects.filter(
        Q(pk__in=members_only.values("latest_revision"))
        | Q(pk__in=drafts.values("latest_revision"), content__members_only=True)
    )
    return (
        latest.annotate(text=Cast("content", TextField()))
        .filter(text__regex=reference_pattern(document))
        .exists()
    )


def in_private_collection(document):
    """
    Whether `document` is in a collection editors made private (Collections >
    Privacy). On this site any collection privacy means members only: signed
    in and approved, not merely signed in.
    """
    return document.collection.get_view_restrictions().exists()


def is_members_only(document):
    """
    Whether only members may download `document`, in a handful of queries
    however many pages link it.
    """
    if in_private_collection(document):
        return True
    if Meeting.objects.filter(minutes=document, minutes_members_only=True).exists():
        return True  # a network's minutes, marked for members
    linked = holding_or_referencing(document)
    members_only = members_only_pages().filter(linked | address_pages(document))
    if not (members_only.exists() or in_a_draft(document)):
        return False
    return not open_pages().filter(linked).exists()


def before_serve_document(document, request):
    """
    The `before_serve_document` hook: a 404 for anyone but a member when the
    document is members-only. For a member, it marks the request so that
    `private_documents` marks the response private.
    """
    if not is_members_only(document):
        return
    if not is_member(request.user):
        raise Http404
    setattr(request, PRIVATE, True)


def _is_document(request, response):
    match = request.resolver_match
    return (
        response.status_code == 200
        and match is not None
        and match.url_name == "wagtaildocs_serve"
    )


def private_documents(get_response):
    """
    Middleware giving a members-only document `Cache-Control: private,
    no-store`, so no shared cache keeps a copy and hands it to someone else.
    A hook cannot do it: Wagtail ignores a streamed response from one.

    A public document may be kept by browsers and shared caches for
    DOCUMENT_CACHE_SECONDS: short, because a shared cache cannot be told when
    an editor later makes the file members-only.
    """

    def middleware(request):
        response = get_response(request)
        if getattr(request, PRIVATE, False):
            patch_cache_control(response, private=True, no_store=True)
        elif _is_document(request, response) and settings.DOCUMENT_CACHE_SECONDS:
            patch_cache_control(
                response, public=True, max_age=settings.DOCUMENT_CACHE_SECONDS
            )
        return response

    return middleware
