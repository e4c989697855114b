"""
Wagtail's page tree is read by index, not by reading every page, as the
first request after each edit does: a page's children (the site's menus list
the root's, and below the root are all the library's resources) and the
pages of an address's path (routing).
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

import pytest

from core import routing

pytestmark = pytest.mark.django_db


def plan(queryset=None, sql=None):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # A test's table is small: the planner is told to prefer an
            # index, as it does by itself when the table is large.
            cursor.execute("SET LOCAL enable_seqscan = off")
        if queryset is not None:
            return queryset.explain()
        postgresql = connection.vendor == "postgresql"
        cursor.execute(f"EXPLAIN {'' if postgresql else 'QUERY PLAN '}{sql}")
        return "\n".join(str(row) for row in cursor.fetchall())


def test_a_pages_children_are_read_from_the_tree_index(home):
    children = home.get_parent().get_children().live()

    assert "lla_page_depth_path" in plan(children)


def test_routing_reads_an_addresss_pages_by_index(home):
    site = Site.objects.get(is_default_site=True)
    with CaptureQueriesContext(connection) as queries:
        routing._locate(site, ["resources", "a-guide"])
    (query,) = [q["sql"] for q in queries if '"url_path" IN' in q["sql"]]

    assert "lla_page_url_path" in plan(sql=query)
