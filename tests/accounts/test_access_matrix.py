"""
The access matrix: what each kind of user gets of each kind of content,
through every channel that serves, lists, searches or counts it.

Users: anonymous, pending (signed in, waiting for approval, not a member), a
member, a network editor, an LLA editor and an admin (superuser).
Content: a public page, a members-only (listed) page, a draft page, a public
document, a members-only document (of the members-only page), a document in a
private collection (linked from the public page), documents the members-only
page's body links (a document-links block, a rich-text link, a call to action
to the document's address: the body's only blocks that can hold a document),
one linked from an unlisted members-only page, one linked from both the
members-only and the public page, and the admin.
Channels: the page; the document URL; the library and the site search (HTML,
JSON, suggestions) and the library's facet counts; the network's page; the
sitemap and the Atom feeds, which are the same for everyone; and the API,
which is that JSON: there is no Wagtail REST API to leak through.

Every page has nonsense words in its title, summary, body and topic, so a
word found in a response can only have come from that page.
"""

import uuid
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from modelsearch import index
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from accounts.models import User
from home.factories import make_site_with_home
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from networks.permissions import ensure_lla_editors_group, ensure_network_group
from resources.factories import (
    AudienceFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
)
from resources.models import MEMBERS_GROUP, ResourceFile
from tests.shared_db import shared_fixture

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

OPEN = "open"  # 200, everything shown and found
TEASER = "teaser"  # 403 with the title: found by title only, nothing more
PRIVATE = "private"  # a document served with Cache-Control: private, no-store
HIDDEN = "hidden"  # 404, and nowhere to be found
LOGIN = "login"  # the admin: redirected to its sign-in

GUEST = {
    "public page": OPEN,
    "members page": TEASER,
    "draft page": HIDDEN,
    "public document": OPEN,
    "members document": HIDDEN,
    "private document": HIDDEN,
    "block-linked document": HIDDEN,
    "rich-text-linked document": HIDDEN,
    "address-linked document": HIDDEN,
    "unlisted-linked document": HIDDEN,
    "shared linked document": OPEN,
    "admin": LOGIN,
}
MEMBER = {
    "public page": OPEN,
    "members page": OPEN,
    "draft page": HIDDEN,  # editors too: they preview drafts in the admin
    "public document": OPEN,
    "members document": PRIVATE,
    "private document": PRIVATE,
    "block-linked document": PRIVATE,
    "rich-text-linked document": PRIVATE,
    "address-linked document": PRIVATE,
    "unlisted-linked document": PRIVATE,
    "shared linked document": OPEN,
    "admin": LOGIN,
}
EDITOR = {**MEMBER, "admin": OPEN}
EXPECTED = {
    "anonymous": GUEST,
    "pending": GUEST,
    "member": MEMBER,
    "network editor": EDITOR,
    "LLA editor": EDITOR,
    "admin": EDITOR,
}
# The sitemap and the feeds are cached and shared: what anonymous may open.
EVERYONE = EXPECTED["anonymous"]


@dataclass(frozen=True)
class Words:
    """A page's nonsense words, each found nowhere else, and its access."""

    title: str
    summary: str
    body: str
    topic: str
    members_only: bool = False
    live: bool = True


# content: Words(title, summary, body, topic, members_only, live)
PAGES = {
    "public page": Words("glimquath", "pondsnoot", "frabjulix", "quenchwid"),
    "members page": Words("snorvelby", "tumbwhisk", "crandboff", "mizfrond", True),
    "draft page": Words("blustkine", "wafflquim", "drozzpike", "yarglent", live=False),
}
DOCUMENTS = [
    "public document",
    "members document",
    "private document",
    "block-linked document",
    "rich-text-linked document",
    "address-linked document",
    "unlisted-linked document",
    "shared linked document",
]
USERS = list(EXPECTED)


def document_links(document):
    value = {"document": document.pk, "title": ""}
    item = {"type": "item", "value": value, "id": str(uuid.uuid4())}
    return {"type": "document_links", "value": {"heading": "", "documents": [item]}}


def rich_text_link(document):
    html = f'<p>See <a linktype="document" id="{document.pk}">the handout</a>.</p>'
    return {"type": "paragraph", "value": html}


def address_link(document):
    return {
        "type": "call_to_action",
        "value": {
            "heading": "The handout",
            "text": "",
            "page": None,
            "link_url": f"http://localhost{document.url}",
            "link_text": "Download it",
        },
    }


# page: {document it links: how}
LINKS = {
    "public page": {"shared linked document": rich_text_link},
    "members page": {
        "block-linked document": document_links,
        "rich-text-linked document": rich_text_link,
        "address-linked document": address_link,
        "shared linked document": document_links,
    },
    "unlisted page": {"unlisted-linked document": document_links},
}


