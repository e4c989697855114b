"""
The library's facets: values of one facet are alternatives (OR), facets narrow
each other (AND), and each value's count is what the results would number if
that value were its facet's only choice, the other facets' choices kept.

A property test checks this for any choice of filters over a library of
seeded random resources, against a model of the library kept in Python; the
examples after it show each rule on a library small enough to read.
"""

import random
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser, Group

from modelsearch import index

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.factories import MemberFactory, UserFactory
from home.factories import make_site_with_home
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from resources.factories import (
    AudienceFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
    ToolkitPageFactory,
)
from resources.models import MEMBERS_GROUP
from search.engine import search
from tests.shared_db import shared_fixture

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

# facet -> its values' slugs. Tags are slugified from their names.
VALUES = {
    "network": ["net-aire", "net-wharfe", "net-calder"],
    "type": ["guide", "toolkit", "report"],
    "audience": ["primary", "secondary", "leaders"],
    "topic": ["attendance", "careers", "send", "climate", "wellbeing"],
}
# Nonsense words: one only in some titles, one only in some summaries or bodies.
TITLE_WORD = "zanderfolk"
TEXT_WORD = "quibberly"
QUERIES = ["", TITLE_WORD, TEXT_WORD]
USERS = ["anonymous", "member"]


@dataclass(frozen=True)
class Entry:
    """What the model knows of one resource."""

    pk: int
    values: dict
    members_only: bool
    listed: bool
    live: bool
    in_title: bool
    in_text: bool

    def found_by(self, who, query):
        """Whether `who` finds this resource with `query` and no filters."""
        if not self.live:
            return False
        if self.members_only and who != "member":
            # Listed: found by its title alone. Unlisted: never.
            return self.listed and (
                not query or (query == TITLE_WORD and self.in_title)
            )
        return not query or (self.in_title if query == TITLE_WORD else self.in_text)

    def values_seen_by(self, who):
        """
        Its facet values as `who` sees them: its topics are part of its
        content, seen only by those who may open it.
        """
        if self.members_only and who != "member":
            return {**self.values, "topic": set()}
        return self.values


def build_library(seed=20240611, size=30):
    """
    `size` resources with random networks, type, audiences and topics, a fifth
    of them members-only and listed, a fifth unlisted, and one draft.
    Returns (entries, users).
    """
    rng = random.Random(seed)
    home = make_site_with_home()
    library = ResourceIndexPageFactory(parent=home)
    index_page = NetworkIndexPageFactory(parent=home)
    networks = {
        slug: NetworkPageFactory(parent=index_page, slug=slug, title=slug[4:].title())
        for slug in VALUES["network"]
    }
    types = {
        slug: ResourceTypeFactory(slug=slug, name=slug.title())
        for slug in VALUES["type"]
    }
    audiences = {
        slug: AudienceFactory(slug=slug, name=slug.title())
        for slug in VALUES["audience"]
    }
    entries = []
    for number in range(size + 1):
        access = rng.choice(["public", "public", "public", "listed", "unlisted"])
        chosen = {
            "network": rng.sample(VALUES["network"], rng.randint(0, 2)),
            "type": [rng.choice(VALUES["type"])],
            "audience": rng.sample(VALUES["audience"], rng.randint(0, 2)),
            "topic": rng.sample(VALUES["topic"], rng.randint(0, 3)),
        }
        in_title, in_text = rng.random() < 0.3, rng.random() < 0.4
        factory = ToolkitPageFactory if number % 7 == 0 else ResourcePageFactory
        text = f"Notes on {TEXT_WORD}." if in_text else "Notes."
        resource = factory(
            parent=library,
            title=f"Item {number}" + (f" {TITLE_WORD}" if in_title else ""),
            summary=text if number % 2 else "Notes.",
            body=[{"type": "paragraph", "value": f"<p>{text}</p>"}],
            members_only=access != "public",
            listed=access != "unlisted",
            resource_type=types[chosen["type"][0]],
        )
        resource.networks.add(*(networks[slug] for slug in chosen["network"]))
        resource.audiences.add(*(audiences[slug] for slug in chosen["audience"]))
        resource.tags.add(*chosen["topic"])
        resource.save_revision().publish()
        # Tags reach the search index one publish late.
        index.insert_or_update_object(resource)
        live = number != size
        if not live:
            resource.unpublish()
        entries.append(
            Entry(
                pk=resource.pk,
                values={name: set(slugs) for name, slugs in chosen.items()},
                members_only=access != "public",
                listed=access != "unlisted",
                live=live,
                in_title=in_title,
                in_text=in_text,
            )
        )
    members = Group.objects.get_or_create(name=MEMBERS_GROUP)[0]
    users = {"anonymous": AnonymousUser(), "member": UserFactory(groups=[members])}
    return entries, users


def expected_ids(entries, who, query, filters):
    """The model's answer: the pks `who` finds; unknown values are ignored."""
    found = set()
    for entry in entries:
        if not entry.found_by(who, query):
            continue
        if all(
            entry.values_seen_by(who)[name] & set(values)
            for name, values in filters.items()
            if set(values) & set(VALUES[name])
        ):
            found.add(entry.pk)
    return found


