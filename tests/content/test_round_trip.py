"""
`manage.py export_content` writes the site back into content/'s format: the
shipped content, loaded into an empty database and exported, is the same
files byte for byte, and loading an export into the site it came from
changes nothing. An editor's own page goes out in Markdown and comes back.
"""

from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

import pytest
import yaml

from core.content.loader import load_all
from home.models import StandardPage
from images.factories import ImageFactory
from networks.models import NetworkPage, Organisation, Person
from resources.models import ResourcePage

CONTENT = Path(settings.BASE_DIR) / "content"


def quiet(line):
    pass


def files_of(folder):
    """
    {path: bytes} of every file the exporter writes: not the README, nor the
    examples (examples/, added at the first load and never exported).
    """
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and path.relative_to(folder).as_posix() != "README.md"
        and not path.relative_to(folder).as_posix().startswith("examples/")
    }


def state():
    """Everything a load could add to or change, as it stands."""
    return {
        "pages": list(
            Page.objects.order_by("pk").values_list(
                "pk", "title", "live", "latest_revision_id", "path"
            )
        ),
        "revisions": Revision.objects.count(),
        "log entries": PageLogEntry.objects.count(),
        "references": ReferenceIndex.objects.count(),
        "people": list(Person.objects.values_list("pk", "name", "job_title")),
        "organisations": list(Organisation.objects.values_list("pk", "name")),
        "documents": list(get_document_model().objects.values_list("pk", "title")),
    }


@pytest.fixture
def shipped(lla_site):
    return lla_site


def export_to(folder):
    out = StringIO()
    call_command("export_content", str(folder), stdout=out)
    return out.getvalue()


def test_exporting_the_shipped_content_gives_the_same_files(shipped, tmp_path):
    output = export_to(tmp_path)

    assert "Exported 76 pages, 5 snippet files and 13 documents" in output
    exported, shipped_files = files_of(tmp_path), files_of(CONTENT)
    assert sorted(exported) == sorted(shipped_files)
    different = [
        path for path in shipped_files if exported[path] != shipped_files[path]
    ]
    assert different == []


def test_loading_an_export_into_its_own_site_changes_nothing(shipped, tmp_path):
    export_to(tmp_path)
    before = state()

    loader = load_all(hostname="localhost", port=80, stdout=quiet, folder=tmp_path)

    assert loader.created == []
    assert len(loader.kept) == 76
    assert state() == before


def test_an_editors_page_goes_out_as_markdown_and_comes_back(shipped, tmp_path):
    about = StandardPage.objects.get(slug="about")
    library = Page.objects.get(slug="resources")
    handout = get_document_model().objects.get(title="Pathfinders at a glance")
    body = [
        {"type": "heading", "value": {"text": "Joining in", "size": "h2"}},
        {
            "type": "paragraph",
            "value": (
                '<p data-block-key="a1">Read <strong>first</strong> the '
                f'<a linktype="page" id="{library.pk}">library</a>, then '
                f'<a linktype="document" id="{handout.pk}">the handout</a>.</p>'
                '<ul><li data-block-key="a2">one</li><li>two</li></ul>'
            ),
        },
        {"type": "paragraph", "value": "<p>A second block.</p>"},
        {
            "type": "quote",
            "value": {"text": "Together we do more.", "attribution": "A head"},
        },
        {"type": "paragraph", "value": "<p>Odd <i> spaced</i> text.</p>"},
    ]
    page = StandardPage(title="Joining in", slug="joining-in", intro="How.", body=body)
    about.add_child(instance=page)
    page.save_revision().publish()

    export_to(tmp_path)
    text = (tmp_path / "pages/about/joining-in.md").read_text()
    assert text == (
        "---\n"
        "type: home.StandardPage\n"
        "title: Joining in\n"
        "intro: How.\n"
        "---\n"
        "\n"
        "## Joining in\n"
        "\n"
        "Read **first** the [library](/resources/), then "
        "[the handout](files/pathfinders-at-a-glance.pdf).\n"
        "\n"
        "- one\n"
        "- two\n"
        "\n"
        "<!-- new block -->\n"
        "\n"
        "A second block.\n"
        "\n"
        "```quote\n"
        "text: Together we do more.\n"
        "attribution: A head\n"
        "```\n"
        "\n"
        "```html\n"
        "<p>Odd <i> spaced</i> text.</p>\n"
        "```\n"
    )
    assert "joining-in" in (tmp_path / "pages/about/index.md").read_text()

    page.delete()
    load_all(hostname="localhost", port=80, stdout=quiet, folder=tmp_path)

    again = StandardPage.objects.get(slug="joining-in")
    assert [block.block_type for block in again.body] == [
        "heading",
        "paragraph",
        "paragraph",
        "quote",
        "paragraph",
    ]
    assert again.body[1].value.source == (
        f'<p>Read <b>first</b> the <a linktype="page" id="{library.pk}">library</a>'
        f', then <a linktype="document" id="{handout.pk}">the handout</a>.</p>'
        "<ul><li>one</li><li>two</li></ul>"
    )
    assert again.body[4].value.source == "<p>Odd <i> spaced</i> text.</p>"
    assert again.get_parent().slug == "about"


def test_an_editors_changes_to_relations_are_exported(shipped, tmp_path):
    careers = NetworkPage.objects.get(slug="careers")
    careers.summary = "Rewritten by an editor: careers for everyone."
    careers.save_revision().publish()
    resource = ResourcePage.objects.get(slug="routes-into-teaching")
    resource.networks = [careers]
    resource.tags.add("new topic")
    resource.save_revision().publish()

    export_to(tmp_path)

    network = (tmp_path / "pages/networks/careers.md").read_text()
    assert "summary: >-\n  Rewritten by an editor: careers for everyone.\n" in network
    text = (tmp_path / "pages/resources/routes-into-teaching.md").read_text()
    assert "networks:\n  - /networks/careers/\n" in text
    assert "  - new topic\n" in text


def test_an_editors_image_goes_out_as_a_file_and_comes_back(shipped, tmp_path):
    image = ImageFactory(title="Breakfast", credit="Photo: the alliance")
    about = StandardPage.objects.get(slug="about")
    page = StandardPage(
        title="Pictures",
        slug="pictures",
        body=[
            {
                "type": "image",
                "value": {"image": image.pk, "caption": "Partners at breakfast"},
            }
        ],
    )
    about.add_child(instance=page)
    page.save_revision().publish()

    export_to(tmp_path)

    images = yaml.safe_load((tmp_path / "images.yaml").read_text())["images"]
    [(name, fields)] = images.items()
    assert fields == {
        "title": "Breakfast",
        "description": image.description,
        "credit": "Photo: the alliance",
    }
    with image.file.open("rb") as handle:
        assert (tmp_path / "files" / name).read_bytes() == handle.read()
    assert (
        f"```image\nimage: {name}\ncaption: Partners at breakfast\n```"
        in (tmp_path / "pages/about/pictures.md").read_text()
    )

    page.delete()
    image.delete()
    load_all(hostname="localhost", port=80, stdout=quiet, folder=tmp_path)

    again = StandardPage.objects.get(slug="pictures").body[0].value
    assert again["image"].title == "Breakfast"
    assert again["image"].credit == "Photo: the alliance"
    assert (again["image"].width, again["image"].height) == (640, 480)
    assert again["caption"] == "Partners at breakfast"
