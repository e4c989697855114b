"""`manage.py load_lla_content`: the alliance's own pages, built idempotently."""

from io import StringIO

from django.core.management import CommandError, call_command

from wagtail.models import Page, PageLogEntry, Revision, Site

import pytest

from home import lla_content
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def load(*args):
    out = StringIO()
    call_command("load_lla_content", *args, stdout=out)
    return out.getvalue()


def test_builds_home_about_aims_governance_and_legal_pages(client):
    load()

    home = HomePage.objects.get()
    assert home.live
    for path, title in [
        ("/", "Leeds Learning Alliance"),
        ("/about/", "About the alliance"),
        ("/about/aims-and-values/", "Aims and values"),
        ("/about/governance/", "How the alliance is governed"),
        ("/accessibility/", "Accessibility statement"),
        ("/privacy/", "Privacy notice"),
    ]:
        response = client.get(path, HTTP_HOST="127.0.0.1:8000")
        assert response.status_code == 200, path
        assert title in response.content.decode(), path


def test_every_loaded_page_has_content_and_a_description():
    load()
    for page in StandardPage.objects.all():
        assert len(page.body) >= 2, page.title
        assert 50 <= len(page.search_description) <= 170, page.title


def test_home_features_the_pages_editors_can_refill():
    load()
    home = HomePage.objects.get()
    featured = [block.value["page"].specific for block in home.featured]
    assert [page.url_path for page in featured] == [
        f"/home{item['path']}"
        for item in lla_content.HOME["featured"]
        if item["path"] != "/networks/"  # made by the networks loader
    ]
    assert home.hero_link.url_path == "/home/about/"


def test_site_record_matches_the_address_make_run_serves():
    load("--hostname", "127.0.0.1", "--port", "8000")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)
    assert site.root_page.specific == HomePage.objects.get()
    assert site.site_name == "Leeds Learning Alliance"
    # Wagtail's placeholder "Welcome" page is gone.
    assert Page.objects.filter(depth=2).count() == 1


def test_running_again_changes_nothing():
    load()
    before = (
        Page.objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        list(Page.objects.values_list("pk", "title", "latest_revision_id")),
    )

    output = load()

    after = (
        Page.objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        list(Page.objects.values_list("pk", "title", "latest_revision_id")),
    )
    assert after == before
    assert "0 pages created" in output


def test_editors_changes_survive_a_reload():
    load()
    about = StandardPage.objects.get(slug="about")
    about.intro = "Rewritten by an editor."
    about.save_revision().publish()

    load()

    assert StandardPage.objects.get(slug="about").intro == "Rewritten by an editor."


def test_if_empty_leaves_an_existing_site_alone():
    load()
    StandardPage.objects.get(slug="privacy").delete()

    output = load("--if-empty")

    assert "nothing to do" in output
    assert not StandardPage.objects.filter(slug="privacy").exists()
    load()  # without --if-empty, a missing page is restored
    assert StandardPage.objects.filter(slug="privacy").exists()


@pytest.mark.parametrize("port", ["0", "70000"])
def test_bad_port_is_refused_with_a_clear_message(port):
    with pytest.raises(CommandError, match="--port must be between 1 and 65535"):
        load("--port", port)
    assert not HomePage.objects.exists()


def test_no_real_email_address_is_shipped():
    load()
    import re

    text = " ".join(
        str(value)
        for page in Page.objects.specific()
        for value in page.__dict__.values()
        if isinstance(value, str)
    ) + " ".join(str(page.body) for page in StandardPage.objects.all())
    addresses = set(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text))
    assert addresses, "expected the legal pages to give example.org contacts"
    assert all(address.endswith("@example.org") for address in addresses), addresses
