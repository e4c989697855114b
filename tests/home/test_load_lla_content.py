"""`manage.py load_lla_content`: the alliance's own pages, built idempotently."""

import re
from io import StringIO

from django.core.management import CommandError, call_command
from django.test import TestCase

from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision, Site

import pytest

from home.models import HomePage, StandardPage
from tests.content import shipped

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def load(*args):
    out = StringIO()
    call_command("load_lla_content", *args, stdout=out)
    return out.getvalue()


def tree_state():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        list(Page.objects.values_list("pk", "title", "latest_revision_id")),
    )


class TestLoadedSite(TestCase):
    """The content is loaded once for the class; each test runs in a savepoint."""

    @classmethod
    def setUpTestData(cls):
        cls.output = load("--hostname", "127.0.0.1", "--port", "8000")

    def get(self, path):
        return self.client.get(path, HTTP_HOST="127.0.0.1:8000")

    def test_builds_home_about_aims_governance_and_legal_pages(self):
        self.assertTrue(HomePage.objects.get().live)
        for path, title in [
            ("/", "Leeds Learning Alliance"),
            ("/about/", "About the alliance"),
            ("/about/aims-and-values/", "Aims and values"),
            ("/about/governance/", "How the alliance is governed"),
            ("/accessibility/", "Accessibility statement"),
            ("/privacy/", "Privacy notice"),
        ]:
            with self.subTest(path=path):
                response = self.get(path)
                self.assertContains(response, title)

    def test_every_standard_page_has_content_and_a_description(self):
        for page in StandardPage.objects.all():
            with self.subTest(page=page.title):
                self.assertGreaterEqual(len(page.body), 2)
                self.assertTrue(50 <= len(page.search_description) <= 170)

    def test_home_features_pages_editors_can_refill(self):
        home = HomePage.objects.get()
        featured = [block.value["page"].url_path for block in home.featured]
        slots = shipped.page("/").front["featured"]
        expected = [f"/home{item['page']}" for item in slots]
        self.assertEqual(featured, expected)
        self.assertEqual(home.hero_link.url_path, "/home/about/")

    def test_site_record_matches_the_address_make_run_serves(self):
        site = Site.objects.get(is_default_site=True)
        self.assertEqual((site.hostname, site.port), ("127.0.0.1", 8000))
        self.assertEqual(site.root_page.specific, HomePage.objects.get())
        self.assertEqual(site.site_name, "Leeds Learning Alliance")
        # Wagtail's placeholder "Welcome" page is gone.
        self.assertEqual(Page.objects.filter(depth=2).count(), 1)

    def test_running_again_changes_nothing(self):
        before = tree_state()
        output = load("--hostname", "127.0.0.1", "--port", "8000")
        self.assertEqual(tree_state(), before)
        self.assertIn("0 pages created", output)

    def test_editors_changes_survive_a_reload(self):
        about = StandardPage.objects.get(slug="about")
        about.intro = "Rewritten by an editor."
        about.save_revision().publish()

        load()

        about.refresh_from_db()
        self.assertEqual(about.intro, "Rewritten by an editor.")

    def test_if_empty_leaves_an_existing_site_alone(self):
        StandardPage.objects.get(slug="privacy").delete()

        self.assertIn("nothing to do", load("--if-empty"))
        self.assertFalse(StandardPage.objects.filter(slug="privacy").exists())

        load()  # without --if-empty, a deleted page is restored
        self.assertTrue(StandardPage.objects.filter(slug="privacy").exists())

    def test_no_page_shows_an_email_address(self):
        """Contact goes through the contact form: no address is published."""
        for page in Page.objects.live().filter(depth__gte=2):
            with self.subTest(page=page.url_path):
                html = self.get(page.url).content.decode()
                self.assertEqual(EMAIL.findall(html), [])

    def test_references_between_pages_are_indexed(self):
        """Wagtail's usage view shows that the home page links to About."""
        about = Page.objects.get(url_path="/home/about/")
        home = HomePage.objects.get()
        referrers = ReferenceIndex.get_references_to(about).values_list(
            "object_id", flat=True
        )
        self.assertIn(str(home.pk), referrers)


@pytest.mark.django_db
@pytest.mark.parametrize("port", ["0", "70000"])
def test_bad_port_is_refused_with_a_clear_message(port):
    with pytest.raises(CommandError, match="--port must be between 1 and 65535"):
        load("--port", port)
    assert not HomePage.objects.exists()
