"""
What each user can learn about a members-only resource through every channel
that searches, lists or counts resources.

Users: an anonymous visitor, a signed-in non-member, a member (the Members
group) and an LLA editor.
Resources: a public one, a members-only listed one, a members-only unlisted
one, a members-only (listed) toolkit, and that toolkit's chapter.
Channels: the library page (HTML and JSON, by a secret word, by the title, and
browsing), its facet counts, its suggestions, the site search (HTML, JSON and
suggestions), the sitemap and the Atom feeds.

Every resource has nonsense words in its title, summary and body, so a word
found in a response can only have come from that resource. The rule checked:
a member sees everything; anyone else sees a listed resource's title (found
by its title alone) and never its summary or body, and never anything of an
unlisted resource or of a members-only toolkit's chapters.
"""

import json
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.http import Http404

from modelsearch import index

import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from home.factories import make_site_with_home
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from networks.permissions import ensure_lla_editors_group
from resources.factories import (
    AudienceFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
    ToolkitPageFactory,
    ToolkitSectionPageFactory,
)
from resources.models import MEMBERS_GROUP
from tests.shared_db import shared_fixture

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@dataclass(frozen=True)
class Words:
    """The nonsense words of one resource: each appears nowhere else."""

    title: str
    summary: str
    body: str
    topic: str

    @property
    def secrets(self):
        return (self.summary, self.body)


RESOURCES = {
    "public": Words("plinthwhistle", "brindlequark", "fennowisp", "tarnquill"),
    "listed": Words("quillmarrow", "zephyrquoll", "mordantwillet", "bramblefutz"),
    "unlisted": Words("vantablorp", "gorsequibble", "hexaplume", "hushmoss"),
    "toolkit": Words("gruntleknot", "sablewhimsy", "trundlemop", "wobblecairn"),
    # The toolkit's chapter: in the site search only. It has no topic.
    "chapter": Words("snorkelwisp", "crimbletoft", "dapplevorn", ""),
}
ACCESS = {
    # access: (members_only, listed)
    "public": (False, True),
    "listed": (True, True),
    "unlisted": (True, False),
    "toolkit": (True, True),
}

OPEN, TITLE, NONE = "open", "title only", "nothing"
# A word in no page.
NOWHERE = "quaggleworp"

# (who, resource) -> what that user may know of it
VISIBILITY = {
    ("anonymous", "public"): OPEN,
    ("anonymous", "listed"): TITLE,
    ("anonymous", "unlisted"): NONE,
    ("anonymous", "toolkit"): TITLE,
    ("anonymous", "chapter"): NONE,
    ("non-member", "public"): OPEN,
    ("non-member", "listed"): TITLE,
    ("non-member", "unlisted"): NONE,
    ("non-member", "toolkit"): TITLE,
    ("non-member", "chapter"): NONE,
    **{(who, resource): OPEN for who in ("member", "editor") for resource in RESOURCES},
}
USERS = ["anonymous", "non-member", "member", "editor"]


def title_of(key):
    return f"The {RESOURCES[key].title.capitalize()} {key}"


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def build_world():
    """
    The library with one resource of each access, each filed under its own
    network, type, audience and topic, so a count of 1 can only be that
    resource's; and a user of each kind. Returns {key: page or user}.
    """
    home = make_site_with_home()
    library = ResourceIndexPageFactory(parent=home)
    networks = NetworkIndexPageFactory(parent=home)
    world = {"library": library}
    for key, (members_only, listed) in ACCESS.items():
        words = RESOURCES[key]
        factory = ToolkitPageFactory if key == "toolkit" else ResourcePageFactory
        resource = factory(
            parent=library,
            title=title_of(key),
            slug=words.title,
            summary=f"A summary about {words.summary} for {key}.",
            body=paragraph(f"A body about {words.body} for {key}."),
            members_only=members_only,
            listed=listed,
            resource_type=ResourceTypeFactory(
                name=f"Type {words.topic}", slug=f"type-{words.topic}"
            ),
        )
        network = NetworkPageFactory(
            parent=networks, title=f"Network {words.topic}", slug=f"net-{words.topic}"
        )
        resource.networks.add(network)
        resource.audiences.add(
            AudienceFactory(name=f"Audience {words.topic}", slug=f"aud-{words.topic}")
        )
        resource.tags.add(words.topic.capitalize())
        resource.save_revision().publish()
        # Tags reach the search index one publish late.
        index.insert_or_update_object(resource)
        world[key] = resource
        world[f"{key}-network"] = network
    words = RESOURCES["chapter"]
    world["chapter"] = ToolkitSectionPageFactory(
        parent=world["toolkit"],
        title=title_of("chapter"),
        slug=words.title,
        summary=f"A chapter summary about {words.summary}.",
        body=paragraph(f"A chapter body about {words.body}."),
    )
    members = Group.objects.get_or_create(name=MEMBERS_GROUP)[0]
    world["non-member"] = UserFactory()
    world["member"] = UserFactory(groups=[members])
    world["editor"] = UserFactory(groups=[ensure_lla_editors_group()])
    return world


