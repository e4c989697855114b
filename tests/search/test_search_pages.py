"""
The library page and the site search as visitors and editors use them:
state in the URL, bad input, empty states, JSON, suggestions, promoted
results, the search log, synonyms, and a backend that is down.
"""

import datetime

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import (
    Query,
    QueryDailyHits,
    SearchPromotion,
)

import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from home.factories import make_site_with_home
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from networks.models import NetworkPage
from networks.permissions import ensure_lla_editors_group, ensure_network_group
from resources.factories import (
    AudienceFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
)
from resources.models import ResourceIndexPage, ResourcePage
from search.models import SearchMiss, Synonym
from tests.shared_db import shared_fixture

pytestmark = pytest.mark.django_db


def build_catalogue():
    """
    A library and two networks, with 25 guides for the careers network and
    5 reports for equity; returns the pks of (library, networks, resources).
    """
    home = make_site_with_home()
    library = ResourceIndexPageFactory(parent=home, slug="resources")
    index = NetworkIndexPageFactory(parent=home)
    networks = {
        slug: NetworkPageFactory(
            parent=index, slug=slug, title=f"{slug.title()} network"
        )
        for slug in ("careers", "equity")
    }
    guide = ResourceTypeFactory(name="Guide", slug="guide")
    report = ResourceTypeFactory(name="Report", slug="report")
    primary = AudienceFactory(name="Primary", slug="primary")
    pages = []
    for number in range(25):
        page = ResourcePageFactory(
            parent=library,
            title=f"Apprenticeship guide {number:02d}",
            summary="How apprenticeships work for school leavers.",
            resource_type=guide,
            published_date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
        )
        page.networks.add(networks["careers"])
        page.save()
        pages.append(page)
    for number in range(5):
        page = ResourcePageFactory(
            parent=library,
            title=f"Equity report {number}",
            summary="Findings on fair recruitment.",
            resource_type=report,
        )
        page.networks.add(networks["equity"])
        page.audiences.add(primary)
        page.tags.add("Recruitment")
        page.save_revision().publish()
        pages.append(page)
    return (
        library.pk,
        {slug: network.pk for slug, network in networks.items()},
        [page.pk for page in pages],
    )


# Built once for the module's tests, which each roll back their changes.
shared_catalogue = shared_fixture("shared_catalogue", build_catalogue)


@pytest.fixture
def library(shared_catalogue, db):
    return ResourceIndexPage.objects.get(pk=shared_catalogue[0])


@pytest.fixture
def networks(shared_catalogue, db):
    found = NetworkPage.objects.in_bulk(shared_catalogue[1].values())
    return {slug: found[pk] for slug, pk in shared_catalogue[1].items()}


@pytest.fixture
def catalogue(shared_catalogue, db):
    """25 guides for the careers network and 5 reports for equity."""
    found = ResourcePage.objects.in_bulk(shared_catalogue[2])
    return [found[pk] for pk in shared_catalogue[2]]


