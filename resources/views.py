"""Public views of the library that are not pages."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from core.bookkeeping import after_response

from .models import ChapterFile, DownloadCount, ResourceFile

FILE_KINDS = {model.kind: model for model in (ResourceFile, ChapterFile)}


@require_GET
@never_cache
def download(request, kind, pk):
    """
    Counts a download of a resource's file, then sends the visitor to the
    document. Who may download is who may open the page: anyone else gets a
    404, as at the document's own URL, so the address gives nothing away.

    It redirects to Wagtail's document URL rather than streaming the file:
    that view already serves files (ranges, ETags, content types, storage
    backends) and guards members-only ones (see resources/documents.py).
    Nothing is cached, so every download is counted. A chapter's downloads
    count for its toolkit.
    """
    if kind not in FILE_KINDS:
        raise Http404
    attached = get_object_or_404(
        FILE_KINDS[kind].objects.select_related("document"), pk=pk
    )
    page = attached.page
    resource = page.access_resource()
    allowed = (
        page.live
        and resource.live
        and resource.can_open(request.user)
        and all(
            restriction.accept_request(request)
            for restriction in page.get_view_restrictions()
        )
    )
    if not allowed:
        raise Http404
    after_response(DownloadCount.record, resource)
    return redirect(attached.document.url)
