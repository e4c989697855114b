"""The page tree editors can build: which page types go where."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

import pytest

from home.models import HomePage, StandardPage


class TestPageTree(WagtailPageTestCase):
    def test_home_page_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_home_page_holds_standard_pages(self):
        self.assertAllowedSubpageTypes(HomePage, {StandardPage})


@pytest.mark.django_db
def test_there_can_be_only_one_home_page(home):
    assert not HomePage.can_create_at(Page.get_first_root_node())