def html(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [a.get_text() for a in html(response).select(".resource-item__title a")]


def status_text(response):
    return " ".join(html(response).select_one("#search-status").get_text().split())


# The library -----------------------------------------------------------------


def test_the_library_searches_filters_and_pages_without_javascript(
    client, library, catalogue
):
    response = client.get(library.url, {"q": "apprenticeship", "network": "careers"})

    assert response.status_code == 200
    assert status_text(response).startswith("Showing 1 to 20 of 25 results")
    assert len(titles(response)) == 20
    page = html(response)
    assert page.select_one("input#library-q")["value"] == "apprenticeship"
    assert page.select_one("input[name=network][value=careers]").has_attr("checked")
    # The next page keeps the query and the filter: the URL holds the state.
    next_link = page.select_one("a[rel=next]")["href"]
    assert "q=apprenticeship" in next_link
    assert "network=careers" in next_link
    assert "page=2" in next_link
    assert len(titles(client.get(library.url + next_link))) == 5


def test_sorting_newest_and_a_to_z(client, library, catalogue):
    newest = titles(client.get(library.url, {"network": "careers", "sort": "newest"}))
    a_to_z = titles(client.get(library.url, {"network": "careers", "sort": "title"}))

    assert newest[0] == "Apprenticeship guide 24"
    assert a_to_z[0] == "Apprenticeship guide 00"


def test_newest_puts_undated_resources_last_on_every_database(client, home):
    """PostgreSQL sorts NULLs first when descending: not in the library."""
    shelf = ResourceIndexPageFactory(parent=home)
    for title, published in [
        ("Undated notes", None),
        ("Older guide", datetime.date(2023, 5, 1)),
        ("Newer guide", datetime.date(2025, 5, 1)),
    ]:
        page = ResourcePageFactory(parent=shelf, title=title, published_date=published)
        ResourcePage.objects.filter(pk=page.pk).update(first_published_at=None)

    newest = titles(client.get(shelf.url, {"sort": "newest"}))

    assert newest == ["Newer guide", "Older guide", "Undated notes"]


def test_best_match_is_offered_only_for_a_query(client, library, catalogue):
    browse = html(client.get(library.url))
    searched = html(client.get(library.url, {"q": "report"}))

    assert "Best match" not in [
        o.get_text() for o in browse.select("#library-sort option")
    ]
    # Not chosen: the default for words, which a new search keeps as default.
    chosen = searched.select_one("#library-sort option[selected]")
    assert (chosen["value"], chosen.get_text()) == ("", "Best match")


def test_facets_show_counts_and_combine(client, library, catalogue):
    response = client.get(library.url, {"type": "report", "audience": "primary"})
    page = html(response)

    assert status_text(response).startswith("5 results")
    label = page.find("label", string=lambda s: s and s.startswith("Careers network"))
    # Choosing careers too would show 0 reports for primary.
    assert label is None or "(0" in label.get_text()
    recruitment = page.select_one("input[name=topic][value=recruitment]")
    assert recruitment is not None


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"page": "abc"}, "is not a page number"),
        ({"page": "-3"}, "is not a page number"),
        ({"network": "no-such-network"}, "No network called “no-such-network”"),
        ({"q": "guide " * 60}, "only its first 200 characters"),
    ],
)
def test_bad_input_gets_a_clear_message_and_keeps_the_rest(
    client, library, catalogue, params, notice
):
    response = client.get(library.url, {"type": "guide", **params})

    assert response.status_code == 200
    assert notice in response.content.decode()
    assert titles(response), "the valid part of the search still ran"


@pytest.mark.parametrize("query", ['"', "a\"b'", "NEAR(", "*", "-", "title:x", "🙂"])
def test_query_syntax_never_breaks_the_search(client, library, catalogue, query):
    assert client.get(library.url, {"q": query}).status_code == 200
    assert client.get("/search/", {"q": query}).status_code == 200


def test_a_page_past_the_end_shows_the_last_page(client, library, catalogue):
    response = client.get(library.url, {"q": "apprenticeship", "page": "99"})

    assert "Page 2 of 2" in response.content.decode()


def test_an_empty_search_suggests_spelling_filters_and_topics(
    client, library, catalogue
):
    response = client.get(library.url, {"q": "apprentceship", "type": "report"})
    page = html(response)

    empty = page.select_one(".empty-state")
    assert "Did you mean" in empty.get_text()
    assert empty.find("a", string="apprenticeship")
    remove = empty.find("a", string=lambda s: s and "Remove the filter" in s)
    assert "type=report" not in remove["href"]
    assert [a.get_text() for a in empty.select(".topic-links a")] == ["Recruitment"]


def test_the_library_answers_json(client, library, catalogue):
    data = client.get(
        library.url, {"q": "equity", "format": "json", "type": "report"}
    ).json()

    assert data["total"] == 5
    # The type the page shows ("Report"), and what kind of page it is.
    assert data["results"][0] == {
        "title": data["results"][0]["title"],
        "url": data["results"][0]["url"],
        "type": "Report",
        "kind": "Resource",
        "summary": "Findings on fair recruitment.",
        "members_only": False,
    }
    assert data["suggestion"] is None
    assert {option["value"]: option["count"] for option in data["facets"]["type"]} == {
        "guide": 0,
        "report": 5,
    } or {o["value"]: o["count"] for o in data["facets"]["type"]} == {"report": 5}


@pytest.mark.parametrize("where", ["library", "site"])
def test_the_json_offers_the_spelling_the_page_offers(
    client, library, catalogue, where
):
    url = library.url if where == "library" else "/search/"
    params = {"q": "apprentceship", "type": "report"} if where == "library" else {}
    params = {"q": "apprentceship", **params}

    data = client.get(url, {**params, "format": "json"}).json()
    page = html(client.get(url, params))

    link = page.find("a", string="apprenticeship")
    assert data["total"] == 0
    assert data["suggestion"] == {"query": "apprenticeship", "url": url + link["href"]}
    assert client.get(data["suggestion"]["url"]).status_code == 200


