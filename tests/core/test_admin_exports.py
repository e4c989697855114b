"""
Every CSV or XLSX export in the admin, found by walking the admin's URLs:
each uses core.spreadsheets.SafeSpreadsheetExportMixin, unless it is one of
Wagtail's own listed below with the reason it is not covered. A new export
(Wagtail's or ours) fails here until someone decides.
"""

from django.test import Client
from django.urls import URLResolver, get_resolver

from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.forms.models import FormMixin
from wagtail.contrib.redirects.views import IndexView as RedirectsIndexView
from wagtail.log_actions import log
from wagtail.models import get_page_models

import pytest

from accounts.factories import UserFactory
from core.spreadsheets import SafeSpreadsheetExportMixin
from tests.spreadsheet_cells import HYPERLINK, csv_rows

NOT_COVERED = {
    # Every cell starts with "/", a URL's scheme or a site's name (superusers
    # only): none can start like a formula.
    RedirectsIndexView: "no cell can start like a formula",
}


def routes(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern.callback


def exporting_views():
    """{route: view class} for every URL that answers with a view that exports;
    where two patterns share a route, the first is the one that answers."""
    found, seen = {}, set()
    for route, callback in routes(get_resolver().url_patterns):
        if route in seen:
            continue
        seen.add(route)
        view_class = getattr(callback, "view_class", None)
        if not (view_class and issubclass(view_class, SpreadsheetExportMixin)):
            continue
        initkwargs = getattr(callback, "view_initkwargs", {})
        if initkwargs.get("list_export", view_class.list_export):
            found[route] = view_class
    return found


def test_every_admin_export_writes_no_cell_that_runs_or_is_listed_as_not_covered():
    views = exporting_views()
    uncovered = {
        view
        for view in views.values()
        if not issubclass(view, SafeSpreadsheetExportMixin)
    }

    assert uncovered == set(NOT_COVERED)
    covered = {route for route, view in views.items() if view not in uncovered}
    assert covered == {
        "admin/enquiries/",
        "admin/enquiries/results/",
        "admin/roster/",
        "admin/roster/results/",
        "admin/reports/downloads/",
        "admin/reports/downloads/results/",
        "admin/reports/search-no-results/",
        "admin/reports/search-no-results/results/",
        "admin/searchpicks/reports/search-terms/",
        "admin/searchpicks/reports/search-terms/results/",
        # Wagtail's own, replaced ahead of the admin's URLs (core/admin_reports.py)
        *(
            f"admin/reports/{report}/{results}"
            for report in (
                "locked",
                "workflow",
                "workflow_tasks",
                "site-history",
                "aging-pages",
            )
            for results in ("", "results/")
        ),
    }


def test_no_page_type_has_wagtails_form_submissions_export():
    # Wagtail's form pages export their submissions as CSV through a view of
    # their own (FormMixin.submissions_list_view_class); a form page type
    # added later needs one with SafeSpreadsheetExportMixin.
    assert [model for model in get_page_models() if issubclass(model, FormMixin)] == []


@pytest.mark.django_db
def test_site_history_csv_quotes_a_members_name_that_looks_like_a_formula():
    superuser = UserFactory(is_superuser=True)
    member = UserFactory(first_name=HYPERLINK, last_name="")
    log(instance=member, action="wagtail.edit", user=superuser)
    client = Client()
    client.force_login(superuser)

    headings, *rows = csv_rows(
        client.get("/admin/reports/site-history/", {"export": "csv"})
    )

    names = [dict(zip(headings, row, strict=True))["Name"] for row in rows]
    assert "'" + HYPERLINK in names


@pytest.mark.django_db
@pytest.mark.parametrize(
    "report", ["locked", "workflow", "workflow_tasks", "site-history", "aging-pages"]
)
def test_wagtails_reports_keep_their_access_check(report):
    url = f"/admin/reports/{report}/"
    anonymous = Client().get(url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/admin/login/")
    not_admin = Client()
    not_admin.force_login(UserFactory())
    assert not_admin.get(url).status_code == 302
    superuser = Client()
    superuser.force_login(UserFactory(is_superuser=True))
    assert superuser.get(url).status_code == 200
    assert superuser.get(url, {"export": "csv"}).status_code == 200
