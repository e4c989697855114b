from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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


register_snippet(LibrarySnippets)
