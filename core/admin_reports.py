"""
Wagtail's own admin reports, at their own addresses, with exports that
write no cell a spreadsheet would run (core/spreadsheets.py). Site history
names people by what they typed at sign-up; the others show page titles and
task names that editors type.

Wagtail's report URLs come before any that an app adds through the
`register_admin_urls` hook, so these are listed in website/urls.py, ahead of
the admin's own, and answer first. Each keeps the admin's access check.
"""

from functools import update_wrapper

from django.urls import path

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView

from .spreadsheets import SafeSpreadsheetExportMixin


class LockedPagesReport(SafeSpreadsheetExportMixin, LockedPagesView):
    pass


class WorkflowReport(SafeSpreadsheetExportMixin, WorkflowView):
    pass


class WorkflowTasksReport(SafeSpreadsheetExportMixin, WorkflowTasksView):
    pass


class SiteHistoryReport(SafeSpreadsheetExportMixin, LogEntriesView):
    pass


class AgingPagesReport(SafeSpreadsheetExportMixin, AgingPagesView):
    pass


_REPORTS = [
    ("locked/", LockedPagesReport),
    ("workflow/", WorkflowReport),
    ("workflow_tasks/", WorkflowTasksReport),
    ("site-history/", SiteHistoryReport),
    ("aging-pages/", AgingPagesReport),
]


def _admin_view(view):
    # As Wagtail decorates its own admin URLs: the view keeps its attributes.
    return update_wrapper(require_admin_access(view), view)


urlpatterns = [
    pattern
    for route, view in _REPORTS
    for pattern in (
        path(f"admin/reports/{route}", _admin_view(view.as_view())),
        path(
            f"admin/reports/{route}results/",
            _admin_view(view.as_view(results_only=True)),
        ),
    )
]