# Built once, as the tests only read; each rolls back its own changes.
shared_world = shared_fixture("shared_world", build_world)


@pytest.fixture
def world(shared_world, db):
    return shared_world


def sign_in(client, world, who):
    if who != "anonymous":
        client.force_login(world[who])


# Reading a response ----------------------------------------------------------


@dataclass
class Seen:
    """What a response showed: its text (query echoes removed) and hits."""

    text: str
    # title -> (summary shown, marked members only), for the listed hits
    hits: dict


def read_html(response):
    """
    The page without the places that echo the query back (the title, the
    search box, the status line), so a secret typed as the query does not
    count as found; and the hits, read from the result list.
    """
    assert response.status_code == 200, response.status_code
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    for echo in soup.select("title, input, .search-status, meta"):
        echo.decompose()
    hits = {}
    for item in soup.select(".resource-list .resource-item"):
        title = item.select_one(".resource-item__title").get_text(strip=True)
        badge = item.select_one(".badge")
        summary = " ".join(p.get_text() for p in item.find_all("p", class_=False))
        hits[title] = (summary, badge is not None and "Members only" in badge.text)
    return Seen(text=str(soup), hits=hits)


def read_json(response):
    assert response.status_code == 200, response.status_code
    data = response.json()
    data.pop("query")  # the query, echoed back
    hits = {
        result["title"]: (result["summary"], result["members_only"])
        for result in data["results"]
    }
    return Seen(text=json.dumps(data), hits=hits)


def facet_values(response):
    """{facet name: {value: count}} from a JSON response."""
    data = response.json()
    return {
        name: {option["value"]: option["count"] for option in options}
        for name, options in data["facets"].items()
    }


# Channels --------------------------------------------------------------------


@dataclass(frozen=True)
class Channel:
    """
    One way of asking: where (library or site), how (html, json, suggest),
    and with which of the resource's words (title, summary, body, a prefix of
    one, or none to browse).
    """

    scope: str
    shape: str
    word: str | None
    prefix: bool = False
    # A word no page holds, searched with the resource's: no page has every
    # word, so the search falls back to pages holding most of them.
    partial: bool = False

    def query(self, words):
        if self.word is None:
            return None
        text = getattr(words, self.word)
        text = text[:6] if self.prefix else text
        return f"{text} {NOWHERE}" if self.partial else text

    def get(self, client, pages, words):
        url = pages["library"].url if self.scope == "library" else "/search/"
        params = {}
        query = self.query(words)
        if query is not None:
            params["q"] = query
        if self.shape != "html":
            params["format"] = "json"
        if self.shape == "suggest":
            params["suggest"] = "1"
        response = client.get(url, params)
        return read_html(response) if self.shape == "html" else read_json(response)

    def finds(self, key, visibility):
        """
        Whether this resource must be a hit (True), must not be (False), or
        may be either (None: a word's prefix matches no whole word, so only
        the title top-up of suggestions is sure to find anything).
        """
        if key == "chapter" and self.scope == "library":
            return False
        if visibility == NONE:
            return False
        by_title = self.word in (None, "title")
        if visibility == TITLE:
            return by_title
        return None if self.prefix and not by_title else True


