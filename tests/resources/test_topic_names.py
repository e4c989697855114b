"""
Topics keep their proper names: an acronym such as SEND reads "SEND" wherever
a topic is shown, in the shipped content and on a site loaded before it was
fixed (a data migration renames those tags).
"""

import importlib

from django.apps import apps

from taggit.models import Tag

import pytest

from tests.content import shipped


@pytest.fixture
def rename():
    """The data migration."""
    return importlib.import_module("resources.migrations.0003_acronym_topic_names")


ACRONYMS = {
    "send",
    "neet",
    "ceiag",
    "fe",
    "he",
    "eyfs",
    "cpd",
    "ai",
    "itt",
    "pshe",
    "stem",
}


def shipped_topics():
    specs = [*shipped.of_type("resources.ResourcePage")]
    specs += shipped.of_type("resources.ToolkitPage")
    return {topic for spec in specs for topic in spec.front.get("tags", [])}


def test_the_shipped_topics_spell_acronyms_in_capitals():
    acronyms = {topic for topic in shipped_topics() if topic.casefold() in ACRONYMS}

    assert acronyms >= {"SEND", "NEET", "AI"}
    assert all(topic == topic.upper() for topic in acronyms), acronyms


def test_the_migration_covers_the_acronyms(rename):
    assert {name.casefold() for name in rename.ACRONYMS} >= ACRONYMS


@pytest.mark.django_db
def test_the_migration_puts_existing_acronym_topics_in_capitals(rename):
    for name in ["send", "Neet", "cpd", "careers", "ai", "sending", "Leeds"]:
        Tag.objects.create(name=name)

    rename.upper_case_acronyms(apps, None)

    names = set(Tag.objects.values_list("name", flat=True))
    assert names == {"SEND", "NEET", "CPD", "careers", "AI", "sending", "Leeds"}
    # Slugs, and so every filter link, stay as they were.
    assert Tag.objects.get(name="SEND").slug == "send"


@pytest.mark.django_db
def test_the_migration_leaves_a_clash_for_editors_to_merge(rename):
    """Both spellings already there: renaming one would break the unique name."""
    Tag.objects.create(name="send", slug="send")
    Tag.objects.create(name="SEND", slug="send-1")

    rename.upper_case_acronyms(apps, None)

    assert set(Tag.objects.values_list("name", flat=True)) == {"send", "SEND"}