def test_the_json_gives_each_result_the_type_the_page_shows(client, library, catalogue):
    data = client.get(library.url, {"q": "apprenticeship", "format": "json"}).json()
    page = html(client.get(library.url, {"q": "apprenticeship"}))

    shown = [
        [span.get_text() for span in item.select(".card__meta span:not(.badge)")]
        for item in page.select(".resource-item")
    ]
    assert {result["type"] for result in data["results"]} == {"Guide"}
    assert all("Guide" in spans for spans in shown)
    site = client.get("/search/", {"q": "equity", "format": "json"}).json()
    types = {result["title"]: result["type"] for result in site["results"]}
    assert types["Equity network"] == "Network"
    assert types["Equity report 0"] == "Report"


def test_the_library_page_runs_a_bounded_number_of_queries(
    client, library, catalogue, django_assert_max_num_queries
):
    """One query per facet, not per result: 5 results cost what 20 cost."""
    client.get(library.url)  # warm the menu cache

    def queries(params):
        with CaptureQueriesContext(connection) as context:
            client.get(library.url, params)
        return len(context)

    assert queries({"network": "careers", "page": "2"}) == queries(
        {"network": "careers"}
    )
    # 34, and on PostgreSQL a savepoint and its release: the search runs in a
    # transaction there (search/hits.py), inside the test's own.
    with django_assert_max_num_queries(36 if connection.vendor == "postgresql" else 34):
        client.get(library.url, {"q": "guide", "network": "careers", "type": "guide"})


# The site search ---------------------------------------------------------------


def test_the_site_search_labels_each_result_by_kind(client, library, catalogue):
    response = client.get("/search/", {"q": "equity"})
    page = html(response)

    kinds = {
        item.select_one(".resource-item__title a").get_text(): item.select_one(
            ".kind"
        ).get_text()
        for item in page.select(".resource-item")
    }
    assert kinds["Equity network"] == "Network"
    assert kinds["Equity report 0"] == "Resource"
    only_networks = client.get("/search/", {"q": "equity", "kind": "network"})
    assert titles(only_networks) == ["Equity network"]


def test_the_site_search_counts_its_results_once(client, library, catalogue):
    """
    Every page is of one kind, so with no kind chosen the total is the sum
    of the kinds' counts: the results are not counted a second time.
    """
    with CaptureQueriesContext(connection) as queries:
        data = client.get("/search/", {"q": "equity", "format": "json"}).json()

    assert data["total"] == sum(option["count"] for option in data["facets"]["kind"])
    assert data["total"] > 0
    counts = [q["sql"] for q in queries if "COUNT(" in q["sql"].upper()]
    assert len(counts) == 1, counts
    # With a kind chosen, the total is counted within it.
    only = client.get("/search/", {"q": "equity", "kind": "network", "format": "json"})
    assert only.json()["total"] == 1


def test_the_site_search_json_and_suggestions(client, library, catalogue):
    data = client.get("/search/", {"q": "equity", "format": "json"}).json()
    assert [r["kind"] for r in data["results"]].count("Network") == 1
    assert data["facets"]["kind"]

    # Half a word matches titles, for suggestions as someone types.
    suggestions = client.get(
        "/search/", {"q": "apprentice", "format": "json", "suggest": "1"}
    ).json()
    assert len(suggestions["results"]) == 6
    assert all("Apprenticeship" in r["title"] for r in suggestions["results"])


@pytest.mark.parametrize("query", [None, "", "   ", "?!*"])
def test_the_search_page_without_a_query_invites_one_and_reads_no_page(
    client, library, catalogue, query
):
    """
    The header's Search link opens it with no query. It lists nothing, so it
    reads no page: it listed every page A to Z and counted them, unseen
    (670 ms at 100,000 resources).
    """
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/search/", {} if query is None else {"q": query})

    assert response.status_code == 200
    page = response.content.decode()
    assert "Type what you are looking for" in page
    assert 'role="search"' in page
    # The menus may read a few pages; no page is counted or listed.
    listed = [
        q["sql"]
        for q in queries
        if "COUNT(" in q["sql"] or '"wagtailcore_page"."id" AS "pk"' in q["sql"]
    ]
    assert listed == []


def test_editors_promoted_results_come_first_and_respect_privacy(
    client, library, catalogue
):
    public, secret = catalogue[0], catalogue[1]
    secret.members_only = True
    secret.save_revision().publish()
    query = Query.get("fair pay")
    SearchPromotion.objects.create(query=query, page=public, sort_order=0)
    SearchPromotion.objects.create(query=query, page=secret, sort_order=1)

    page = html(client.get("/search/", {"q": "Fair Pay"}))

    promoted = [a.get_text() for a in page.select(".promoted a")]
    assert promoted == [public.title]
    client.force_login(
        UserFactory(groups=[Group.objects.get_or_create(name="Members")[0]])
    )
    page = html(client.get("/search/", {"q": "fair pay"}))
    assert [a.get_text() for a in page.select(".promoted a")] == [
        public.title,
        secret.title,
    ]