CHANNELS = {
    "library html, body word": Channel("library", "html", "body"),
    "library html, summary word": Channel("library", "html", "summary"),
    "library html, title": Channel("library", "html", "title"),
    "library html, browse": Channel("library", "html", None),
    "library json, body word": Channel("library", "json", "body"),
    "library json, summary word": Channel("library", "json", "summary"),
    "library json, title": Channel("library", "json", "title"),
    "library json, browse": Channel("library", "json", None),
    "library suggest, summary prefix": Channel("library", "suggest", "summary", True),
    "library suggest, body prefix": Channel("library", "suggest", "body", True),
    "library suggest, title prefix": Channel("library", "suggest", "title", True),
    "site html, body word": Channel("site", "html", "body"),
    "site html, summary word": Channel("site", "html", "summary"),
    "site html, title": Channel("site", "html", "title"),
    "site json, body word": Channel("site", "json", "body"),
    "site json, title": Channel("site", "json", "title"),
    "site suggest, body prefix": Channel("site", "suggest", "body", True),
    "site suggest, title prefix": Channel("site", "suggest", "title", True),
    "library html, body word and one nowhere": Channel(
        "library", "html", "body", partial=True
    ),
    "library json, summary word and one nowhere": Channel(
        "library", "json", "summary", partial=True
    ),
    "library json, title and one nowhere": Channel(
        "library", "json", "title", partial=True
    ),
    "site html, title and one nowhere": Channel("site", "html", "title", partial=True),
    "site json, body word and one nowhere": Channel(
        "site", "json", "body", partial=True
    ),
}


@pytest.mark.parametrize("channel", CHANNELS.values(), ids=CHANNELS.keys())
@pytest.mark.parametrize("key", RESOURCES)
@pytest.mark.parametrize("who", USERS)
def test_search_shows_what_the_user_may_see(client, world, who, key, channel):
    sign_in(client, world, who)
    words = RESOURCES[key]
    visibility = VISIBILITY[who, key]
    title = title_of(key)

    seen = channel.get(client, world, words)

    expected = channel.finds(key, visibility)
    if expected is not None:
        assert (title in seen.hits) is expected, seen.hits
    if expected is False:
        assert title not in seen.text
    if title in seen.hits:
        summary, members_only = seen.hits[title]
        assert members_only is (visibility != OPEN)
        if visibility != OPEN:
            assert summary == ""
    if visibility != OPEN:
        for secret in words.secrets:
            assert secret not in seen.text
    if visibility == NONE:
        assert words.title not in seen.text.casefold()
    if visibility == OPEN and expected and channel.shape != "suggest":
        # Suggestions topped up by title carry no summary; everything else does.
        assert words.summary in seen.hits[title][0]


# Spelling suggestions ------------------------------------------------------------

# A misspelt word gets "Did you mean ...?" from the titles and topics the user
# may find, and never from what they may not. For a listed resource either is
# fine (None): its title and topics are no secret.
SPELLING = {OPEN: True, TITLE: None, NONE: False}
SPELLING_CASES = [
    pytest.param(
        who,
        key,
        word,
        scope,
        # Each resource's network page, public, is titled with its topic word,
        # so the site search may rightly offer that word from the title.
        None if (word, scope) == ("topic", "site") else SPELLING[VISIBILITY[who, key]],
        id=f"{who}-{key}-{word}-{scope}",
    )
    for who in USERS
    for key in RESOURCES
    for word in ("title", "topic")
    for scope in ("library", "site")
    # A chapter has no topic, and is not in the library.
    if not (key == "chapter" and (word == "topic" or scope == "library"))
]


@pytest.mark.parametrize(("who", "key", "word", "scope", "offered"), SPELLING_CASES)
def test_spelling_suggestions_offer_only_what_the_user_may_find(
    client, world, who, key, word, scope, offered
):
    sign_in(client, world, who)
    right = getattr(RESOURCES[key], word)
    url = world["library"].url if scope == "library" else "/search/"

    # Two letters swapped: a misspelling no stemmer (PostgreSQL's English
    # one stems "plinthwhistl" to "plinthwhistl") turns back into the word.
    i = next(i for i in range(2, len(right) - 1) if right[i] != right[i + 1])
    misspelt = right[:i] + right[i + 1] + right[i] + right[i + 2 :]
    seen = read_html(client.get(url, {"q": misspelt}))

    words = " ".join(BeautifulSoup(seen.text, "html.parser").get_text().split())
    if offered is not None:
        assert (f"did you mean {right}?" in words.casefold()) is offered
    if offered is False:
        assert right not in seen.text.casefold()


