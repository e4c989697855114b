import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from .models import (
    Audience,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    ToolkitPage,
    ToolkitSectionPage,
)


class ResourceTypeFactory(DjangoModelFactory):
    """ResourceTypeFactory(name="Toolkit", slug="toolkit")"""

    name = factory.Sequence(lambda n: f"Type {n}")
    slug = factory.Sequence(lambda n: f"type-{n}")

    class Meta:
        model = ResourceType
        django_get_or_create = ["slug"]


class AudienceFactory(DjangoModelFactory):
    """AudienceFactory(name="Primary", slug="primary")"""

    name = factory.Sequence(lambda n: f"Audience {n}")
    slug = factory.Sequence(lambda n: f"audience-{n}")

    class Meta:
        model = Audience
        django_get_or_create = ["slug"]


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    """The library, under the home page: ResourceIndexPageFactory(parent=home)."""

    title = "Resource library"
    slug = "resources"

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    """
    A resource in the library; members-only with `members_only=True`.

        ResourcePageFactory(parent=library, members_only=True, listed=False)
    """

    title = factory.Sequence(lambda n: f"Resource {n}")
    summary = "A guide shared by one of the networks."
    resource_type = factory.SubFactory(ResourceTypeFactory)

    class Meta:
        model = ResourcePage


def publish_resource(library, title, network=None, topics=(), **fields):
    """
    A resource filed under `network` with `topics`, published through a
    revision as an editor would (so the publish signals run):

        publish_resource(library, "Careers fair checklist", careers, ["post-16"])
    """
    page = ResourcePageFactory(parent=library, title=title, **fields)
    if network:
        page.networks.add(network)
    page.tags.add(*topics)
    page.save_revision().publish()
    return page


class ToolkitPageFactory(ResourcePageFactory):
    """A toolkit; add chapters with ToolkitSectionPageFactory(parent=toolkit)."""

    title = factory.Sequence(lambda n: f"Toolkit {n}")

    class Meta:
        model = ToolkitPage


class ToolkitSectionPageFactory(wagtail_factories.PageFactory):
    """One chapter of a toolkit."""

    title = factory.Sequence(lambda n: f"Chapter {n}")
    summary = "What this chapter covers."

    class Meta:
        model = ToolkitSectionPage
