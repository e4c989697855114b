"""
The words spelling suggestions pick from (SpellingWord): the words of a
page's title whenever it is saved, and of a topic's name.
"""

from django.db.models.signals import post_save

from taggit.models import Tag
from wagtail.models import get_page_models

from .models import SpellingWord


def remember_title_words(sender, instance, update_fields=None, **kwargs):
    # Saving a revision, a lock or a move writes named fields, not the title.
    if update_fields is None or "title" in update_fields:
        SpellingWord.remember([instance.title])


def remember_topic_words(sender, instance, **kwargs):
    SpellingWord.remember([instance.name])


def connect():
    # post_save is sent with the page's own class, so each is connected.
    for model in get_page_models():
        post_save.connect(remember_title_words, sender=model)
    post_save.connect(remember_topic_words, sender=Tag)
