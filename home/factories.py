from wagtail.models import Page, Site

import factory
import wagtail_factories

from .models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    """
    The home page. Give it a parent (usually the tree's root) to place it:

        home = HomePageFactory(parent=Page.get_first_root_node())
    """

    title = "Leeds Learning Alliance"
    slug = "home"
    hero_heading = "Working together for every learner in Leeds"
    hero_text = "Schools, colleges and universities working as one."
    intro = "<p>A network of networks.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    """
    A standard page; the body takes StreamField data:

        StandardPageFactory(
            parent=home,
            body=[{"type": "paragraph", "value": "<p>Hello</p>"}],
        )
    """

    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "Who we are and what we do."

    class Meta:
        model = StandardPage


def make_site_with_home(hostname="localhost", port=80, **home_fields):
    """Replaces Wagtail's placeholder page with a HomePage as the site's root."""
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, **home_fields)
    Site.objects.all().delete()
    Site.objects.create(
        hostname=hostname, port=port, root_page=home, is_default_site=True
    )
    return home