filter_choices = st.fixed_dictionaries(
    {
        name: st.lists(
            st.sampled_from([*values, "no-such-value"]), max_size=3, unique=True
        )
        for name, values in VALUES.items()
    }
)


# Built once for the class that uses it, as its tests only read; each test
# rolls back its own changes.
shared_library = shared_fixture("shared_library", build_library, scope="class")


@pytest.fixture
def library(shared_library, db):
    return shared_library


class TestCountsOverRandomLibraries:
    """Any filters, any query, anonymous or member: the counts add up."""

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(
        who=st.sampled_from(USERS),
        query=st.sampled_from(QUERIES),
        filters=filter_choices,
    )
    def test_each_count_is_the_total_with_that_value_alone(
        self, library, who, query, filters
    ):
        entries, users = library
        user = users[who]
        results = search(query, user=user, filters=filters, per_page=1000)
        found = expected_ids(entries, who, query, filters)

        assert results.total == len(found)
        assert {hit.page.pk for hit in results.hits} == found
        by_pk = {entry.pk: entry for entry in entries}
        for facet in results.facets:
            chosen = [
                value for value in filters[facet.name] if value in VALUES[facet.name]
            ]
            shown = {option.value: option for option in facet.options}
            for value in VALUES[facet.name]:
                alone = {**filters, facet.name: [value]}
                count = len(expected_ids(entries, who, query, alone))
                # Listed when it would find something, or when it is chosen.
                assert (value in shown) is (count > 0 or value in chosen), value
                if value not in shown:
                    continue
                option = shown[value]
                assert option.selected is (value in chosen)
                assert option.count == count
                assert option.count == search(query, user=user, filters=alone).total
                if not chosen:
                    # Choosing it would narrow these results to those with it.
                    assert option.count == sum(
                        value in by_pk[pk].values_seen_by(who)[facet.name]
                        for pk in found
                    )

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(query=st.sampled_from(QUERIES), filters=filter_choices)
    def test_no_total_or_count_includes_what_the_user_may_not_find(
        self, library, query, filters
    ):
        entries, users = library
        anonymous = search(
            query, user=users["anonymous"], filters=filters, per_page=1000
        )
        member = search(query, user=users["member"], filters=filters, per_page=1000)
        hidden = {
            entry.pk
            for entry in entries
            if not entry.live or (entry.members_only and not entry.listed)
        }

        anonymous_ids = {hit.page.pk for hit in anonymous.hits}
        member_ids = {hit.page.pk for hit in member.hits}
        assert not anonymous_ids & hidden
        assert anonymous_ids <= member_ids
        assert anonymous.total == len(anonymous_ids) <= member.total
        member_counts = {
            (facet.name, option.value): option.count
            for facet in member.facets
            for option in facet.options
        }
        for facet in anonymous.facets:
            for option in facet.options:
                assert option.count <= member_counts.get((facet.name, option.value), 0)


# Examples ------------------------------------------------------------------------


@pytest.fixture
def shelf(home):
    """
    Five resources, by (network, type, topics):

        Attendance guide       aire    guide    attendance
        Attendance toolkit     wharfe  toolkit  attendance, send
        Careers report         aire    report   careers
        Careers guide          wharfe  guide    careers, send
        Hidden attendance plan calder  guide    attendance   (unlisted)
    """
    library = ResourceIndexPageFactory(parent=home)
    index_page = NetworkIndexPageFactory(parent=home)
    networks = {
        name: NetworkPageFactory(parent=index_page, title=name.title(), slug=name)
        for name in ("aire", "wharfe", "calder")
    }
    rows = [
        ("Attendance guide", "aire", "guide", ["attendance"], False),
        ("Attendance toolkit", "wharfe", "toolkit", ["attendance", "send"], False),
        ("Careers report", "aire", "report", ["careers"], False),
        ("Careers guide", "wharfe", "guide", ["careers", "send"], False),
        ("Hidden attendance plan", "calder", "guide", ["attendance"], True),
    ]
    pages = {}
    for title, network, kind, topics, unlisted in rows:
        resource = ResourcePageFactory(
            parent=library,
            title=title,
            summary=f"About {title.lower()}.",
            resource_type=ResourceTypeFactory(slug=kind, name=kind.title()),
            members_only=unlisted,
            listed=not unlisted,
        )
        resource.networks.add(networks[network])
        resource.tags.add(*topics)
        resource.save_revision().publish()
        index.insert_or_update_object(resource)
        pages[title] = resource
    return pages


def titles(results):
    return sorted(hit.page.title for hit in results.hits)


def counts(results, name):
    facet = next(facet for facet in results.facets if facet.name == name)
    return {option.value: option.count for option in facet.options}


def test_counts_follow_a_text_query(shelf):
    results = search("careers", user=AnonymousUser())

    assert titles(results) == ["Careers guide", "Careers report"]
    assert counts(results, "network") == {"aire": 1, "wharfe": 1}
    assert counts(results, "type") == {"guide": 1, "report": 1}
    assert counts(results, "topic") == {"careers": 2, "send": 1}