@pytest.mark.parametrize("scope", ["library", "site"])
def test_a_members_spelling_words_never_reach_a_visitor(client, world, scope):
    """
    The words suggestions come from are kept per audience (content cache):
    a member's search first, then a visitor's, gets the visitor nothing from
    an unlisted members-only title.
    """
    right = RESOURCES["unlisted"].title
    misspelt = right[:2] + right[3] + right[2] + right[4:]
    url = world["library"].url if scope == "library" else "/search/"

    sign_in(client, world, "member")
    as_member = read_html(client.get(url, {"q": misspelt}))
    client.logout()
    as_visitor = read_html(client.get(url, {"q": misspelt}))

    words = BeautifulSoup(as_member.text, "html.parser").get_text().split()
    assert f"did you mean {right}?" in " ".join(words).casefold()
    assert right not in as_visitor.text.casefold()


# Facet counts ------------------------------------------------------------------

# A network, type, audience and topic only this resource has: counted for a
# user who may find the resource, by browsing (None) or by one of its words.
# Its topic is part of its content: counted only for a user who may open it
# (tests/search/test_topic_privacy.py).
FACET_CASES = [
    (
        who,
        key,
        word,
        VISIBILITY[who, key] == OPEN
        or (VISIBILITY[who, key] == TITLE and word in (None, "title")),
    )
    for who in USERS
    for key in ACCESS
    for word in (None, "title", "summary", "body")
]


@pytest.mark.parametrize(("who", "key", "word", "counted"), FACET_CASES)
@pytest.mark.parametrize("shape", ["json", "html"])
def test_facets_count_only_what_the_user_may_find(
    client, world, who, key, word, counted, shape
):
    sign_in(client, world, who)
    words = RESOURCES[key]
    params = {"q": getattr(words, word)} if word else {}
    topic_counted = counted and VISIBILITY[who, key] == OPEN

    if shape == "json":
        facets = facet_values(
            client.get(world["library"].url, {**params, "format": "json"})
        )
        expected = {
            "network": f"net-{words.topic}",
            "type": f"type-{words.topic}",
            "audience": f"aud-{words.topic}",
            "topic": words.topic,
        }
        for name, value in expected.items():
            shown = topic_counted if name == "topic" else counted
            assert facets[name].get(value) == (1 if shown else None), name
    else:
        html = BeautifulSoup(
            client.get(world["library"].url, params).content, "html.parser"
        )
        labels = html.select_one("#library-facets").get_text()
        assert (words.topic.capitalize() in labels) is topic_counted
        assert (f"Type {words.topic}" in labels) is counted
        assert (f"Audience {words.topic}" in labels) is counted
        assert (f"Network {words.topic}" in labels) is counted


# The sitemap and the feeds -------------------------------------------------------


@pytest.mark.parametrize("key", RESOURCES)
@pytest.mark.parametrize("who", USERS)
def test_the_sitemap_lists_only_public_resources_for_everyone(client, world, who, key):
    sign_in(client, world, who)

    body = client.get("/sitemap.xml").content.decode()

    # The sitemap is for everyone: even a member's sitemap lists no
    # members-only address, which can give away what a resource is.
    assert (f"/{RESOURCES[key].title}/" in body) is (key == "public")
    for secret in RESOURCES[key].secrets:
        assert secret not in body


def feed_url(world, feed, key):
    """The feed's address, or skip: the feeds may not have been built yet."""
    page, route = (
        (world["library"], "feed/")
        if feed == "library"
        else (
            world[f"{key if key != 'chapter' else 'toolkit'}-network"],
            "resources/feed/",
        )
    )
    try:
        page.specific.resolve_subpage(f"/{route}")
    except (Http404, AttributeError):
        pytest.skip(f"{page.specific_class.__name__} has no {route} route yet")
    return f"{page.url}{route}"


@pytest.mark.parametrize("feed", ["library", "network"])
@pytest.mark.parametrize("key", RESOURCES)
@pytest.mark.parametrize("who", USERS)
def test_feeds_list_only_public_resources_for_everyone(client, world, who, key, feed):
    url = feed_url(world, feed, key)
    sign_in(client, world, who)
    words = RESOURCES[key]
    public = key == "public"

    response = client.get(url)
    body = response.content.decode()

    # Feed readers cache and share what they fetch, so a feed is the same for
    # everyone: no members-only resource, listed or not, even for a member.
    assert response.status_code == 200
    assert (title_of(key) in body) is public
    assert (f"/{words.title}/" in body) is public
    assert (words.summary in body) is public
    if not public:
        assert words.body not in body
