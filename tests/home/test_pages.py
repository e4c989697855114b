"""What visitors get from the home page and standard pages."""

import re

from django.core.exceptions import ValidationError
from django.test import override_settings

from wagtail.blocks import StructBlockValidationError
from wagtail.documents.models import Document

import pytest
from bs4 import BeautifulSoup

from core.blocks import CallToActionBlock, ImageBlock
from home.factories import StandardPageFactory
from images.factories import ImageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def test_home_page_shows_hero_introduction_and_featured_pages(client, home):
    about = StandardPageFactory(parent=home, title="About the alliance", slug="about")
    home.hero_link = about
    home.hero_link_text = "Find out about us"
    home.intro_heading = "A network of networks"
    home.featured = [
        {"type": "page", "value": {"page": about.pk, "heading": "", "text": "Who."}}
    ]
    home.save_revision().publish()

    page = soup(client.get("/"))

    assert page.h1.get_text() == home.hero_heading
    assert page.find("a", string="Find out about us")["href"] == "/about/"
    assert page.find("h2", string="A network of networks")
    card = page.find("ul", class_="card-grid").find("a")
    assert card.get_text() == "About the alliance"  # falls back to the page title
    assert card["href"] == "/about/"


def test_standard_page_renders_every_body_block(client, home, tmp_path):
    image = ImageFactory(description="Leaders around a table")
    document = Document.objects.create(
        title="Memorandum of understanding",
        file=_uploaded("mou.pdf", b"%PDF-1.4 test"),
    )
    target = StandardPageFactory(parent=home, title="Governance", slug="governance")
    page = StandardPageFactory(
        parent=home,
        title="About",
        slug="about",
        intro="Who we are.",
        body=[
            {"type": "heading", "value": {"text": "Our story", "size": "h2"}},
            {"type": "paragraph", "value": "<p>Formed in <b>2019</b>.</p>"},
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt_text": "",
                    "decorative": False,
                    "caption": "A breakfast",
                },
            },
            {"type": "quote", "value": {"text": "Together.", "attribution": "LLA"}},
            {
                "type": "call_to_action",
                "value": {
                    "heading": "How we are run",
                    "text": "",
                    "page": target.pk,
                    "link_url": "",
                    "link_text": "Read about governance",
                },
            },
            {
                "type": "document_links",
                "value": {
                    "heading": "Key documents",
                    "documents": [{"document": document.pk, "title": ""}],
                },
            },
        ],
    )

    html = soup(client.get(page.url))

    assert html.h1.get_text() == "About"
    assert html.find("h2", string="Our story")
    assert html.find("b", string="2019")
    img = html.find("figure", class_="figure").img
    assert img["alt"] == "Leaders around a table"  # the image's own description
    assert html.find("blockquote").get_text(strip=True) == "Together."
    cta = html.find("aside", class_="cta").a
    assert (cta.get_text(), cta["href"]) == ("Read about governance", "/governance/")
    doc = html.find("section", class_="documents").a
    assert doc.get_text() == "Memorandum of understanding"
    assert doc["href"].startswith("/documents/")


def test_decorative_image_has_empty_alt(client, home):
    image = ImageFactory(description="")
    page = StandardPageFactory(
        parent=home,
        body=[
            {
                "type": "image",
                "value": {"image": image.pk, "decorative": True, "alt_text": ""},
            }
        ],
    )
    img = soup(client.get(page.url)).find("figure").img
    assert img["alt"] == ""


def test_image_without_any_description_must_be_marked_decorative(db):
    image = ImageFactory(description="")
    block = ImageBlock()
    value = block.to_python({"image": image.pk, "alt_text": "", "decorative": False})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "Describe the image" in str(error.value.block_errors["alt_text"])


