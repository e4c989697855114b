"""
On the content the site ships with, the searches educators make most put the
right page first (or near the top), in the site search and in the library
alike; a search whose words no single page holds finds the pages that hold
most of them, and says so; and no result list shows the same thing twice.
"""

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.test import TestCase

from core.content.loader import load_all
from networks.models import NetworkPage
from search.engine import LIBRARY, SITE, search

# What the results say when no page holds every word searched for.
PARTIAL = "No page has all of your words"


@dataclass(frozen=True)
class Judgment:
    """
    A search and the page it must find: `expected` is a page's title (kind
    "page") or a network's slug (kind "network": its page, or a resource filed
    under it), within the first `top` results of each scope in `scopes`.
    `partial`: no page holds every word, and the results say so.
    """

    query: str
    kind: str
    expected: str
    top: int = 1
    scopes: tuple = (SITE, LIBRARY)
    partial: bool = False


TOOLKIT = "Race Equity Leadership Toolkit"
JUDGMENTS = [
    Judgment("anti-racism", "page", TOOLKIT),
    Judgment("race equity", "page", TOOLKIT),
    Judgment("NEET", "network", "careers"),
    Judgment("climate", "network", "sustainability-and-climate"),
    Judgment("SEND", "network", "send"),
    Judgment("uniformed services", "network", "pathfinders-and-youth-work"),
    Judgment("robotics", "network", "digital-pathways"),
    # Typed without its hyphen, it finds what the hyphenated word finds.
    Judgment("anti racism", "page", TOOLKIT, top=3),
    # No page says "forum", but the primary network is exactly this.
    Judgment(
        "half-termly forum headteachers",
        "page",
        "Primary leaders' network",
        top=3,
        scopes=(SITE,),
        partial=True,
    ),
]
# query -> (kind, expected), for the searches whose page must come first
# (tests/search/test_elasticsearch.py runs these on a real server).
EXPECTED = {j.query: (j.kind, j.expected) for j in JUDGMENTS if j.top == 1}


def belongs_to(page, network_slug):
    """The network's own page, or a resource filed under that network."""
    if isinstance(page, NetworkPage):
        return page.slug == network_slug
    networks = getattr(page, "networks", None)
    return networks is not None and networks.filter(slug=network_slug).exists()


def meets(page, kind, expected):
    if kind == "page":
        return page.title == expected
    return belongs_to(page, expected)


class TestRanking(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_all(hostname="localhost", port=80, stdout=lambda line: None)

    def test_each_search_finds_its_page_near_the_top(self):
        for judgment in JUDGMENTS:
            for scope in judgment.scopes:
                with self.subTest(scope=scope, query=judgment.query):
                    results = search(judgment.query, user=AnonymousUser(), scope=scope)
                    top = [hit.page for hit in results.hits[: judgment.top]]
                    self.assertTrue(
                        any(
                            meets(page, judgment.kind, judgment.expected)
                            for page in top
                        ),
                        f"{scope}: {judgment.query!r} put "
                        f"{[page.title for page in top]} first, not "
                        f"{judgment.expected}",
                    )
                    self.assertIs(
                        any(PARTIAL in notice for notice in results.notices),
                        judgment.partial,
                        results.notices,
                    )

    def test_no_result_list_shows_the_same_title_twice(self):
        for judgment in JUDGMENTS:
            for scope in (SITE, LIBRARY):
                with self.subTest(scope=scope, query=judgment.query):
                    results = search(
                        judgment.query, user=AnonymousUser(), scope=scope, per_page=500
                    )
                    titles = [hit.page.title for hit in results.hits]
                    self.assertEqual(len(titles), results.total)
                    duplicates = {title for title in titles if titles.count(title) > 1}
                    self.assertFalse(duplicates, f"{scope}: {judgment.query!r}")

    def test_the_send_network_page_leads_the_site_search_for_send(self):
        first = search("SEND", user=AnonymousUser(), scope=SITE).hits[0]
        self.assertEqual((first.kind, first.page.slug), ("network", "send"))

    def test_the_library_page_and_its_json_agree_with_the_service(self):
        for query in [j.query for j in JUDGMENTS if LIBRARY in j.scopes]:
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

    def test_a_partial_match_says_so_on_the_page_and_in_the_json(self):
        query = "half-termly forum headteachers"

        data = self.client.get("/search/", {"q": query, "format": "json"}).json()
        html = self.client.get("/search/", {"q": query}).content.decode()

        self.assertTrue(any(PARTIAL in notice for notice in data["notices"]))
        self.assertIn(PARTIAL, html)

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

    # What a visitor meets when they browse the shipped library -------------

    def test_a_visitor_browsing_the_newest_meets_what_they_can_open_first(self):
        results = search(
            user=AnonymousUser(), scope=LIBRARY, sort="newest", per_page=500
        )

        can_open = [hit.can_open for hit in results.hits]
        self.assertEqual(can_open[:10], [True] * 10)
        # The members-only ones are still listed, after everything else.
        self.assertIn(False, can_open)
        self.assertEqual(can_open, sorted(can_open, reverse=True))

    def test_every_topic_in_use_is_offered_with_its_proper_name(self):
        results = search(user=AnonymousUser(), scope=LIBRARY)
        topic = next(facet for facet in results.facets if facet.name == "topic")
        labels = {option.value: option.label for option in topic.options}

        self.assertIn("climate", labels)
        self.assertIn("sustainability", labels)
        self.assertEqual(labels["send"], "SEND")
        self.assertEqual(labels["neet"], "NEET")
        self.assertEqual(labels["ai"], "AI")
