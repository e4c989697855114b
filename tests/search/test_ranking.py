"""
On the content the site ships with, the searches educators make most put the
right page first, in the site search and in the library alike.
"""

from django.contrib.auth.models import AnonymousUser
from django.test import TestCase

from home.content_loader import load_all
from networks.models import NetworkPage
from search.service import LIBRARY, SITE, search

# query -> (the page that must come first, or a network whose page or
# resource must come first)
EXPECTED = {
    "anti-racism": ("page", "Race Equity Leadership Toolkit"),
    "race equity": ("page", "Race Equity Leadership Toolkit"),
    "NEET": ("network", "careers"),
    "climate": ("network", "sustainability-and-climate"),
    "SEND": ("network", "send"),
    "uniformed services": ("network", "pathfinders-and-youth-work"),
    "robotics": ("network", "digital-pathways"),
}


def belongs_to(page, network_slug):
    """The network's own page, or a resource filed under that network."""
    if isinstance(page, NetworkPage):
        return page.slug == network_slug
    networks = getattr(page, "networks", None)
    return networks is not None and networks.filter(slug=network_slug).exists()


class TestRanking(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_all(hostname="localhost", port=80, stdout=lambda line: None)

    def assert_first(self, scope, query, kind, expected):
        results = search(query, user=AnonymousUser(), scope=scope)
        self.assertTrue(results.hits, f"{scope}: nothing found for {query!r}")
        first = results.hits[0].page
        if kind == "page":
            self.assertEqual(first.title, expected, f"{scope}: {query!r}")
        else:
            self.assertTrue(
                belongs_to(first, expected),
                f"{scope}: {query!r} put {first.title!r} first, not {expected}",
            )

    def test_the_site_search_puts_the_right_page_first(self):
        for query, (kind, expected) in EXPECTED.items():
            with self.subTest(query=query):
                self.assert_first(SITE, query, kind, expected)

    def test_the_library_puts_the_right_resource_first(self):
        for query, (kind, expected) in EXPECTED.items():
            with self.subTest(query=query):
                self.assert_first(LIBRARY, query, kind, expected)

    def test_the_send_network_page_leads_the_site_search_for_send(self):
        first = search("SEND", user=AnonymousUser(), scope=SITE).hits[0]
        self.assertEqual((first.kind, first.page.slug), ("network", "send"))

    def test_the_library_page_and_its_json_agree_with_the_service(self):
        for query in EXPECTED:
            with self.subTest(query=query):
                expected = search(query, user=AnonymousUser(), scope=LIBRARY)
                data = self.client.get(
                    "/resources/", {"q": query, "format": "json"}
                ).json()
                self.assertEqual(data["total"], expected.total)
                self.assertEqual(
                    [result["url"] for result in data["results"]],
                    [hit.page.url for hit in expected.hits],
                )
                html = self.client.get("/resources/", {"q": query}).content.decode()
                self.assertIn(expected.hits[0].page.title.replace("'", "&#x27;"), html)

    def test_synonyms_find_each_other(self):
        """Each shipped pair works both ways on the shipped content."""
        for short, long in [
            ("NEET", "not in education employment or training"),
            ("CEIAG", "careers"),
            ("SEND", "special educational needs"),
        ]:
            with self.subTest(short=short):
                by_short = {h.page.pk for h in search(short, user=AnonymousUser()).hits}
                by_long = {h.page.pk for h in search(long, user=AnonymousUser()).hits}
                self.assertTrue(by_short & by_long, f"{short} and {long} share nothing")
