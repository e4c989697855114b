from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock, FeaturedPageBlock
from core.page_forms import PageFormMixin
from core.privacy import public

from . import navigation


class HomePage(PageFormMixin, Page):
    """
    The alliance's front door. From the first screen a visitor can find a
    network, search the library and ask to join a network; below come the
    networks by area, the latest resources, the next meetings, who the
    alliance is, and the pages editors choose to feature.

    The home page shows what apps above `home` hold (networks, meetings,
    resources) through their template tags (networks' network_tags,
    resources' library_tags), so `home` imports none of them.
    """

    hero_heading = models.CharField(max_length=120)
    hero_text = models.TextField(max_length=400, blank=True)
    hero_image = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown beside the heading on wide screens; optional.",
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where the hero's button goes.",
    )
    hero_link_text = models.CharField(max_length=60, blank=True)
    networks_intro = models.TextField(
        max_length=400,
        blank=True,
        help_text="Under “Find a network”: what the networks are and who they are for.",
    )
    join_intro = models.TextField(
        max_length=400,
        blank=True,
        help_text="Under “Join a network”: who may join and what happens next.",
    )
    intro_heading = models.CharField(max_length=120, blank=True)
    intro = RichTextField(blank=True)
    featured = StreamField(
        [("page", FeaturedPageBlock())],
        blank=True,
        max_num=6,
        help_text="Up to six pages to feature under the introduction.",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_text"),
            ],
            heading="Hero",
        ),
        MultiFieldPanel(
            [FieldPanel("networks_intro"), FieldPanel("join_intro")],
            heading="Finding and joining a network",
        ),
        FieldPanel("intro_heading"),
        FieldPanel("intro"),
        FieldPanel("featured"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("intro"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "networks.NetworkIndexPage",
        "networks.OrganisationIndexPage",
        "networks.WhatsOnPage",
        "resources.ResourceIndexPage",
        "enquiries.ContactPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "home page"

    @property
    def summary(self):
        return self.hero_text

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The library and the contact page as chosen in the site settings:
        # the pages every library link and "Join this network" lead to.
        context.update(
            library_url=navigation.site_page_url(request, "library_page"),
            contact_url=navigation.site_page_url(request, "contact_page"),
        )
        return context


class StandardPage(PageFormMixin, Page):
    """
    A page of text: about the alliance, its aims, its governance, and the
    accessibility statement and privacy notice.
    """

    intro = models.TextField(
        max_length=500,
        blank=True,
        help_text="A sentence or two under the title; also the page's summary.",
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "networks.OrganisationIndexPage"]

    class Meta:
        verbose_name = "standard page"

    @property
    def summary(self):
        return self.intro

    def section_pages(self):
        """Its live children outside any private section, for "In this section"."""
        return public(self.get_children().live()).specific()
