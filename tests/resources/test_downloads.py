"""
Resource files: who may download them, at Wagtail's document URL and through
the counting link pages use, and the Downloads report editors read.

Users: an anonymous visitor, a signed-in non-member, a member, an LLA editor.
Files: of a public resource, of a listed or unlisted members-only resource,
and of a chapter of a public or a members-only toolkit.
"""

import csv
import datetime
import io

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from wagtail.documents.models import Document

import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from networks.permissions import ensure_lla_editors_group
from resources.factories import (
    ResourcePageFactory,
    ToolkitPageFactory,
    ToolkitSectionPageFactory,
)
from resources.models import MEMBERS_GROUP, ChapterFile, DownloadCount, ResourceFile

pytestmark = pytest.mark.django_db

CONTENT = b"%PDF-1.4 members' handout"
REPORT_URL = "/admin/reports/downloads/"


@pytest.fixture
def networks(home):
    index = NetworkIndexPageFactory(parent=home)
    return [
        NetworkPageFactory(parent=index, title=title)
        for title in ("Equity network", "Primary network")
    ]


def make_document(name):
    return Document.objects.create(
        title=f"{name} handout", file=SimpleUploadedFile(f"{name}.pdf", CONTENT)
    )


def attach(where, library, document=None):
    """A file of a resource or chapter, as `where` names it; returns the file."""
    document = document or make_document(where)
    members_only = where in ("listed", "unlisted", "members-chapter")
    access = {"members_only": members_only, "listed": where != "unlisted"}
    if where.endswith("chapter"):
        toolkit = ToolkitPageFactory(parent=library, **access)
        chapter = ToolkitSectionPageFactory(parent=toolkit)
        return ChapterFile.objects.create(chapter=chapter, document=document)
    resource = ResourcePageFactory(parent=library, **access)
    return ResourceFile.objects.create(resource=resource, document=document)


def login(client, who):
    if who == "signed-in":
        client.force_login(UserFactory())
    elif who == "member":
        member = Group.objects.get_or_create(name=MEMBERS_GROUP)[0]
        client.force_login(UserFactory(groups=[member]))
    elif who == "editor":
        client.force_login(UserFactory(groups=[ensure_lla_editors_group()]))


def downloaded(response):
    return b"".join(response.streaming_content)


# (who, where the file is attached, may download it)
ACCESS = [
    ("anonymous", "public", True),
    ("anonymous", "public-chapter", True),
    ("anonymous", "listed", False),
    ("anonymous", "unlisted", False),
    ("anonymous", "members-chapter", False),
    ("signed-in", "public", True),
    ("signed-in", "listed", False),
    ("signed-in", "unlisted", False),
    ("signed-in", "members-chapter", False),
    ("member", "public", True),
    ("member", "listed", True),
    ("member", "unlisted", True),
    ("member", "members-chapter", True),
    ("editor", "unlisted", True),
    ("editor", "members-chapter", True),
]


@pytest.mark.parametrize(("who", "where", "allowed"), ACCESS)
def test_the_document_url(client, library, who, where, allowed):
    file = attach(where, library)
    login(client, who)

    response = client.get(file.document.url)

    if not allowed:
        assert response.status_code == 404
        assert CONTENT not in response.content
        return
    assert response.status_code == 200
    assert downloaded(response) == CONTENT
    cache_control = response.get("Cache-Control", "")
    if where in ("public", "public-chapter"):
        # Shared caches may keep a public file, briefly.
        assert "private" not in cache_control
        assert "public" in cache_control
        assert "max-age=300" in cache_control
    else:
        # No shared cache may keep a members-only file for the next visitor.
        assert "private" in cache_control
        assert "no-store" in cache_control


@pytest.mark.parametrize(("who", "where", "allowed"), ACCESS)
def test_the_counting_link(client, library, who, where, allowed):
    file = attach(where, library)
    login(client, who)

    response = client.get(file.download_url)

    if not allowed:
        assert response.status_code == 404
        assert not DownloadCount.objects.exists()
        return
    assert response.status_code == 302
    assert response["Location"] == file.document.url
    assert "no-store" in response["Cache-Control"]
    assert downloaded(client.get(response["Location"])) == CONTENT
    assert DownloadCount.objects.get().count == 1


@pytest.mark.parametrize("where", ["public", "listed", "public-chapter"])
def test_pages_link_files_through_the_counting_link(client, library, where):
    file = attach(where, library)
    login(client, "member")

    page = BeautifulSoup(client.get(file.page.url).content, "html.parser")

    link = page.find("a", string=file.document.title)
    assert link["href"] == file.download_url


def test_a_file_also_attached_to_a_public_resource_is_public(client, library):
    shared = make_document("shared")
    attach("unlisted", library, document=shared)
    attach("public", library, document=shared)

    response = client.get(shared.url)

    assert response.status_code == 200
    assert "private" not in response.get("Cache-Control", "")


