from django.urls import reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import RunningNetworks
from .models import Organisation, Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "People"
    list_display = ["name", "job_title", "organisation"]
    list_filter = ["organisation"]
    search_fields = ["name", "job_title"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = "Organisations"
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name"]


class NetworkSnippets(SnippetViewSetGroup):
    items = (PersonViewSet, OrganisationViewSet)
    menu_icon = "group"
    menu_label = "Networks"
    menu_name = "networks"


register_snippet(NetworkSnippets)


@hooks.register("register_admin_viewset")
def register_running_networks():
    return RunningNetworks()


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("networks.view_meetingrecord")


@hooks.register("register_admin_menu_item")
def register_network_report():
    return ReportMenuItem(
        "Network report",
        reverse("meetings:report"),
        icon_name="table",
        order=261,
    )


@hooks.register("register_admin_urls")
def register_roster_import():
    from django.urls import path

    from .import_views import RosterImportView

    return [
        path(
            "running-networks/import/",
            RosterImportView.as_view(),
            name="roster_import",
        )
    ]
