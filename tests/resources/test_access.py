"""
Who sees what of a resource, through each channel that shows resources.

Users: an anonymous visitor, a member (the Members group), an LLA editor.
Resources: public, members-only and listed, members-only and unlisted.
Channels: the resource's page, the library's list, its network's page.
"""

from django.contrib.auth.models import AnonymousUser, Group
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document

import pytest
from bs4 import BeautifulSoup

from accounts.factories import MemberFactory, UserFactory
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from networks.permissions import ensure_lla_editors_group
from resources.factories import (
    ResourcePageFactory,
    ToolkitPageFactory,
    ToolkitSectionPageFactory,
)
from resources.models import MEMBERS_GROUP, ResourceFile, ResourcePage, is_member

pytestmark = pytest.mark.django_db

SUMMARY = "Secret summary only members may read."
BODY = "Secret body paragraph."


@pytest.fixture
def network(home):
    return NetworkPageFactory(parent=NetworkIndexPageFactory(parent=home))


def make_resource(library, network, access):
    resource = ResourcePageFactory(
        parent=library,
        title=f"The {access} resource",
        slug=access,
        summary=SUMMARY,
        body=[{"type": "paragraph", "value": f"<p>{BODY}</p>"}],
        members_only=access != "public",
        listed=access != "unlisted",
    )
    document = Document.objects.create(
        title=f"{access} handout",
        file=SimpleUploadedFile(f"{access}.pdf", b"%PDF-1.4"),
    )
    ResourceFile.objects.create(resource=resource, document=document)
    resource.networks.add(network)
    resource.save_revision().publish()
    return resource


def login(client, who):
    if who == "member":
        member = Group.objects.get_or_create(name=MEMBERS_GROUP)[0]
        client.force_login(UserFactory(groups=[member]))
    elif who == "editor":
        client.force_login(UserFactory(groups=[ensure_lla_editors_group()]))


# (who, access) -> (page status, title shown in lists, secrets shown)
MATRIX = [
    ("anonymous", "public", 200, True, True),
    ("anonymous", "listed", 403, True, False),
    ("anonymous", "unlisted", 404, False, False),
    ("member", "public", 200, True, True),
    ("member", "listed", 200, True, True),
    ("member", "unlisted", 200, True, True),
    ("editor", "listed", 200, True, True),
    ("editor", "unlisted", 200, True, True),
]


@pytest.mark.parametrize(("who", "access", "status", "titled", "secrets"), MATRIX)
def test_resource_page(client, library, network, who, access, status, titled, secrets):
    resource = make_resource(library, network, access)
    login(client, who)

    response = client.get(resource.url)
    body = response.content.decode()

    assert response.status_code == status
    assert (resource.title in body) is titled
    assert (SUMMARY in body) is secrets
    assert (BODY in body) is secrets
    assert ("handout" in body) is secrets
    if status == 403:
        html = BeautifulSoup(body, "html.parser")
        assert "Members only" in html.get_text()
        assert html.find("a", string="Sign in to open it")["href"].startswith(
            f"/accounts/login/?next={resource.url}"
        )


@pytest.mark.parametrize(("who", "access", "status", "titled", "secrets"), MATRIX)
@pytest.mark.parametrize("channel", ["library", "network"])
def test_resource_lists(
    client, library, network, channel, who, access, status, titled, secrets
):
    resource = make_resource(library, network, access)
    login(client, who)

    url = library.url if channel == "library" else network.url
    body = client.get(url).content.decode()

    assert (resource.title in body) is titled
    assert (SUMMARY in body) is secrets


@pytest.mark.parametrize("access", ["listed", "unlisted"])
def test_a_members_only_toolkits_chapters_are_members_only(client, library, access):
    toolkit = ToolkitPageFactory(
        parent=library, members_only=True, listed=access == "listed"
    )
    chapter = ToolkitSectionPageFactory(
        parent=toolkit,
        body=[{"type": "paragraph", "value": f"<p>{BODY}</p>"}],
    )

    response = client.get(chapter.url)

    assert response.status_code == (403 if access == "listed" else 404)
    assert BODY not in response.content.decode()
    login(client, "member")
    assert BODY in client.get(chapter.url).content.decode()


def test_draft_resources_are_found_by_nobody(library):
    draft = ResourcePageFactory(parent=library)
    draft.unpublish()
    member = MemberFactory()
    assert draft not in ResourcePage.objects.visible_to(member)


@pytest.mark.parametrize(
    ("user", "expected"),
    [
        (lambda: AnonymousUser(), False),
        (lambda: UserFactory(), False),
        (
            lambda: UserFactory(
                groups=[Group.objects.get_or_create(name=MEMBERS_GROUP)[0]]
            ),
            True,
        ),
        (lambda: UserFactory(groups=[ensure_lla_editors_group()]), True),
        (lambda: UserFactory(is_superuser=True), True),
    ],
    ids=["anonymous", "signed-in non-member", "member", "editor", "superuser"],
)
def test_who_counts_as_a_member(db, user, expected):
    assert is_member(user()) is expected


def test_the_sitemap_lists_no_members_only_resource_or_chapter(client, library):
    public = ResourcePageFactory(parent=library, slug="open-guide")
    listed = ResourcePageFactory(parent=library, slug="listed-plan", members_only=True)
    unlisted = ResourcePageFactory(
        parent=library, slug="draft-strategy", members_only=True, listed=False
    )
    toolkit = ToolkitPageFactory(parent=library, slug="kit", members_only=True)
    chapter = ToolkitSectionPageFactory(parent=toolkit, slug="chapter-one")

    body = client.get("/sitemap.xml").content.decode()

    assert public.url in body
    for private in (listed, unlisted, toolkit, chapter):
        assert private.slug not in body
