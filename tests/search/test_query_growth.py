"""
A search costs the same number of queries whether it matches 100 resources
or 5,000, and no query carries more than 100 parameters: the matches stay in
the database (search/hits.py), and no list of their ids passes through
Python into the SQL. The match limit is set below both, so both searches go
past it (tests/search/test_match_limit.py is about what the user then sees).

The library is the LLA's, topped up with fake resources
(benchmarks/management/commands/make_fake_resources.py) whose summaries all
hold one made-up word, so a search for it matches each of them.
"""

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from accounts.factories import MemberFactory
from benchmarks.management.commands import make_fake_resources
from resources.models import ResourceIndexPage, ResourcePage

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

WORD = "quokka"
MAX_PARAMETERS = 100
SEARCHES = {
    "library, a word": {"q": WORD},
    "library, a word and two facets": {
        "q": WORD,
        "network": "careers",
        "type": "guide",
    },
    "library, two words": {"q": f"{WORD} leeds"},
    "library, most of the words": {"q": f"{WORD} leeds zyzzyva"},
    "library, a word, newest first": {"q": WORD, "sort": "newest", "page": "3"},
    "site search, a word": {"q": WORD, "site": True},
}


def make_matching(count, monkeypatch):
    """Adds `count` fake resources whose summaries hold WORD."""
    monkeypatch.setattr(
        make_fake_resources,
        "SUMMARIES",
        [
            "A " + WORD + " {kind} for {phase} colleagues on {a} in {place}.",
            "Practical " + WORD + " steps on {a}, with {b}.",
        ],
    )
    call_command("make_fake_resources", str(count), stdout=None, stderr=None)


def cost(client, library, params):
    """(queries, the most parameters one query carried) of one search."""
    params = dict(params)
    url = "/search/" if params.pop("site", False) else library.url
    carried = []

    def count_parameters(execute, sql, parameters, many, context):
        carried.append(len(parameters or ()))
        return execute(sql, parameters, many, context)

    client.get(url, params)  # the menus and site into the content cache
    with (
        CaptureQueriesContext(connection) as queries,
        connection.execute_wrapper(count_parameters),
    ):
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), max(carried)


def test_a_search_costs_no_more_for_5000_matches_than_for_100(
    client, lla_site, monkeypatch, settings
):
    settings.SEARCH_MATCH_LIMIT = 5
    library = ResourceIndexPage.objects.get()
    member = MemberFactory()

    def costs():
        found = {}
        for user in ("anonymous", "member"):
            if user == "member":
                client.force_login(member)
            else:
                client.logout()
            for name, params in SEARCHES.items():
                found[(user, name)] = cost(client, library, params)
        return found

    make_matching(100, monkeypatch)
    # And other resources, so that on PostgreSQL both searches look among the
    # newest index entries first (hits.py), as on any library in use: with
    # the whole index smaller than that look, it was read at once for 100
    # matches, and a title pass finding none among the newest entries looked
    # twice for 5,000, one query more.
    monkeypatch.undo()
    call_command("make_fake_resources", "500", stdout=None, stderr=None)
    assert ResourcePage.objects.filter(summary__icontains=WORD).count() == 100
    few = costs()
    make_matching(4900, monkeypatch)
    assert ResourcePage.objects.filter(summary__icontains=WORD).count() == 5000
    many = costs()

    for key, (queries, parameters) in many.items():
        # On PostgreSQL a search looks among the newest index entries first
        # and further back only when they hold too few matches (hits.py), so
        # more matches can mean a query fewer, never one more.
        assert queries <= few[key][0], f"{key}: {few[key][0]} queries, then {queries}"
        assert parameters <= MAX_PARAMETERS, f"{key}: a query with {parameters}"
        assert few[key][1] <= MAX_PARAMETERS, f"{key}: a query with {few[key][1]}"