def test_values_of_one_facet_are_alternatives(shelf):
    results = search(user=AnonymousUser(), filters={"type": ["report", "toolkit"]})

    assert titles(results) == ["Attendance toolkit", "Careers report"]
    # A facet's own counts ignore its choice: each is that value alone.
    assert counts(results, "type") == {"guide": 2, "report": 1, "toolkit": 1}


def test_facets_narrow_each_other(shelf):
    results = search(
        user=AnonymousUser(), filters={"network": ["wharfe"], "topic": ["send"]}
    )

    assert titles(results) == ["Attendance toolkit", "Careers guide"]
    # Network counts keep the topic choice; topic counts keep the network one.
    assert counts(results, "network") == {"wharfe": 2}
    assert counts(results, "topic") == {"attendance": 1, "careers": 1, "send": 2}


def test_a_chosen_value_stays_listed_at_count_zero(shelf):
    results = search(
        user=AnonymousUser(), filters={"network": ["aire"], "type": ["toolkit"]}
    )

    assert results.total == 0
    network = next(facet for facet in results.facets if facet.name == "network")
    aire = next(option for option in network.options if option.value == "aire")
    assert (aire.count, aire.selected) == (0, True)
    assert counts(results, "type")["toolkit"] == 0
    # Aire's resources are a guide and a report: what choosing them would find.
    assert counts(results, "type") == {"guide": 1, "report": 1, "toolkit": 0}


def test_unknown_values_give_a_notice_and_are_left_out(shelf):
    results = search(user=AnonymousUser(), filters={"topic": ["astrology", "careers"]})

    assert titles(results) == ["Careers guide", "Careers report"]
    assert any("astrology" in notice for notice in results.notices)
    assert "astrology" not in counts(results, "topic")


def test_only_unknown_values_leave_the_facet_unfiltered(shelf):
    results = search(user=AnonymousUser(), filters={"network": ["nowhere"]})

    assert results.total == search(user=AnonymousUser()).total == 4
    assert any("nowhere" in notice for notice in results.notices)
    assert not results.filtered


def test_an_unlisted_resource_is_never_counted(shelf):
    member = MemberFactory()

    anonymous = search("attendance", user=AnonymousUser())
    members = search("attendance", user=member)

    assert counts(anonymous, "topic")["attendance"] == 2
    assert "calder" not in counts(anonymous, "network")
    assert counts(members, "topic")["attendance"] == 3
    assert counts(members, "network")["calder"] == 1


def test_the_library_json_gives_the_same_counts(client, shelf):
    library = shelf["Careers guide"].get_parent()

    data = client.get(
        library.url, {"q": "careers", "topic": ["send", "astrology"], "format": "json"}
    ).json()

    assert data["total"] == 1
    assert [result["title"] for result in data["results"]] == ["Careers guide"]
    assert {o["value"]: o["count"] for o in data["facets"]["topic"]} == {
        "careers": 2,
        "send": 1,
    }
    assert [o["value"] for o in data["facets"]["topic"] if o["selected"]] == ["send"]
    assert any("astrology" in notice for notice in data["notices"])


# Many topics -----------------------------------------------------------------


@pytest.fixture
def many_topics(home):
    """
    Fourteen resources and fourteen topics: "Topic 00" on all of them, "Topic
    01" on thirteen, and so on down to "Topic 13" on one.
    """
    library = ResourceIndexPageFactory(parent=home)
    for number in range(14):
        resource = ResourcePageFactory(parent=library, title=f"Resource {number}")
        resource.tags.add(*(f"Topic {topic:02d}" for topic in range(14 - number)))
        resource.save_revision().publish()
    return library


def topic_options(results):
    facet = next(facet for facet in results.facets if facet.name == "topic")
    return {option.value: option for option in facet.options}


def test_every_topic_in_use_is_offered_and_the_small_ones_are_tucked_away(
    many_topics,
):
    options = topic_options(search(user=AnonymousUser()))

    assert {value: option.count for value, option in options.items()} == {
        f"topic-{topic:02d}": 14 - topic for topic in range(14)
    }
    # The ten most used are shown; the rest go under "Show all topics".
    assert {value for value, option in options.items() if option.more} == {
        "topic-10",
        "topic-11",
        "topic-12",
        "topic-13",
    }


def test_a_chosen_topic_is_never_tucked_away(many_topics):
    options = topic_options(
        search(user=AnonymousUser(), filters={"topic": ["topic-13"]})
    )

    assert options["topic-13"].selected
    assert not options["topic-13"].more
    assert len(options) == 14
    assert {value for value, option in options.items() if option.more} == {
        "topic-10",
        "topic-11",
        "topic-12",
    }


def test_the_library_json_lists_every_topic(client, many_topics):
    data = client.get(many_topics.url, {"format": "json"}).json()

    topics = {option["value"]: option for option in data["facets"]["topic"]}
    assert len(topics) == 14
    assert topics["topic-13"]["count"] == 1
    assert topics["topic-13"]["more"] is True
    assert topics["topic-00"]["more"] is False
