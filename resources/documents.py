"""
Members-only files stay members-only at Wagtail's own document URLs.

Wagtail serves every document at /documents/<id>/<filename> to anyone who has
the address. A document attached to a members-only resource, or to a chapter
of a members-only toolkit, is served only to members; anyone else gets a 404,
which says nothing about what the file is. A document also attached to a
live, public resource anyone may open is public: hiding it would break that
resource's page, unless it is in a private collection: those are for members
whatever links to them.
"""

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.utils.cache import patch_cache_control

from wagtail.models import Page

from .models import ResourcePage, ToolkitSectionPage, is_member

# Set on a request for a members-only document that is served to a member.
PRIVATE = "lla_private_document"


def holders(document, resources, chapters):
    """Those of `resources` holding `document`, directly or in one of `chapters`."""
    chapter_paths = chapters.filter(files__document=document).values_list(
        "path", flat=True
    )
    toolkit_paths = [path[: -Page.steplen] for path in chapter_paths]
    return resources.filter(Q(files__document=document) | Q(path__in=toolkit_paths))


def in_private_collection(document):
    """
    Whether `document` is in a collection editors made private (Collections >
    Privacy). On this site any collection privacy means members only: signed
    in and approved, not merely signed in.
    """
    return document.collection.get_view_restrictions().exists()


def is_members_only(document):
    """Whether only members may download `document`."""
    if in_private_collection(document):
        return True
    members_only = ResourcePage.objects.filter(members_only=True)
    if not holders(document, members_only, ToolkitSectionPage.objects.all()).exists():
        return False
    open_chapters = ToolkitSectionPage.objects.live().public()
    open_resources = ResourcePage.objects.open_to_all()
    return not holders(document, open_resources, open_chapters).exists()


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
