from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from networks.models import NETWORK_FEED_HOOK

from . import admin_views, documents, listings, reports
from .models import Audience, ResourceType


class ResourceTypeViewSet(SnippetViewSet):
    model = ResourceType
    icon = "tag"
    menu_label = "Resource types"
    list_display = ["name", "slug"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = "Phases and audiences"
    list_display = ["name", "slug", "sort_order"]


class LibrarySnippets(SnippetViewSetGroup):
    items = (ResourceTypeViewSet, AudienceViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = "Library"
    menu_name = "library"
    submenu_hook = "register_library_menu_item"


register_snippet(LibrarySnippets)


@hooks.register("register_admin_urls")
def register_topic_urls():
    return admin_views.urlpatterns


@hooks.register("register_library_menu_item")
def register_topics_menu_item():
    return admin_views.topics_menu_item()


hooks.register("before_serve_document", documents.before_serve_document)


@hooks.register("before_serve_document")
def give_document_its_etag(document, request):
    """
    Wagtail's serve view sends `file_hash` as the ETag, and only its upload
    form fills it in: a document made in code had an empty ETag (`""`), so a
    request with `If-None-Match: ""` was told its copy was current and got no
    file. Missing, the digest is worked out (and kept) before serving. After
    the privacy hook, so nobody who is refused the file costs a read of it.
    """
    if document.file_hash:
        return
    try:
        document.get_file_hash()
    except OSError:
        # No file to read: Wagtail's view answers that as it always has (404).
        document.file_hash = ""


@hooks.register("register_admin_urls")
def register_downloads_report_urls():
    return reports.urlpatterns


@hooks.register("register_reports_menu_item")
def register_downloads_report_menu_item():
    return reports.downloads_menu_item()


@hooks.register(NETWORK_FEED_HOOK)
def serve_network_resource_feed(network, request):
    """A network's resource feed (NetworkPage.feed): the library lists them."""
    return listings.network_feed(network, request)
