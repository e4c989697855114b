"""
Documents a page links from its body rather than attaches: a members-only
page's links are as members-only as its files, at Wagtail's document URL.

Links: the document-links block, a rich-text document link, and the address
of the document typed into a call to action (no other body block can hold a
document: headings and quotes are text, images are images).
Pages: a public resource, a listed or unlisted members-only resource, a
members-only toolkit, and a chapter of a public or a members-only toolkit.
Users: an anonymous visitor, a signed-in non-member, a member, an LLA editor.
"""

import uuid

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

import pytest

from accounts.factories import UserFactory
from home.factories import StandardPageFactory
from networks.permissions import ensure_lla_editors_group
from resources.factories import (
    ResourcePageFactory,
    ToolkitPageFactory,
    ToolkitSectionPageFactory,
)
from resources.models import MEMBERS_GROUP, ResourceFile

pytestmark = pytest.mark.django_db

CONTENT = b"%PDF-1.4 linked handout"
MEMBERS_ONLY = ("listed", "unlisted", "members-toolkit", "members-chapter")


def make_document(name="handout", collection=None):
    return Document.objects.create(
        title=f"{name} handout",
        file=SimpleUploadedFile(f"{name}.pdf", CONTENT),
        collection=collection or Collection.get_first_root_node(),
    )


def item(document):
    """One document of a document-links block, as the editor saves it."""
    value = {"document": document.pk, "title": ""}
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def link(kind, document):
    """One body block that links `document` the way `kind` says."""
    if kind == "document links block":
        return {
            "type": "document_links",
            "value": {"heading": "Handouts", "documents": [item(document)]},
        }
    if kind == "rich-text link":
        html = f'<p>Read <a linktype="document" id="{document.pk}">the handout</a>.</p>'
        return {"type": "paragraph", "value": html}
    assert kind == "call to action address"
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


LINKS = ["document links block", "rich-text link", "call to action address"]


def place(where, library, body, live=True):
    """A page as `where` names it, with `body`; returns the page."""
    members_only = where in MEMBERS_ONLY
    access = {"members_only": members_only, "listed": where != "unlisted"}
    if where.endswith("chapter"):
        toolkit = ToolkitPageFactory(parent=library, **access)
        return ToolkitSectionPageFactory(parent=toolkit, body=body, live=live)
    factory = ToolkitPageFactory if where.endswith("toolkit") else ResourcePageFactory
    return factory(parent=library, body=body, live=live, **access)


def login(client, who):
    if who == "signed-in":
        client.force_login(UserFactory())
    elif who == "member":
        member = Group.objects.get_or_create(name=MEMBERS_GROUP)[0]
        client.force_login(UserFactory(groups=[member]))
    elif who == "editor":
        client.force_login(UserFactory(groups=[ensure_lla_editors_group()]))


def served(client, document):
    """'public', 'private' (members only, not kept by shared caches) or 404."""
    response = client.get(document.url)
    if response.status_code == 404:
        assert CONTENT not in response.content
        return 404
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == CONTENT
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control:
        assert "no-store" in cache_control
        return "private"
    assert "public" in cache_control
    assert "max-age=300" in cache_control
    return "public"


# (who, where the document is linked, what they get at the document's URL)
ACCESS = [
    ("anonymous", "public", "public"),
    ("anonymous", "public-chapter", "public"),
    ("anonymous", "listed", 404),
    ("anonymous", "unlisted", 404),
    ("anonymous", "members-toolkit", 404),
    ("anonymous", "members-chapter", 404),
    ("signed-in", "public", "public"),
    ("signed-in", "listed", 404),
    ("signed-in", "unlisted", 404),
    ("signed-in", "members-chapter", 404),
    ("member", "public", "public"),
    ("member", "listed", "private"),
    ("member", "unlisted", "private"),
    ("member", "members-toolkit", "private"),
    ("member", "members-chapter", "private"),
    ("editor", "public", "public"),
    ("editor", "unlisted", "private"),
    ("editor", "members-chapter", "private"),
]


@pytest.mark.parametrize("kind", LINKS)
@pytest.mark.parametrize(("who", "where", "expected"), ACCESS)
def test_the_url_of_a_linked_document(client, library, kind, who, where, expected):
    document = make_document()
    place(where, library, [link(kind, document)])
    login(client, who)

    assert served(client, document) == expected


@pytest.mark.parametrize("kind", LINKS)
@pytest.mark.parametrize("members", ["listed", "unlisted", "members-chapter"])
@pytest.mark.parametrize("public", ["public", "public-chapter"])
def test_a_document_also_linked_from_a_public_resource_is_public(
    client, library, kind, members, public
):
    document = make_document()
    place(members, library, [link(kind, document)])
    place(public, library, [link("document links block", document)])

    assert served(client, document) == "public"


def test_a_document_a_public_resource_attaches_is_public_though_members_link_it(
    client, library
):
    document = make_document()
    place("listed", library, [link("rich-text link", document)])
    resource = place("public", library, [])
    ResourceFile.objects.create(resource=resource, document=document)

    assert served(client, document) == "public"


def test_a_document_also_linked_from_any_open_page_is_public(client, home, library):
    document = make_document()
    place("unlisted", library, [link("document links block", document)])
    StandardPageFactory(parent=home, body=[link("rich-text link", document)])

    assert served(client, document) == "public"


def test_linked_from_both_a_listed_and_an_unlisted_resource(client, library):
    document = make_document()
    place("listed", library, [link("document links block", document)])
    place("unlisted", library, [link("rich-text link", document)])

    assert served(client, document) == 404
    login(client, "member")
    assert served(client, document) == "private"


