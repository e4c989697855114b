"""
The content loader's guarantees (core/content/loader.py): it never overwrites
what editors made, makes again what was deleted, links pages by address once
every page exists, and loads everything or nothing.
"""

import shutil
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import TestCase

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

import pytest

from core.content import ContentError
from core.content.loader import load_all
from core.models import SiteSettings
from enquiries.models import ContactPage
from home.models import HomePage, StandardPage
from networks.models import NetworkPage, Person
from search.models import Synonym

CONTENT = Path(settings.BASE_DIR) / "content"


def load(*args):
    out = StringIO()
    call_command(
        "load_lla_content", "--hostname", "localhost", "--port", "80", *args, stdout=out
    )
    return out.getvalue()


class TestLoadingTheShippedContent(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = load()

    def test_progress_names_what_was_made(self):
        for line in [
            "Loading the Leeds Learning Alliance content…",
            "  created  /  Leeds Learning Alliance",
            "  site     localhost:80 -> Leeds Learning Alliance",
            "  created  /networks/primary-leaders/  Primary leaders' network",
            "  created  person: Emma Wraighte",
            "  created  organisation: Leeds Trinity University",
            "  created  10 synonyms",
            "  created  document: Pathfinders at a glance",
            "  redirect /resources/lla-anti-racism-action-plan -> "
            "/resources/race-equity-leadership-toolkit/the-lla-anti-racism-action-plan/",
            "  set      alliance inbox: networks@example.org",
            "  chose    contact page: Contact our networks",
            "Done: 76 pages created, 0 already there and left as they were.",
        ]:
            with self.subTest(line=line):
                self.assertIn(line + "\n", self.output)

    def test_pages_named_by_address_are_linked_once_they_all_exist(self):
        home = HomePage.objects.get()
        self.assertEqual(home.hero_link.url_path, "/home/about/")
        self.assertEqual(
            [block.value["page"].url_path for block in home.featured],
            [
                "/home/about/",
                "/home/about/aims-and-values/",
                "/home/about/governance/",
                "/home/networks/",
            ],
        )
        contact = ContactPage.objects.get()
        self.assertEqual(contact.privacy_page.url_path, "/home/privacy/")
        governance = StandardPage.objects.get(slug="governance")
        [action] = [b for b in governance.body if b.block_type == "call_to_action"]
        self.assertEqual(action.value["page"].specific, contact)
        self.assertFalse(home.has_unpublished_changes)

    def test_an_editors_changes_survive_a_reload(self):
        network = NetworkPage.objects.get(slug="careers")
        network.summary = "Rewritten by an editor."
        network.leads.all().delete()
        network.save_revision().publish()
        person = Person.objects.get(name="Emma Wraighte")
        person.job_title = "Headteacher"
        person.save()
        site = SiteSettings.objects.get()
        site.alliance_inbox = "inbox@leeds.example"
        site.save()

        output = load()

        network.refresh_from_db()
        self.assertEqual(network.summary, "Rewritten by an editor.")
        self.assertEqual(network.leads.count(), 0)
        person.refresh_from_db()
        self.assertEqual(person.job_title, "Headteacher")
        self.assertEqual(
            SiteSettings.objects.get().alliance_inbox, "inbox@leeds.example"
        )
        self.assertIn("Done: 0 pages created, 76 already there", output)

    def test_a_deleted_page_comes_back_with_its_relations_and_group(self):
        NetworkPage.objects.get(slug="equity").delete()
        self.assertFalse(
            Group.objects.filter(name="Network editors: Equity network").exists()
        )

        output = load()

        network = NetworkPage.objects.get(slug="equity")
        self.assertIn("  created  /networks/equity/  Equity network", output)
        self.assertTrue(network.live)
        self.assertEqual(
            [lead.person.name for lead in network.leads.order_by("sort_order")],
            ["Tamsin Bowers-Brown", "Charles Egbu", "Paul Brennan"],
        )
        self.assertIn(
            "Leeds Trinity University",
            network.organisations.values_list("name", flat=True),
        )
        self.assertIn(network.title, network.editors_group.name)
        # The resources that named it are pages that exist: left as they are.
        self.assertEqual(network.resources.count(), 0)

    def test_if_empty_does_nothing_once_the_site_is_loaded(self):
        StandardPage.objects.get(slug="privacy").delete()

        self.assertEqual(load("--if-empty"), "Content already loaded; nothing to do.\n")
        self.assertFalse(StandardPage.objects.filter(slug="privacy").exists())

    def test_synonyms_are_loaded_only_while_there_are_none(self):
        Synonym.objects.filter(terms__startswith="FE").delete()
        self.assertIn("  kept     synonyms (editors already have some)", load())
        self.assertEqual(Synonym.objects.count(), 9)

        Synonym.objects.all().delete()
        self.assertIn("  created  10 synonyms", load())

    def test_a_redirect_is_made_once_and_never_over_an_editors(self):
        old = "/resources/lla-anti-racism-action-plan"
        redirect = Redirect.objects.get(old_path=old)
        redirect.redirect_page = Page.objects.get(slug="resources")
        redirect.save()

        load()

        self.assertEqual(Redirect.objects.filter(old_path=old).count(), 1)
        self.assertEqual(
            Redirect.objects.get(old_path=old).redirect_page.slug, "resources"
        )


def broken_copy(tmp_path, path, old, new):
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    file = folder / path
    text = file.read_text()
    assert old in text
    file.write_text(text.replace(old, new))
    return folder


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "old", "new", "message"),
    [
        (
            "pages/networks/careers.md",
            "person: james-dunford",
            "person: nobody",
            r"careers.md: leads: person: no person 'nobody' in content/snippets/",
        ),
        (
            "pages/about/governance.md",
            "type: home.StandardPage",
            "type: home.NoSuchPage",
            r"content/pages/about/governance.md: no such type 'home.NoSuchPage'",
        ),
        (
            "pages/networks/index.md",
            "  - careers\n",
            "  - careers\n  - gone\n",
            r"'children' names gone, which is not in content/pages/networks/",
        ),
        (
            "pages/privacy.md",
            "## ",
            "# ",
            r"content/pages/privacy.md, line \d+: use ## or ### for a heading",
        ),
        (
            "pages/resources/restore-provision.md",
            "document: restore-at-a-glance.pdf",
            "document: missing.pdf",
            r"files: document: no document 'missing.pdf' in content/files/",
        ),
    ],
)
def test_a_mistake_in_a_file_loads_nothing_and_says_where(
    tmp_path, path, old, new, message
):
    folder = broken_copy(tmp_path, path, old, new)
    pages = Page.objects.count()

    with pytest.raises(ContentError, match=message):
        load_all(hostname="localhost", port=80, stdout=lambda line: None, folder=folder)

    assert Page.objects.count() == pages
    assert not HomePage.objects.exists()
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_the_command_reports_a_mistake_without_a_traceback(tmp_path, settings):
    folder = broken_copy(
        tmp_path, "pages/index.md", "type: home.HomePage", "type: nothing"
    )
    settings.BASE_DIR = tmp_path

    with pytest.raises(
        CommandError, match=r"Nothing was loaded: .*no such type 'nothing'"
    ):
        load()
    assert folder.exists()
