"""Keeps the search index in step with a resource's topics."""

from django.dispatch import receiver

from wagtail.signals import page_published

from core import search_index

from .models import ResourcePage


@receiver(page_published, dispatch_uid="lla-reindex-resource-tags")
def reindex_published_resource(sender, instance, **kwargs):
    """
    Wagtail writes a page's search entry before its tags are saved, so a
    topic added in the editor would be searchable only after the next publish.
    Indexing again once it is published makes it searchable at once.
    """
    if isinstance(instance, ResourcePage):
        search_index.update(instance)
