"""
Search in the admin: synonyms for editors, the no-results report, and
Wagtail's "Search terms" report with exports that never hold a formula. And
the library page's search, which the library asks for by a hook.
"""

import datetime

from django.db.models import Max, Sum
from django.urls import path, reverse
from django.utils import timezone

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.spreadsheets import SafeSpreadsheetExportMixin
from resources.models import SERVE_LIBRARY_HOOK

from .library import serve_library
from .models import SearchMiss, Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = "Synonyms"
    menu_order = 300
    add_to_admin_menu = False
    list_display = ["__str__", "note"]
    search_fields = ["terms", "note"]


register_snippet(SynonymViewSet)


class NoResultsReport(SafeSpreadsheetExportMixin, ReportView):
    """Searches that found nothing in the last 30 days, most frequent first."""

    page_title = "Searches with no results"
    header_icon = "search"
    index_url_name = "search_no_results"
    index_results_url_name = "search_no_results_results"
    results_template_name = "search/admin/no_results_results.html"
    list_export = ["query_string", "scope", "hits", "last_searched"]
    export_headings = {"query_string": "Search", "last_searched": "Last searched"}
    days = 30
    permission_policy = ModelPermissionPolicy(SearchMiss)
    any_permission_required = ["view"]

    def get_queryset(self):
        since = timezone.localdate() - datetime.timedelta(days=self.days)
        return (
            SearchMiss.objects.filter(date__gte=since)
            .values("query_string", "scope")
            .annotate(hits=Sum("hits"), last_searched=Max("date"))
            .order_by("-hits", "query_string")
        )

    def get_filename(self):
        return f"searches-with-no-results-{timezone.localdate():%Y-%m-%d}"


@hooks.register("register_admin_urls")
def register_no_results_report_urls():
    return [
        path(
            "reports/search-no-results/",
            NoResultsReport.as_view(),
            name="search_no_results",
        ),
        path(
            "reports/search-no-results/results/",
            NoResultsReport.as_view(results_only=True),
            name="search_no_results_results",
        ),
    ]


class SearchTermsReport(SafeSpreadsheetExportMixin, SearchTermsReportView):
    """
    Wagtail's "Search terms" report (Reports > Search terms, superusers only).
    Each row is a query a visitor typed, so its CSV export must not run one.
    """


# Served at Wagtail's own address for the report, ahead of Wagtail's URLs
# (order=-1), so its menu item, links and bookmarks reach this view and no
# other: https://docs.wagtail.org/en/stable/reference/hooks.html#register-admin-urls
@hooks.register("register_admin_urls", order=-1)
def register_search_terms_report_urls():
    return [
        path(
            "searchpicks/reports/search-terms/",
            SearchTermsReport.as_view(),
        ),
        path(
            "searchpicks/reports/search-terms/results/",
            SearchTermsReport.as_view(results_only=True),
        ),
    ]


class NoResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_searchmiss")


@hooks.register("register_reports_menu_item")
def register_no_results_report_menu_item():
    return NoResultsMenuItem(
        "Searches with no results",
        reverse("search_no_results"),
        icon_name="search",
        order=710,
    )


# The library page's index route (ResourceIndexPage.library) is this engine's
# library search: resources asks for it by this hook, never importing search.
hooks.register(SERVE_LIBRARY_HOOK, serve_library)