@pytest.mark.parametrize("state", ["unpublished", "never published"])
def test_a_public_page_nobody_can_open_does_not_make_it_public(client, library, state):
    document = make_document()
    place("listed", library, [link("document links block", document)])
    public = place("public", library, [link("rich-text link", document)])
    if state == "unpublished":
        public.unpublish()
    else:
        public.live = False
        public.save()

    assert served(client, document) == 404


def test_a_public_page_in_a_private_part_of_the_site_does_not_make_it_public(
    client, home, library
):
    document = make_document()
    place("listed", library, [link("document links block", document)])
    private = StandardPageFactory(parent=home, body=[link("rich-text link", document)])
    private.view_restrictions.create(restriction_type="login")

    assert served(client, document) == 404


def test_a_private_collection_stays_members_only_whatever_links_it(client, library):
    private = Collection.get_first_root_node().add_child(name="Members' papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type="login"
    )
    document = make_document(collection=private)
    place("public", library, [link("rich-text link", document)])

    assert served(client, document) == 404


def test_a_document_stops_being_members_only_when_its_link_is_removed(client, library):
    document = make_document()
    resource = place("listed", library, [link("rich-text link", document)])
    resource.save_revision().publish()
    assert served(client, document) == 404

    resource.body = [{"type": "paragraph", "value": "<p>No handout now.</p>"}]
    resource.save_revision().publish()

    assert served(client, document) == "public"


def test_a_members_only_resources_link_list_is_read_to_the_end(client, library):
    document, other = make_document("linked"), make_document("other")
    items = [item(other), item(document)]
    links = {"type": "document_links", "value": {"heading": "", "documents": items}}
    place("listed", library, [links])

    assert served(client, document) == 404
    assert served(client, other) == 404


def test_a_document_address_among_a_resources_links(client, library):
    document = make_document()
    resource = place("listed", library, [])
    resource.links = [
        {
            "type": "link",
            "value": {"title": "Handout", "url": f"http://localhost{document.url}"},
        }
    ]
    resource.save()

    assert served(client, document) == 404


def test_another_documents_address_is_not_this_ones(client, library):
    document = make_document()
    other = Document.objects.create(
        pk=document.pk * 10 + 1, title="other", file=SimpleUploadedFile("o.pdf", b"x")
    )
    place("listed", library, [link("call to action address", other)])
    place("listed", library, [link("document links block", other)])

    assert served(client, document) == "public"


# Drafts ----------------------------------------------------------------------------


DRAFT_LINKS = [*LINKS, "attached file"]


def add_to_draft(page, kind, document):
    """Saves a draft of the live `page` that links `document`; publishes nothing."""
    if kind == "attached file":
        page.files.add(page.files.model(document=document))
    else:
        page.body = [*page.body.raw_data, link(kind, document)]
    page.save_revision()


@pytest.mark.parametrize("kind", DRAFT_LINKS)
@pytest.mark.parametrize("where", ["listed", "unlisted", "members-chapter"])
def test_a_link_in_a_members_only_pages_unpublished_draft(client, library, kind, where):
    document = make_document()
    page = place(where, library, [])
    page.save_revision().publish()

    add_to_draft(page, kind, document)

    assert served(client, document) == 404
    login(client, "member")
    assert served(client, document) == "private"


def test_a_link_in_a_draft_that_makes_a_public_resource_members_only(client, library):
    document = make_document()
    resource = place("public", library, [])
    resource.save_revision().publish()

    resource.members_only = True
    add_to_draft(resource, "rich-text link", document)

    assert served(client, document) == 404


def test_a_link_in_a_never_published_members_only_resource(client, library):
    document = make_document()
    resource = place("listed", library, [], live=False)
    add_to_draft(resource, "document links block", document)

    assert served(client, document) == 404


def test_another_documents_links_in_a_draft_are_not_this_ones(client, library):
    document = make_document()
    other = Document.objects.create(
        pk=document.pk * 10 + 1, title="other", file=SimpleUploadedFile("o.pdf", b"x")
    )
    page = place("listed", library, [])
    page.save_revision().publish()

    for kind in DRAFT_LINKS:
        add_to_draft(page, kind, other)

    assert served(client, document) == "public"


def test_a_link_in_a_public_pages_draft_does_not_make_it_public(client, library):
    document = make_document()
    place("listed", library, [link("rich-text link", document)])
    public = place("public", library, [])
    public.save_revision().publish()

    add_to_draft(public, "document links block", document)

    assert served(client, document) == 404


def test_a_link_only_in_a_public_resources_draft_leaves_it_public(client, library):
    document = make_document()
    public = place("public", library, [])
    public.save_revision().publish()

    add_to_draft(public, "rich-text link", document)

    assert served(client, document) == "public"


# Cost ------------------------------------------------------------------------------


def test_the_queries_do_not_grow_with_the_pages_that_link_it(
    client, library, django_assert_max_num_queries
):
    """The longest path: only drafts link it, so they are read too."""
    document = make_document()
    login(client, "member")

    def queries_to_serve_it():
        # Seven for the document and who is asking (Wagtail checks the
        # collection too), and seven for the rule: the collection and its
        # privacy, a network's members-only minutes, members-only pages,
        # drafts, the private parts of the site, and open pages.
        with django_assert_max_num_queries(14) as captured:
            assert served(client, document) == "private"
        return len(captured)

    def link_in_drafts(places):
        for where in places:
            page = place(where, library, [])
            page.save_revision().publish()
            add_to_draft(page, "document links block", document)

    link_in_drafts(["listed"])
    served(client, document)  # the first download may store the file's hash
    one_page = queries_to_serve_it()
    link_in_drafts(["unlisted", "members-chapter", "members-toolkit", "listed"])

    assert queries_to_serve_it() == one_page
