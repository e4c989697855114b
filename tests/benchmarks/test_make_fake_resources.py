"""
`manage.py make_fake_resources`: synthetic resources for the library benchmarks.

What a benchmark relies on: the resources are live pages of the library that
search and the facets find like real ones, the same seed gives the same
resources, topping up gives what one run would, and `--delete` takes them all
away again, leaving the real library as it was.
"""

import datetime
import io

from django.core.management import CommandError, call_command

from wagtail.models import Page

import pytest

from benchmarks.management.commands.make_fake_resources import TOPICS
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from resources.factories import (
    AudienceFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
)
from resources.models import ResourcePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def taxonomies(home):
    """Two networks, two resource types and three audiences."""
    index = NetworkIndexPageFactory(parent=home)
    return {
        "networks": [
            NetworkPageFactory(parent=index, title="Careers network", slug="careers"),
            NetworkPageFactory(parent=index, title="Equity network", slug="equity"),
        ],
        "types": [
            ResourceTypeFactory(name="Guide", slug="guide"),
            ResourceTypeFactory(name="Report", slug="report"),
        ],
        "audiences": [
            AudienceFactory(name="Primary", slug="primary"),
            AudienceFactory(name="Secondary", slug="secondary"),
            AudienceFactory(name="Leaders", slug="leaders"),
        ],
    }


def make(*args):
    """Runs the command; returns what it wrote to stdout and to stderr."""
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("make_fake_resources", *args, stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue()


def fakes():
    return (
        ResourcePage.objects.filter(slug__startswith="fake-")
        .order_by("path")
        .prefetch_related("tags", "audiences", "networks")
        .select_related("resource_type")
    )


def snapshot():
    """Everything a benchmark's results depend on, resource by resource."""
    return [
        (
            page.title,
            page.slug,
            page.summary,
            list(page.body.raw_data),
            page.resource_type.slug,
            sorted(a.slug for a in page.audiences.all()),
            sorted(n.slug for n in page.networks.all()),
            sorted(t.name for t in page.tags.all()),
            page.published_date,
            page.members_only,
            page.listed,
        )
        for page in fakes()
    ]


def searchable_text(page):
    return " ".join(
        [
            page.title,
            page.summary,
            *(block["value"] for block in page.body.raw_data),
            *(t.name for t in page.tags.all()),
        ]
    ).lower()


def test_makes_live_valid_resources_in_the_library_with_their_taxonomies(
    library, taxonomies, client
):
    stdout, stderr = make("40")

    pages = list(fakes())
    assert len(pages) == 40
    assert "Created 40 resources in" in stdout
    assert "40/40 (100%)" in stderr
    today = datetime.date.today()
    for number, page in enumerate(pages, start=1):
        assert page.live and page.get_parent().pk == library.pk
        assert page.title.endswith(f" {number}")
        assert page.resource_type in taxonomies["types"]
        assert 1 <= page.audiences.count() <= 3
        assert 1 <= page.networks.count() <= 2
        assert 2 <= page.tags.count() <= 4
        assert {t.name for t in page.tags.all()} <= set(TOPICS)
        assert today - datetime.timedelta(days=6 * 366) <= page.published_date
        assert page.published_date <= today
    # Saved without Wagtail's validation, for speed: they must pass it anyway.
    for page in pages:
        page.full_clean()
    assert Page.find_problems() == ([], [], [], [], [])
    library.refresh_from_db()
    assert library.numchild == library.get_children().count() == 40
    public = next(p for p in pages if not p.members_only)
    assert client.get(public.url).status_code == 200


@pytest.mark.parametrize("word", ["careers", "robotics", "equity"])
def test_search_finds_exactly_the_resources_that_mention_a_word(
    library, taxonomies, word
):
    make("80")

    expected = {p.pk for p in fakes() if word in searchable_text(p)}
    found = {p.pk for p in ResourcePage.objects.live().search(word)}

    assert expected, f"no fake resource mentions {word!r}; try another seed"
    assert found == expected


def test_facets_find_them_and_combine_with_search(library, taxonomies):
    make("80")
    network = taxonomies["networks"][0]
    guide = taxonomies["types"][0]
    primary = taxonomies["audiences"][0]

    by_facets = ResourcePage.objects.filter(
        networks=network, resource_type=guide, audiences=primary
    )
    by_topic = ResourcePage.objects.filter(tags__slug="careers")
    searched = ResourcePage.objects.live().filter(resource_type=guide).search("careers")

    assert {p.pk for p in by_facets} == {
        p.pk
        for p in fakes()
        if network in p.networks.all()
        and p.resource_type == guide
        and primary in p.audiences.all()
    }
    assert by_facets.exists()
    assert {p.pk for p in by_topic} == {
        p.pk for p in fakes() if "careers" in {t.slug for t in p.tags.all()}
    }
    assert by_topic.exists()
    assert {p.pk for p in searched} == {
        p.pk
        for p in fakes()
        if p.resource_type == guide and "careers" in searchable_text(p)
    }


def test_the_same_seed_makes_the_same_resources(library, taxonomies):
    make("30", "--seed", "7")
    first = snapshot()
    make("--delete")
    make("30", "--seed", "7")
    again = snapshot()
    make("--delete")
    make("30", "--seed", "8")
    other = snapshot()

    assert again == first
    assert [r[0] for r in other] != [r[0] for r in first]


def test_topping_up_makes_what_one_run_would(library, taxonomies):
    make("25")
    make("15")
    in_two_runs = snapshot()
    make("--delete")
    make("40")

    assert snapshot() == in_two_runs


@pytest.mark.parametrize(("share", "members_only"), [("0", 0), ("1", 20)])
def test_members_only_share(library, taxonomies, share, members_only):
    make("20", "--members-only-share", share)

    assert fakes().filter(members_only=True).count() == members_only


@pytest.mark.parametrize("count", ["0", "-3", "2.5", "many", "100001"])
def test_a_bad_count_is_refused_with_the_allowed_range(library, taxonomies, count):
    with pytest.raises(CommandError, match=r"whole number from 1 to 100,000"):
        make(count)
    assert not fakes().exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "Say how many"),
        (("10", "--members-only-share", "1.5"), "fraction from 0 to 1"),
        (("10", "--delete"), "--delete takes no N"),
    ],
)
def test_other_bad_arguments_are_explained(library, taxonomies, args, message):
    with pytest.raises(CommandError, match=message):
        make(*args)


def test_without_the_library_it_says_to_load_the_content_first(home, taxonomies):
    with pytest.raises(CommandError, match=r"no resource library.*load_lla_content"):
        make("10")


def test_without_networks_it_says_to_load_the_content_first(library):
    ResourceTypeFactory()
    AudienceFactory()

    with pytest.raises(CommandError, match=r"no network.*load_lla_content"):
        make("10")


def test_delete_removes_every_fake_resource_and_leaves_real_ones(library, taxonomies):
    real = ResourcePageFactory(
        parent=library, title="Careers fair guide", summary="Careers for all."
    )
    make("30")

    stdout, stderr = make("--delete")

    assert "Deleted 30 resources in" in stdout
    assert "(100%)" in stderr
    assert not fakes().exists()
    assert [p.pk for p in ResourcePage.objects.live().search("careers")] == [real.pk]
    library.refresh_from_db()
    assert library.numchild == 1
    assert make("--delete")[0] == "No fake resources to delete.\n"
