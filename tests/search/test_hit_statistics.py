"""
On PostgreSQL, the planner knows how many pages a search matched. The table
of matches (search/hits.py) is temporary, so autovacuum never analyses it;
without statistics the planner took it for about 2,000 rows, and the counts
joined to it read every resource and every topic link instead of looking up
the few matched. And it reads a search's words once, when it plans the
query, not again for every page it ranks.
"""

import re

from django.contrib.auth.models import AnonymousUser
from django.db import connection

from modelsearch import index

import pytest

from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from search.engine import search

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL's planner only"
    ),
]


@pytest.fixture
def surveys(home):
    """Five resources named for "kestrel survey", indexed."""
    library = ResourceIndexPageFactory(parent=home)
    for n in range(5):
        page = ResourcePageFactory(parent=library, title=f"Kestrel survey {n}")
        index.insert_or_update_object(page)


def test_the_planner_expects_as_many_matches_as_the_search_found(surveys):
    estimates = []

    def expected_rows(execute, sql, params, many, context):
        # Before the first count joined to the matches, in the search's own
        # transaction: what the planner expects the table to hold.
        if not estimates and sql.startswith("SELECT") and "search_hit" in sql:
            cursor = context["cursor"]
            cursor.execute("EXPLAIN SELECT * FROM search_hit")
            estimates.append(int(re.search(r"rows=(\d+)", cursor.fetchone()[0])[1]))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(expected_rows):
        results = search("kestrel", user=AnonymousUser())

    assert results.total == 5
    assert estimates == [5]


def test_the_words_are_read_once_per_search_not_once_per_page_ranked(surveys):
    """
    The words reach PostgreSQL as `to_tsquery()` calls. Named with their
    text search configuration, each is read once, when the query is
    planned; in the one-argument form, which depends on a setting, the
    planner cannot read it ahead, and each page ranked read it again, six
    times a page for two words with a synonym (search/backends.py).
    """
    plans = []

    def plan(execute, sql, params, many, context):
        if sql.startswith("INSERT INTO search_hit"):
            cursor = context["cursor"]
            cursor.execute(f"EXPLAIN (VERBOSE) {sql}", params)
            plans.append("\n".join(row[0] for row in cursor.fetchall()))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(plan):
        results = search("kestrel survey", user=AnonymousUser())

    assert results.total == 5
    assert plans
    for text in plans:
        assert "to_tsquery(" not in text, text
