"""Resources and toolkits as educators read them, and topics as editors tag them."""

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document

import pytest
from bs4 import BeautifulSoup

from resources.factories import (
    ResourcePageFactory,
    ToolkitPageFactory,
    ToolkitSectionPageFactory,
)
from resources.models import ChapterFile, ResourcePage, ResourceTag

pytestmark = pytest.mark.django_db


def html(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def toolkit(library):
    toolkit = ToolkitPageFactory(
        parent=library,
        title="Race Equity Leadership Toolkit",
        changelog=[
            {"type": "change", "value": {"date": "2026-11-23", "text": "Online."}}
        ],
    )
    for title in ["Why it matters", "Leading change", "Next steps"]:
        ToolkitSectionPageFactory(parent=toolkit, title=title)
    return toolkit


def test_toolkit_lists_its_chapters_in_order_with_its_change_log(client, toolkit):
    page = html(client.get(toolkit.url))

    contents = page.find("nav", attrs={"aria-labelledby": "contents-heading"})
    assert [a.get_text() for a in contents.find_all("a")] == [
        "Why it matters",
        "Leading change",
        "Next steps",
    ]
    assert "Online." in page.find("ul", class_="changelog").get_text()


@pytest.mark.parametrize(
    ("chapter", "previous", "following"),
    [
        (0, None, "Next: Leading change"),
        (1, "Previous: Why it matters", "Next: Next steps"),
        (2, "Previous: Leading change", None),
    ],
)
def test_chapters_link_to_their_neighbours(
    client, toolkit, chapter, previous, following
):
    url = toolkit.get_children()[chapter].url

    pager = html(client.get(url)).find("nav", attrs={"aria-label": "Chapters"})

    prev_link = pager.find("a", rel="prev")
    next_link = pager.find("a", rel="next")
    assert (prev_link.get_text() if prev_link else None) == previous
    assert (next_link.get_text() if next_link else None) == following
    assert pager.find("a", string="Contents")["href"] == toolkit.url


def test_a_chapter_offers_its_own_files(client, toolkit):
    chapter = toolkit.get_children().first().specific
    document = Document.objects.create(
        title="Reflection worksheet",
        file=SimpleUploadedFile("worksheet.pdf", b"%PDF-1.4"),
    )
    attached = ChapterFile.objects.create(chapter=chapter, document=document)

    link = html(client.get(chapter.url)).find("a", string="Reflection worksheet")

    # Through the counting link (tests/resources/test_downloads.py) to the file.
    assert link["href"] == attached.download_url
    assert client.get(link["href"], follow=True).status_code == 200


def test_a_toolkit_is_a_resource_in_the_library(client, library, toolkit):
    assert ResourcePage.objects.filter(pk=toolkit.pk).exists()
    titles = [a.get_text() for a in html(client.get(library.url)).select("h3 a")]
    assert "Race Equity Leadership Toolkit" in titles


def test_topics_ignore_case(library):
    first = ResourcePageFactory(parent=library)
    first.tags.add("Equity")
    first.save()
    second = ResourcePageFactory(parent=library)
    second.tags.add("equity")
    second.save()

    tags = {item.tag for item in ResourceTag.objects.all()}

    assert len(tags) == 1


def test_a_topic_added_in_the_editor_is_searchable_once_published(library):
    resource = ResourcePageFactory(parent=library, title="A guide")
    resource.tags.add("restorative practice")
    resource.save_revision().publish()

    results = ResourcePage.objects.live().search("restorative")

    assert list(results) == [resource]