@pytest.mark.parametrize(
    ("page", "url"),
    [(None, ""), ("page", "https://example.org/")],
    ids=["neither", "both"],
)
def test_call_to_action_needs_exactly_one_target(home, page, url):
    block = CallToActionBlock()
    value = block.to_python(
        {
            "heading": "Go",
            "link_text": "Go",
            "page": home.pk if page else None,
            "link_url": url,
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_every_page_has_title_description_and_open_graph_tags(client, lla_site):
    for path in ["/", "/about/", "/about/governance/", "/accessibility/"]:
        html = soup(client.get(path))
        title = html.title.get_text()
        assert title.strip() and "Leeds Learning Alliance" in title, path
        description = html.find("meta", attrs={"name": "description"})["content"]
        assert len(description) > 50, path
        og = {
            tag["property"]: tag["content"]
            for tag in html.find_all("meta", property=re.compile("^og:"))
        }
        assert og["og:title"] and og["og:description"] == description, path
        assert og["og:url"] == f"http://localhost{path}", path
        assert og["og:image"].startswith("http://testserver/static/"), path


def test_main_navigation_comes_from_the_page_tree(client, home):
    StandardPageFactory(parent=home, title="About", slug="about", show_in_menus=True)
    StandardPageFactory(parent=home, title="Privacy", slug="privacy")
    draft = StandardPageFactory(
        parent=home, title="Draft", slug="draft", show_in_menus=True
    )
    draft.unpublish()

    html = soup(client.get("/about/"))

    nav = html.find("nav", attrs={"aria-label": "Main"})
    assert [a.get_text() for a in nav.find_all("a")] == ["About"]
    assert nav.find("a")["aria-current"] == "page"
    footer = html.find("nav", attrs={"aria-label": "Footer"})
    assert "Privacy" in footer.get_text()


def test_breadcrumbs_lead_home_on_inner_pages_only(client, home):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    StandardPageFactory(parent=about, title="Governance", slug="governance")

    crumbs = soup(client.get("/about/governance/")).find(
        "nav", attrs={"aria-label": "Breadcrumb"}
    )
    assert [a.get_text() for a in crumbs.find_all("a")] == [
        "Home",
        "About",
        "Governance",
    ]
    assert crumbs.find_all("a")[-1]["aria-current"] == "page"
    assert not soup(client.get("/")).find("nav", attrs={"aria-label": "Breadcrumb"})


def test_skip_link_is_first_and_targets_main(client, home):
    html = soup(client.get("/"))
    first_link = html.body.find("a")
    assert first_link.get_text() == "Skip to main content"
    assert html.find(id=first_link["href"].lstrip("#")).name == "main"


def test_unknown_address_gets_a_helpful_404(client, home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.get_text() == "Page not found"
    assert html.find("a", string="home page")


@override_settings(DEBUG=False)
def test_server_error_page_needs_no_database(client, home, monkeypatch):
    from home import views

    response = views.server_error(request=None)
    assert response.status_code == 500
    assert b"Sorry, something went wrong" in response.content


def test_robots_txt_points_at_the_sitemap_and_hides_the_admin(client, home):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain"
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_live_public_pages_only(client, home):
    StandardPageFactory(parent=home, slug="about")
    StandardPageFactory(parent=home, slug="draft").unpublish()

    body = client.get("/sitemap.xml").content.decode()

    assert "<loc>http://localhost/about/</loc>" in body
    assert "/draft/" not in body


@pytest.mark.parametrize("children", [1, 20])
def test_standard_page_query_count_is_bounded(
    client, home, children, django_assert_max_num_queries
):
    parent = StandardPageFactory(parent=home, slug="about", show_in_menus=True)
    for n in range(children):
        StandardPageFactory(parent=parent, slug=f"child-{n}")
    for n in range(children):
        StandardPageFactory(parent=home, slug=f"menu-{n}", show_in_menus=True)
    client.get(parent.url)  # warm the site and menu caches
    with django_assert_max_num_queries(10):
        assert client.get(parent.url).status_code == 200


def _uploaded(name, content):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content)
