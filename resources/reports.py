"""
Reports > Downloads in the admin: how often each resource's files were
downloaded over a period, with the networks it is filed under.

The counts are per resource and day only (see DownloadCount), so the report
can say what is used without saying by whom. Wagtail shows the admin's menus
and URLs only to users with `wagtailadmin.access_admin`.
"""

import datetime

from django.db.models import Exists, OuterRef, Q, Sum
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

import django_filters

from core.spreadsheets import SafeSpreadsheetExportMixin
from networks.models import NetworkPage

from .models import ResourcePage

PERIODS = {"30": 30, "90": 90, "365": 365, "all": None}
DEFAULT_PERIOD = "30"


class DownloadsFilterSet(WagtailFilterSet):
    days = django_filters.ChoiceFilter(
        label="Period",
        choices=[
            ("30", "Last 30 days"),
            ("90", "Last 90 days"),
            ("365", "Last 365 days"),
            ("all", "All time"),
        ],
        empty_label=None,
        # The period sets what is counted, not which resources are listed.
        method=lambda queryset, name, value: queryset,
    )
    network = django_filters.ModelChoiceFilter(
        label="Network",
        empty_label="Any network",
        queryset=lambda request: NetworkPage.objects.order_by("title"),
        method="filter_network",
    )

    class Meta:
        model = ResourcePage
        fields = []

    def filter_network(self, queryset, name, network):
        through = ResourcePage.networks.through
        return queryset.filter(
            Exists(
                through.objects.filter(resourcepage=OuterRef("pk"), networkpage=network)
            )
        )


class DownloadsReportView(SafeSpreadsheetExportMixin, ReportView):
    """Resources downloaded in the period, most downloaded first."""

    page_title = "Downloads"
    header_icon = "download"
    model = ResourcePage
    filterset_class = DownloadsFilterSet
    index_url_name = "resources_downloads_report"
    index_results_url_name = "resources_downloads_report_results"
    default_ordering = "-downloads"
    verbose_name = "resource"
    verbose_name_plural = "resources"
    list_export = ["title", "network_names", "downloads"]
    export_headings = {
        "title": "Resource",
        "network_names": "Networks",
        "downloads": "Downloads",
    }

    columns = [
        TitleColumn(
            "title",
            label="Resource",
            get_url=lambda resource: reverse(
                "wagtailadmin_pages:edit", args=[resource.pk]
            ),
        ),
        Column("network_names", label="Networks"),
        NumberColumn("downloads", label="Downloads", sort_key="downloads"),
    ]

    @cached_property
    def period(self):
        days = DEFAULT_PERIOD
        if self.filters and self.filters.is_valid():
            days = self.filters.form.cleaned_data.get("days") or DEFAULT_PERIOD
        return PERIODS[days]

    def get_filename(self):
        days = "all-time" if self.period is None else f"{self.period}-days"
        return f"downloads-{days}-{timezone.localdate():%Y-%m-%d}"

    def get_base_queryset(self):
        counted = Q()
        if self.period is not None:
            since = timezone.localdate() - datetime.timedelta(days=self.period - 1)
            counted = Q(download_counts__date__gte=since)
        return (
            ResourcePage.objects.annotate(
                downloads=Sum("download_counts__count", filter=counted)
            )
            .filter(downloads__gt=0)
            .prefetch_related("networks")
        )

    def order_queryset(self, queryset):
        # Equal counts read in title order.
        return queryset.order_by(self.ordering, "title")

    def decorate_paginated_queryset(self, object_list):
        for resource in object_list:
            titles = sorted(network.title for network in resource.networks.all())
            resource.network_names = ", ".join(titles)
        return object_list


class DownloadsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin")


def downloads_menu_item():
    return DownloadsMenuItem(
        "Downloads",
        reverse("resources_downloads_report"),
        name="downloads",
        icon_name="download",
        order=1300,
    )


urlpatterns = [
    path(
        "reports/downloads/",
        DownloadsReportView.as_view(),
        name="resources_downloads_report",
    ),
    path(
        "reports/downloads/results/",
        DownloadsReportView.as_view(results_only=True),
        name="resources_downloads_report_results",
    ),
]
