"""
The two reports of what visitors searched for: "Searches with no results"
(ours) and Wagtail's "Search terms". A visitor's query becomes a row, so a
query that a spreadsheet would run as a formula is written with a leading '
in CSV and as plain text in XLSX; ordinary queries and counts are unchanged.
"""

import datetime

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

import pytest

from accounts.factories import UserFactory
from search.models import SearchMiss
from tests.spreadsheet_cells import (
    FORMULA_IDS,
    FORMULAS,
    csv_rows,
    read_back_from_xlsx,
    xlsx_rows,
)

pytestmark = pytest.mark.django_db

NO_RESULTS_URL = "/admin/reports/search-no-results/"
SEARCH_TERMS_URL = "/admin/searchpicks/reports/search-terms/"
ORDINARY = ["year 7-8 transition", "mary-jane@school.example", "send / sen"]


def superuser_client():
    client = Client()
    client.force_login(UserFactory(is_superuser=True))
    return client


def missed(query_string, hits=3):
    SearchMiss.objects.create(
        query_string=query_string,
        scope="library",
        date=timezone.localdate(),
        hits=hits,
    )


def searched(query_string, hits=2):
    """Counts a search as the site does; returns the query as Wagtail keeps it:
    lower case, without leading or trailing white space."""
    query = Query.get(query_string)
    for _ in range(hits):
        query.add_hit()
    assert query.query_string == normalise_query_string(query_string)
    return query.query_string


# Searches with no results --------------------------------------------------------


@pytest.mark.parametrize("typed", FORMULAS, ids=FORMULA_IDS)
def test_no_results_csv_quotes_a_query_that_looks_like_a_formula(typed):
    missed(typed)

    rows = csv_rows(superuser_client().get(NO_RESULTS_URL, {"export": "csv"}))

    assert rows == [
        ["Search", "Scope", "Hits", "Last searched"],
        ["'" + typed, "library", "3", str(timezone.localdate())],
    ]


def test_no_results_csv_writes_ordinary_queries_as_they_were_searched():
    for hits, query_string in enumerate(ORDINARY, start=1):
        missed(query_string, hits=hits)

    rows = csv_rows(superuser_client().get(NO_RESULTS_URL, {"export": "csv"}))

    assert [(row[0], row[2]) for row in rows[1:]] == [
        ("send / sen", "3"),
        ("mary-jane@school.example", "2"),
        ("year 7-8 transition", "1"),
    ]


@pytest.mark.parametrize("typed", FORMULAS, ids=FORMULA_IDS)
def test_no_results_xlsx_holds_a_formula_like_query_as_text(typed):
    missed(typed)

    rows = xlsx_rows(superuser_client().get(NO_RESULTS_URL, {"export": "xlsx"}))
    query, scope, hits, last_searched = rows[1]

    assert (query.data_type, query.value) == ("s", read_back_from_xlsx(typed))
    assert (hits.data_type, hits.value) == ("n", 3)
    assert last_searched.is_date


# Wagtail's "Search terms" --------------------------------------------------------


def test_the_search_terms_report_is_still_under_reports_for_superusers():
    client = superuser_client()
    searched("equity")

    assert reverse("wagtailsearchpromotions:search_terms") == SEARCH_TERMS_URL
    assert SEARCH_TERMS_URL in client.get(reverse("wagtailadmin_home")).text
    response = client.get(SEARCH_TERMS_URL)
    assert response.status_code == 200
    assert "equity" in response.text
    results = client.get(reverse("wagtailsearchpromotions:search_terms_results"))
    assert "equity" in results.text


def test_the_search_terms_report_is_still_for_superusers_only():
    client = Client()
    client.force_login(UserFactory(is_staff=True))

    response = client.get(SEARCH_TERMS_URL, {"export": "csv"})

    assert response.status_code == 302
    assert not response.streaming


@pytest.mark.parametrize("typed", FORMULAS, ids=FORMULA_IDS)
def test_search_terms_csv_quotes_a_query_that_looks_like_a_formula(typed):
    kept = searched(typed)

    rows = csv_rows(superuser_client().get(SEARCH_TERMS_URL, {"export": "csv"}))

    assert rows == [["Search term(s)", "Views"], ["'" + kept, "2"]]


def test_search_terms_csv_writes_ordinary_queries_as_they_were_searched():
    for hits, query_string in enumerate(ORDINARY, start=1):
        searched(query_string, hits=hits)

    rows = csv_rows(superuser_client().get(SEARCH_TERMS_URL, {"export": "csv"}))

    assert rows[1:] == [
        ["send / sen", "3"],
        ["mary-jane@school.example", "2"],
        ["year 7-8 transition", "1"],
    ]


@pytest.mark.parametrize("typed", FORMULAS, ids=FORMULA_IDS)
def test_search_terms_xlsx_holds_a_formula_like_query_as_text(typed):
    kept = searched(typed)

    rows = xlsx_rows(superuser_client().get(SEARCH_TERMS_URL, {"export": "xlsx"}))
    query, views = rows[1]

    assert (query.data_type, query.value) == ("s", kept)
    assert (views.data_type, views.value) == ("n", 2)


def test_search_terms_export_follows_the_date_filter():
    searched("old query")
    Query.objects.get(query_string="old query").daily_hits.update(
        date=timezone.localdate() - datetime.timedelta(days=60)
    )
    searched("=1+1")
    since = (timezone.localdate() - datetime.timedelta(days=7)).isoformat()

    rows = csv_rows(
        superuser_client().get(
            SEARCH_TERMS_URL, {"export": "csv", "hit_date_from": since}
        )
    )

    assert rows[1:] == [["'=1+1", "2"]]
