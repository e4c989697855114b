"""
A page's children are read from an index on the page tree (depth, then
path: core/migrations/0002_page_children_index.py), not by reading every
page below it: the site's menus list the root's children, and below the
root are all the library's resources.
"""

from django.db import connection

import pytest

pytestmark = pytest.mark.django_db


def test_a_pages_children_are_read_from_the_tree_index(home):
    children = home.get_parent().get_children().live()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # A test's table is small: the planner is told to prefer an
            # index, as it does by itself when the table is large.
            cursor.execute("SET LOCAL enable_seqscan = off")
        plan = children.explain()

    assert "lla_page_depth_path" in plan