def title_of(content):
    return f"The {PAGES[content].title.capitalize()} {content}"


def build_world():
    home = make_site_with_home()
    library = ResourceIndexPageFactory(parent=home)
    network = NetworkPageFactory(parent=NetworkIndexPageFactory(parent=home))
    world = {"library": library, "network": network}
    root = Collection.get_first_root_node()
    private = root.add_child(name="Private papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type="login"
    )
    for name in DOCUMENTS:
        world[name] = Document.objects.create(
            title=name,
            file=SimpleUploadedFile(f"{name.split()[0]}.pdf", f"%PDF {name}".encode()),
            collection=private if name == "private document" else root,
        )
    for content, w in PAGES.items():
        links = [how(world[name]) for name, how in LINKS.get(content, {}).items()]
        page = ResourcePageFactory(
            parent=library,
            title=title_of(content),
            slug=w.title,
            summary=f"A summary about {w.summary}.",
            body=[
                {"type": "paragraph", "value": f"<p>A body about {w.body}.</p>"},
                *links,
            ],
            members_only=w.members_only,
            live=w.live,
            resource_type=ResourceTypeFactory(
                name=f"Type {w.topic}", slug=f"type-{w.topic}"
            ),
        )
        page.networks.add(network)
        page.audiences.add(
            AudienceFactory(name=f"Aud {w.topic}", slug=f"aud-{w.topic}")
        )
        page.tags.add(w.topic.capitalize())
        if content == "public page":
            for name in ("public document", "private document"):
                ResourceFile.objects.create(resource=page, document=world[name])
        if content == "members page":
            ResourceFile.objects.create(
                resource=page, document=world["members document"]
            )
        if w.live:
            page.save_revision().publish()
        else:
            page.save()
        index.insert_or_update_object(page)  # tags reach the index one save late
        world[content] = page
    # Found by nobody's search here: it is only there to link its document.
    unlisted = ResourcePageFactory(
        parent=library,
        body=[how(world[name]) for name, how in LINKS["unlisted page"].items()],
        members_only=True,
        listed=False,
    )
    unlisted.save_revision().publish()
    world["users"] = {
        "anonymous": None,
        "pending": UserFactory(membership=User.Membership.PENDING),
        "member": UserFactory(
            membership=User.Membership.APPROVED,
            groups=[Group.objects.get_or_create(name=MEMBERS_GROUP)[0]],
        ),
        "network editor": UserFactory(groups=[ensure_network_group(network)]),
        "LLA editor": UserFactory(groups=[ensure_lla_editors_group()]),
        "admin": UserFactory(is_superuser=True, is_staff=True),
    }
    return world


# Built once, as the tests only read; each rolls back its own changes.
shared_world = shared_fixture("shared_world", build_world)


@pytest.fixture
def world(shared_world, db):
    return shared_world


@pytest.fixture
def as_user(client, world):
    def sign_in(who):
        if world["users"][who] is not None:
            client.force_login(world["users"][who])
        return client

    return sign_in


# The page and the document -------------------------------------------------------


@pytest.mark.parametrize("content", PAGES)
@pytest.mark.parametrize("who", USERS)
def test_the_page(as_user, world, who, content):
    expected = EXPECTED[who][content]
    w = PAGES[content]

    response = as_user(who).get(world[content].url)
    body = response.content.decode()

    assert response.status_code == {OPEN: 200, TEASER: 403, HIDDEN: 404}[expected]
    assert (title_of(content) in body) is (expected != HIDDEN)
    assert (w.summary in body) is (expected == OPEN)
    assert (w.body in body) is (expected == OPEN)
    # Both live pages have files: linked only for those who may open the page.
    assert ("/library-files/" in body) is (expected == OPEN)


@pytest.mark.parametrize("content", DOCUMENTS)
@pytest.mark.parametrize("who", USERS)
def test_the_document_url(as_user, world, who, content):
    expected = EXPECTED[who][content]

    response = as_user(who).get(world[content].url)

    if expected == HIDDEN:
        assert response.status_code == 404
        assert content.encode() not in response.content
        return
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == f"%PDF {content}".encode()
    cache_control = response.get("Cache-Control", "")
    assert ("private" in cache_control) is (expected == PRIVATE)
    assert ("no-store" in cache_control) is (expected == PRIVATE)


# Search, suggestions, the network's list, and facets -------------------------------