def test_a_draft_public_resource_does_not_make_a_file_public(client, library):
    shared = make_document("shared")
    attach("listed", library, document=shared)
    draft = attach("public", library, document=shared).resource
    draft.unpublish()

    assert client.get(shared.url).status_code == 404


def test_files_of_no_resource_are_served_as_before(client, home):
    minutes = make_document("minutes")

    assert downloaded(client.get(minutes.url)) == CONTENT


@pytest.mark.parametrize("where", ["public", "public-chapter", "listed"])
def test_a_draft_resources_files_are_not_served_by_the_counting_link(
    client, library, where
):
    file = attach(where, library)
    file.page.unpublish()
    login(client, "member")

    assert client.get(file.download_url).status_code == 404
    assert not DownloadCount.objects.exists()


def test_unknown_counting_links_are_not_found(client, library):
    file = attach("public", library)

    assert client.get(f"/library-files/nothing/{file.pk}/").status_code == 404
    assert client.get(f"/library-files/resource/{file.pk + 1}/").status_code == 404


def test_each_download_counts_once_a_day_for_the_resource(client, library):
    file = attach("public", library)
    chapter_file = attach("public-chapter", library)
    toolkit = chapter_file.chapter.toolkit

    for _ in range(3):
        client.get(file.download_url)
    client.get(chapter_file.download_url)

    today = timezone.localdate()
    assert {(c.resource_id, c.date, c.count) for c in DownloadCount.objects.all()} == {
        (file.resource.pk, today, 3),
        (toolkit.pk, today, 1),
    }


def test_download_counts_keep_nothing_about_who_downloaded(db):
    fields = {field.name for field in DownloadCount._meta.get_fields()}

    assert fields == {"id", "resource", "date", "count"}


# The report ---------------------------------------------------------------------


def count(resource, downloads, days_ago=0):
    DownloadCount.objects.create(
        resource=resource,
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        count=downloads,
    )


@pytest.fixture
def downloads(library, networks):
    """Three resources downloaded this month, one only last year."""
    equity, primary = networks
    guide = ResourcePageFactory(parent=library, title="Anti-racism guide")
    guide.networks.add(equity, primary)
    plan = ResourcePageFactory(parent=library, title="Reading plan", members_only=True)
    plan.networks.add(primary)
    toolkit = ToolkitPageFactory(parent=library, title="Race Equity Toolkit")
    toolkit.networks.add(equity)
    old = ResourcePageFactory(parent=library, title="Old report")
    for resource in (guide, plan, toolkit, old):
        resource.save_revision().publish()
    count(guide, 5)
    count(guide, 2, days_ago=10)
    count(plan, 9, days_ago=1)
    count(toolkit, 3)
    count(old, 40, days_ago=200)
    return {"equity": equity, "primary": primary}


def report_rows(client, **params):
    response = client.get(REPORT_URL, params)
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select("table tbody tr")
    return [[cell.get_text(" ", strip=True) for cell in row("td")] for row in rows]


def test_the_report_lists_the_most_downloaded_first_with_networks(client, downloads):
    login(client, "editor")

    assert report_rows(client) == [
        ["Reading plan", "Primary network", "9"],
        ["Anti-racism guide", "Equity network, Primary network", "7"],
        ["Race Equity Toolkit", "Equity network", "3"],
    ]


def test_the_report_counts_over_the_chosen_period(client, downloads):
    login(client, "editor")

    assert [row[0] for row in report_rows(client, days="all")] == [
        "Old report",
        "Reading plan",
        "Anti-racism guide",
        "Race Equity Toolkit",
    ]
    assert [row[2] for row in report_rows(client, days="365")] == ["40", "9", "7", "3"]


def test_the_report_filters_by_network(client, downloads):
    login(client, "editor")

    rows = report_rows(client, network=downloads["equity"].pk)

    assert [(row[0], row[2]) for row in rows] == [
        ("Anti-racism guide", "7"),
        ("Race Equity Toolkit", "3"),
    ]


def test_the_report_exports_as_csv(client, downloads):
    login(client, "editor")

    response = client.get(
        REPORT_URL, {"export": "csv", "network": downloads["primary"].pk}
    )

    text = b"".join(response.streaming_content).decode()
    assert list(csv.reader(io.StringIO(text))) == [
        ["Resource", "Networks", "Downloads"],
        ["Reading plan", "Primary network", "9"],
        ["Anti-racism guide", "Equity network, Primary network", "7"],
    ]


def test_editors_find_the_report_under_reports(client, downloads):
    login(client, "editor")

    assert REPORT_URL in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("who", ["anonymous", "signed-in", "member"])
def test_the_report_is_only_for_admin_users(client, downloads, who):
    login(client, who)

    response = client.get(REPORT_URL)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert client.get(REPORT_URL, {"export": "csv"}).status_code == 302
