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
from tests.query_plans import plan

pytestmark = pytest.mark.django_db


def test_a_pages_children_are_read_from_the_tree_index(home):
    children = home.get_parent().get_children().live()

    assert "lla_page_depth_path" in plan(children)


def test_routing_reads_an_addresss_pages_by_index(home):
    site = Site.objects.get(is_default_site=True)
    with CaptureQueriesContext(connection) as queries:
        routing._locate(site, ["resources", "a-guide"])
    (query,) = [q["sql"] for q in queries if '"url_path" IN' in q["sql"]]

    assert "lla_page_url_path" in plan(sql=query)