# The search log ----------------------------------------------------------------


def test_searches_are_counted_and_misses_reported(client, library, catalogue):
    client.get("/search/", {"q": "Equity"})
    client.get(library.url, {"q": "quokka"})
    client.get(library.url, {"q": "quokka"})
    client.get("/search/", {"q": "quok", "format": "json", "suggest": "1"})
    client.get(library.url, {"q": "apprenticeship", "page": "2"})

    assert QueryDailyHits.objects.get(query__query_string="equity").hits == 1
    assert (
        QueryDailyHits.objects.get(query__query_string="apprenticeship").hits == 0
        if QueryDailyHits.objects.filter(query__query_string="apprenticeship").exists()
        else True
    )
    miss = SearchMiss.objects.get()
    assert (miss.query_string, miss.scope, miss.hits) == ("quokka", "library", 2)


def test_editors_see_the_no_results_report_and_network_leads_do_not(
    client, library, catalogue, networks
):
    client.get(library.url, {"q": "quokka"})

    client.force_login(UserFactory(groups=[ensure_lla_editors_group()]))
    response = client.get("/admin/reports/search-no-results/")
    assert response.status_code == 200
    assert "quokka" in response.content.decode()

    client.force_login(UserFactory(groups=[ensure_network_group(networks["careers"])]))
    response = client.get("/admin/reports/search-no-results/")
    assert response.status_code in (302, 403)


# Synonyms ----------------------------------------------------------------------


def test_an_editors_synonym_takes_effect_at_once(client, library, catalogue):
    assert not titles(client.get(library.url, {"q": "traineeship"}))

    Synonym.objects.create(terms="traineeship, apprenticeship")

    assert len(titles(client.get(library.url, {"q": "traineeship"}))) == 20

    Synonym.objects.all().delete()
    assert not titles(client.get(library.url, {"q": "traineeship"}))


@pytest.mark.parametrize(
    ("terms", "error"),
    [
        ("SEND", "at least two terms"),
        ("SEND, send", "listed twice"),
        ("SEND, ---", "has no letters"),
    ],
)
def test_a_synonym_needs_two_different_terms(terms, error):
    with pytest.raises(ValidationError, match=error):
        Synonym(terms=terms).full_clean()


def test_editors_manage_synonyms_in_the_admin(client):
    client.force_login(UserFactory(groups=[ensure_lla_editors_group()]))

    response = client.post(
        "/admin/snippets/search/synonym/add/",
        {"terms": " CPD ,  professional   development ", "note": ""},
    )

    assert response.status_code == 302
    assert Synonym.objects.get().terms == "CPD, professional development"


# A search backend that is down -------------------------------------------------

DOWN = {
    "default": {
        "BACKEND": "modelsearch.backends.elasticsearch9",
        "URLS": ["http://127.0.0.1:9"],
        "INDEX_PREFIX": "lla_test_down_",
        "TIMEOUT": 1,
        "OPTIONS": {"max_retries": 0},
        "AUTO_UPDATE": False,
    }
}


def test_search_answers_503_when_its_backend_is_down(client, library, catalogue):
    with override_settings(WAGTAILSEARCH_BACKENDS=DOWN):
        site = client.get("/search/", {"q": "equity"})
        site_json = client.get("/search/", {"q": "equity", "format": "json"})
        library_search = client.get(library.url, {"q": "equity", "type": "report"})
        browse = client.get(library.url, {"type": "report"})
        home = client.get("/")

    assert site.status_code == 503
    assert "Search is not working at the moment" in site.content.decode()
    assert site_json.status_code == 503
    assert "error" in site_json.json()
    # The library still browses by its filters, and says why words don't work.
    assert library_search.status_code == 503
    assert "You can still browse with the filters" in library_search.content.decode()
    assert len(titles(library_search)) == 5
    assert browse.status_code == 200
    assert home.status_code == 200


def test_partial_matches_offer_no_spelling(client, library, catalogue):
    """
    Their words are real, only not all in one page: "apprenticeships" (in the
    guides' summaries) is no misspelling of "apprenticeship" (in their titles).
    """
    data = client.get(
        library.url, {"q": "apprenticeships leavers zzyzx", "format": "json"}
    ).json()

    assert data["total"] == 25
    assert any("most of them" in notice for notice in data["notices"])
    assert data["suggestion"] is None
