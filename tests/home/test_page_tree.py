"""The page tree editors can build: which page types go where."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

import pytest

from enquiries.models import ContactPage
from home.models import HomePage, StandardPage
from networks.models import (
    NetworkIndexPage,
    NetworkPage,
    OrganisationIndexPage,
    WhatsOnPage,
)
from resources.models import (
    ResourceIndexPage,
    ResourcePage,
    ToolkitPage,
    ToolkitSectionPage,
)


class TestPageTree(WagtailPageTestCase):
    def test_home_page_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_holds_the_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                NetworkIndexPage,
                OrganisationIndexPage,
                WhatsOnPage,
                ResourceIndexPage,
                ContactPage,
            },
        )

    def test_the_contact_page_sits_under_home_alone(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedSubpageTypes(ContactPage, set())

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(
            StandardPage, {StandardPage, OrganisationIndexPage}
        )

    def test_networks_live_only_under_our_networks(self):
        self.assertAllowedParentPageTypes(NetworkIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NetworkIndexPage, {NetworkPage})
        self.assertAllowedParentPageTypes(NetworkPage, {NetworkIndexPage})
        self.assertAllowedSubpageTypes(NetworkPage, set())

    def test_resources_and_toolkits_live_in_the_library(self):
        self.assertAllowedParentPageTypes(ResourceIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ResourceIndexPage, {ResourcePage, ToolkitPage})
        self.assertAllowedSubpageTypes(ResourcePage, set())
        self.assertAllowedSubpageTypes(ToolkitPage, {ToolkitSectionPage})
        self.assertAllowedParentPageTypes(ToolkitSectionPage, {ToolkitPage})

    def test_directory_sits_under_home_or_a_standard_page(self):
        self.assertAllowedParentPageTypes(
            OrganisationIndexPage, {HomePage, StandardPage}
        )
        self.assertAllowedSubpageTypes(OrganisationIndexPage, set())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model",
    [HomePage, NetworkIndexPage, OrganisationIndexPage, ResourceIndexPage, ContactPage],
)
def test_single_instance_pages_cannot_be_added_twice(home, model):
    from networks.factories import NetworkIndexPageFactory, OrganisationIndexPageFactory
    from resources.factories import ResourceIndexPageFactory

    NetworkIndexPageFactory(parent=home)
    OrganisationIndexPageFactory(parent=home)
    ResourceIndexPageFactory(parent=home)
    home.add_child(instance=ContactPage(title="Contact", slug="contact"))
    parent = Page.get_first_root_node() if model is HomePage else home
    assert not model.can_create_at(parent)