def read(response, shape):
    """(text without the query's echoes, {hit title: (summary, members_only)})."""
    assert response.status_code == 200, response.status_code
    if shape != "html":
        data = response.json()
        data.pop("query")
        hits = {r["title"]: (r["summary"], r["members_only"]) for r in data["results"]}
        return str(data), hits
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    for echo in soup.select("title, input, .search-status, meta"):
        echo.decompose()
    hits = {
        item.select_one(".resource-item__title").get_text(strip=True): (None, None)
        for item in soup.select(".resource-list .resource-item")
    }
    return str(soup), hits


CHANNELS = {  # name: (where, shape, which word is the query: None to browse)
    "library html, title": ("library", "html", "title"),
    "library html, body word": ("library", "html", "body"),
    "library html, browse": ("library", "html", None),
    "library json, title": ("library", "json", "title"),
    "library json, body word": ("library", "json", "body"),
    "library json, browse": ("library", "json", None),
    "library suggest, title prefix": ("library", "suggest", "title"),
    "site html, title": ("site", "html", "title"),
    "site html, body word": ("site", "html", "body"),
    "site json, title": ("site", "json", "title"),
    "site json, body word": ("site", "json", "body"),
    "site suggest, title prefix": ("site", "suggest", "title"),
    "network page": ("network", "html", None),
}


def found(expected, word):
    """Found by its title, or browsing, when listed; by its text when open."""
    return expected == OPEN if word == "body" else expected in (OPEN, TEASER)


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("content", PAGES)
@pytest.mark.parametrize("who", USERS)
def test_search_and_lists(as_user, world, who, content, channel):
    where, shape, word = CHANNELS[channel]
    expected = EXPECTED[who][content]
    w = PAGES[content]
    url = {"library": world["library"].url, "site": "/search/"}.get(where)
    params = {"q": getattr(w, word)} if word else {}
    if shape == "suggest":
        params = {"q": w.title[:6], "format": "json", "suggest": "1"}
    elif shape == "json":
        params["format"] = "json"

    text, hits = read(as_user(who).get(url or world["network"].url, params), shape)

    title = title_of(content)
    assert (title in hits) is found(expected, word), hits
    if expected != OPEN:
        assert w.summary not in text
        assert w.body not in text
    if expected == HIDDEN:
        assert w.title not in text.casefold()
    if title in hits and shape != "html":
        summary, members_only = hits[title]
        assert members_only is (expected != OPEN)
        if shape == "json":
            assert (w.summary in summary) is (expected == OPEN)


@pytest.mark.parametrize("word", [None, "title", "body"])
@pytest.mark.parametrize("content", PAGES)
@pytest.mark.parametrize("who", USERS)
def test_facet_counts(as_user, world, who, content, word):
    w = PAGES[content]
    params = {"format": "json", **({"q": getattr(w, word)} if word else {})}

    data = as_user(who).get(world["library"].url, params).json()

    counts = {
        name: {option["value"]: option["count"] for option in options}
        for name, options in data["facets"].items()
    }
    count = 1 if found(EXPECTED[who][content], word) else None
    assert counts["type"].get(f"type-{w.topic}") == count
    assert counts["audience"].get(f"aud-{w.topic}") == count
    # A resource's topics are its content: counted only where it opens.
    opens = EXPECTED[who][content] == OPEN
    assert counts["topic"].get(w.topic) == (count if opens else None)


# The same for everyone: the sitemap, the feeds, and no REST API ----------------------


@pytest.mark.parametrize("channel", ["sitemap", "library feed", "network feed"])
@pytest.mark.parametrize("content", PAGES)
@pytest.mark.parametrize("who", USERS)
def test_sitemap_and_feeds_list_only_public_pages(
    as_user, world, who, content, channel
):
    w = PAGES[content]
    url = {
        "sitemap": "/sitemap.xml",
        "library feed": world["library"].url + "feed/",
        "network feed": world["network"].url + "resources/feed/",
    }[channel]

    response = as_user(who).get(url)
    body = response.content.decode()

    public = EVERYONE[content] == OPEN
    assert response.status_code == 200
    assert (f"/{w.title}/" in body) is public
    if not public:
        assert w.title not in body.casefold()
        assert w.summary not in body
        assert w.body not in body


@pytest.mark.parametrize(
    "url",
    ["/api/v2/pages/", "/api/v2/pages/?search=snorvelby", "/api/v2/documents/"],
)
@pytest.mark.parametrize("who", USERS)
def test_there_is_no_rest_api(as_user, world, who, url):
    response = as_user(who).get(url)

    assert response.status_code == 404
    for content in PAGES:
        assert PAGES[content].summary not in response.content.decode()


# The admin ----------------------------------------------------------------------


@pytest.mark.parametrize("who", USERS)
def test_the_admin(as_user, world, who):
    response = as_user(who).get("/admin/")

    if EXPECTED[who]["admin"] == OPEN:
        assert response.status_code == 200
        assert b"Dashboard" in response.content
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
